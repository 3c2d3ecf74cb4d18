// The reference collector: the endpoint contract of Masukan in plain node:http, no dependencies beyond the package.
//
//   POST /api/responses   body: one SurveyResponse as JSON (Content-Type: application/json, at most 64 KB)
//     201 stored (first time this id is seen) · 409 already stored (nothing written) · 400 not a valid response
//     413 body too large · 415 not JSON · 503 + Retry-After when the disk write failed (the client retries)
//   GET  /api/responses   200, the stored responses as a JSON array, oldest first
//   OPTIONS               204, CORS preflight (any origin; no cookies are used)
//
// Responses are appended to <dir>/responses.jsonl, one JSON object per line, and the file is fdatasync'ed before the
// answer goes out (writes arriving together share one sync). On start the file is read back, so ids stay unique across
// restarts. If the store is empty and a seed file exists, it is loaded first: those demo responses carry
// context.channel = "demo-seed".
//
// Use it from code: `const collector = await createCollector({ dir })` then call `collector.handle(req, res)` from an
// http server (it returns false for paths it does not own), or run `node scripts/collector.mjs` (PORT, DATA_DIR).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';

const root = new URL('..', import.meta.url);
const { SurveyResponse } = await import(new URL('dist/core/schema.js', root).href).catch(() => {
  throw new Error('dist/core/schema.js is missing: run `npm run build` first.');
});

// Readable English messages for the 400 answers (zod/mini ships none by default).
z.config(z.locales.en());

export const MAX_BODY = 64 * 1024;
export const PATH = '/api/responses';

/** "answers.usia: Invalid input; lang: Invalid input" — short enough for a log line or a failed-entry reason. */
function describe(error) {
  return error.issues
    .slice(0, 5)
    .map(issue => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
}

/**
 * @param {{ dir?: string, seed?: string, log?: (line: string) => void }} [options]
 *   dir: where responses.jsonl lives (default ./data); seed: a JSON array loaded into an empty store.
 */
export async function createCollector({ dir = 'data', seed, log = () => {} } = {}) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, 'responses.jsonl');
  const responses = [];
  /** id → promise of the write that stored it (a duplicate that arrives meanwhile waits for the same outcome). */
  const ids = new Map();
  let text = existsSync(file) ? await readFile(file, 'utf8') : '';
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const response = JSON.parse(line);
      if (ids.has(response.id)) continue;
      ids.set(response.id, Promise.resolve());
      responses.push(response);
    } catch {
      skipped++; // a line cut short by a crash mid-write; everything acknowledged was synced before the answer
    }
  }
  if (skipped) log(`collector: skipped ${skipped} unreadable line(s) in ${file}`);
  const handle = await open(file, 'a');
  if (text && !text.endsWith('\n')) await handle.write('\n');

  let queue = [];
  let writing;
  /** Appends lines; resolves once they are on disk. Lines queued during a write share the next sync. */
  function append(line) {
    return new Promise((resolve, reject) => {
      queue.push({ line, resolve, reject });
      writing ??= (async () => {
        while (queue.length) {
          const batch = queue;
          queue = [];
          try {
            await handle.write(batch.map(b => b.line).join(''));
            await handle.datasync();
            batch.forEach(b => b.resolve());
          } catch (error) {
            batch.forEach(b => b.reject(error));
          }
        }
        writing = undefined;
      })();
    });
  }

  async function store(response) {
    const write = append(JSON.stringify(response) + '\n');
    ids.set(response.id, write);
    try {
      await write;
      responses.push(response);
    } catch (error) {
      ids.delete(response.id);
      throw error;
    }
  }

  if (!responses.length && seed && existsSync(seed)) {
    const list = JSON.parse(await readFile(seed, 'utf8'));
    await Promise.all(list.filter(r => z.safeParse(SurveyResponse, r).success && !ids.has(r.id)).map(store));
    log(`collector: seeded ${responses.length} demo responses from ${seed} (context.channel "demo-seed")`);
  }

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  async function post(req, res) {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
      return send(res, 415, { error: 'Content-Type must be application/json' });
    if (Number(req.headers['content-length']) > MAX_BODY) return tooLarge(req, res);
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) return tooLarge(req, res);
      chunks.push(chunk);
    }
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (error) {
      return send(res, 400, { error: `Body is not JSON: ${error.message}` });
    }
    const result = z.safeParse(SurveyResponse, body);
    if (!result.success) return send(res, 400, { error: `Not a valid survey response: ${describe(result.error)}` });
    const response = result.data;
    const key = req.headers['idempotency-key'];
    if (key && key !== response.id) return send(res, 400, { error: 'Idempotency-Key does not match the response id' });
    const earlier = ids.get(response.id);
    if (earlier) {
      try {
        await earlier;
        return send(res, 409, { id: response.id, status: 'duplicate' });
      } catch {
        /* that write failed: store this copy instead */
      }
    }
    try {
      await store(response);
    } catch (error) {
      log(`collector: could not write ${file}: ${error.message}`);
      return send(res, 503, { error: 'Could not store the response, try again later' }, { 'retry-after': '30' });
    }
    send(res, 201, { id: response.id, status: 'stored' });
  }

  function tooLarge(req, res) {
    send(res, 413, { error: `Body larger than ${MAX_BODY} bytes` }, { connection: 'close' });
    req.destroy();
  }

  return {
    file,
    /** The stored responses, oldest first (do not modify). */
    responses,
    /** Handles /api/responses; returns false for any other path. */
    handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname !== PATH) return false;
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'Retry-After');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers':
            req.headers['access-control-request-headers'] ?? 'content-type, idempotency-key',
          'access-control-max-age': '86400',
        });
        res.end();
      } else if (req.method === 'POST') {
        post(req, res).catch(error => {
          log(`collector: ${error.stack}`);
          if (!res.headersSent) send(res, 500, { error: 'Internal error' });
        });
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        send(res, 200, responses, { 'cache-control': 'no-store' });
      } else send(res, 405, { error: 'Use GET or POST' }, { allow: 'GET, POST, OPTIONS' });
      return true;
    },
    /** Finishes pending writes and closes the file. */
    async close() {
      await writing;
      await handle.close();
    },
  };
}

// `node scripts/collector.mjs`: the collector alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const collector = await createCollector({ dir: process.env.DATA_DIR ?? 'data', log: console.log });
  const port = Number(process.env.PORT ?? 8001);
  createServer((req, res) => {
    if (!collector.handle(req, res)) send404(res);
  }).listen(port, () => console.log(`Masukan collector: http://localhost:${port}${PATH} (${collector.file})`));
}

function send404(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}
