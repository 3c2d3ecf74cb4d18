// A loopback server for the kiosk page tests and benchmarks: serves demo/kiosk/ (with the built
// masukan-kiosk.min.js) at /demo/kiosk/ and a recording endpoint at POST /api/responses (201 the first time an id
// arrives, 409 after; 503 while `setDown(true)`), on a free port. `rewrite(name, text => text)` changes a served
// file (a new version). `posts` counts the POSTs per response id, `statuses`
// lists what each was answered, `stored` holds the responses answered 201.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../demo/kiosk/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export async function startKioskServer() {
  /** POSTs received per response id. */
  const posts = new Map();
  /** The statuses answered per response id, in order. */
  const statuses = new Map();
  const answer = (res, id, status, headers) => {
    statuses.set(id, [...(statuses.get(id) ?? []), status]);
    res.writeHead(status, headers).end();
  };
  const stored = new Map();
  const rewrites = new Map();
  let down = false;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/api/responses') {
      if (req.method !== 'POST') return res.writeHead(405).end();
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      let id = null;
      try {
        id = JSON.parse(Buffer.concat(chunks).toString()).id;
      } catch {
        return res.writeHead(400).end('not JSON');
      }
      posts.set(id, (posts.get(id) ?? 0) + 1);
      if (down) return answer(res, id, 503, { 'retry-after': '1' });
      if (stored.has(id)) return answer(res, id, 409);
      stored.set(id, JSON.parse(Buffer.concat(chunks).toString()));
      return answer(res, id, 201);
    }
    if (!pathname.startsWith('/demo/kiosk/')) return res.writeHead(404).end();
    const name = pathname.slice('/demo/kiosk/'.length) || 'index.html';
    if (!/^[\w.-]+$/.test(name)) return res.writeHead(404).end();
    let body = await readFile(join(root, name)).catch(() => undefined);
    if (!body) return res.writeHead(404).end();
    if (rewrites.has(name)) body = rewrites.get(name)(body.toString());
    res.writeHead(200, {
      'content-type': types[extname(name)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'content-security-policy': "default-src 'self'",
    });
    res.end(body);
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/demo/kiosk/`,
    posts,
    statuses,
    stored,
    setDown: value => (down = value),
    rewrite: (name, change) => rewrites.set(name, change),
    close: () => new Promise(resolve => (server.closeAllConnections(), server.close(resolve))),
  };
}
