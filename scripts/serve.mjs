// `npm start`: the demo pages, the built package and the collector on one loopback server.
//   http://localhost:8000/demo/   (PORT overrides 8000; DATA_DIR overrides ./data)
// The collector runs in open mode (no keys, any origin: for this local demo only) on embedded PGlite in
// <DATA_DIR>/pglite, seeded once with demo/seed-responses.json.
// Serves only demo/, dist/ and the node_modules packages the ESM demo imports, with a strict CSP on HTML.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCollector, harden } from 'masukan-collector';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);

/** URL prefix → directory. Only these are served. */
const mounts = [
  ['/demo/', 'demo'],
  ['/dist/', 'dist'],
  ...['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'zod', 'idb-keyval'].map(pkg => [
    `/node_modules/${pkg}/`,
    `node_modules/${pkg}`,
  ]),
];

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file for a URL path, or undefined when it is outside the served directories. */
function locate(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(root, dir);
    const file = resolve(base, '.' + path.slice(prefix.length - 1));
    return file === base || file.startsWith(base + sep) ? file : undefined;
  }
  return undefined;
}

/**
 * CSP for a page: default-src 'self', plus the hash of each inline import map (the ESM demo has one; a CSP without
 * 'unsafe-inline' blocks inline scripts, and an import map counts as one).
 */
function csp(html) {
  const hashes = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    ([, map]) => `'sha256-${createHash('sha256').update(map).digest('base64')}'`,
  );
  return hashes.length ? `default-src 'self'; script-src 'self' ${hashes.join(' ')}` : "default-src 'self'";
}

async function serveFile(req, res, pathname) {
  let file = locate(pathname);
  if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
  const body = file && (await readFile(file).catch(() => undefined));
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end('Not found');
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (type.startsWith('text/html')) headers['content-security-policy'] = csp(body.toString('utf8'));
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const dataDir = join(process.env.DATA_DIR ?? join(root, 'data'), 'pglite');
const collector = await createCollector({
  dataDir,
  open: true,
  seed: join(root, 'demo', 'seed-responses.json'),
  log: console.log,
});

const server = createServer((req, res) => {
  if (collector.handle(req, res)) return; // also answers 400 to a request target that is not a URL
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  if (pathname === '/' || pathname === '/demo') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  serveFile(req, res, pathname).catch(error => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});

harden(server);
server.listen(port, () => {
  const { port: actual } = server.address(); // PORT=0 picks a free port
  console.log(`Masukan demo:      http://localhost:${actual}/demo/`);
  console.log(`Collector:         http://localhost:${actual}/api/responses (open mode, PGlite in ${dataDir})`);
});

const stop = () => server.close(() => collector.close().then(() => process.exit(0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
