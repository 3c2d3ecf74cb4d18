// The reference collector (scripts/collector.mjs) over real HTTP on loopback, with its store in a temporary directory.
// Run by `npm test` after the browser tests (needs `npm run build` for dist/core/schema.js): node --test test/server/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createCollector, MAX_BODY } from '../../scripts/collector.mjs';

const response = (answers = { kepuasan: 4 }) => ({
  id: randomUUID(),
  surveyId: 'skm',
  surveyVersion: '2017.1',
  submittedAt: new Date().toISOString(),
  lang: 'id',
  context: { channel: 'test' },
  answers,
});

/** Starts a collector on a free loopback port; `stop()` closes server and file. */
async function start(dir, options = {}) {
  const collector = await createCollector({ dir, ...options });
  const server = createServer((req, res) => collector.handle(req, res) || (res.writeHead(404), res.end()));
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/api/responses`;
  const post = (body, headers = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const list = async () => (await fetch(url)).json();
  const stop = async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    await collector.close();
  };
  return { collector, url, post, list, stop };
}

const tempDir = () => mkdtemp(join(tmpdir(), 'masukan-collector-'));

test('stores a response once: a repeated id answers 409 and writes nothing', async () => {
  const c = await start(await tempDir());
  try {
    const r = response();
    const first = await c.post(r, { 'idempotency-key': r.id });
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { id: r.id, status: 'stored' });
    const again = await c.post(r, { 'idempotency-key': r.id });
    assert.equal(again.status, 409);
    assert.deepEqual(await c.list(), [r]);
    const lines = (await readFile(c.collector.file, 'utf8')).trim().split('\n');
    assert.equal(lines.length, 1);
  } finally {
    await c.stop();
  }
});

test('the same id arriving concurrently is stored once', async () => {
  const c = await start(await tempDir());
  try {
    const r = response();
    const statuses = await Promise.all(Array.from({ length: 20 }, () => c.post(r).then(res => res.status)));
    assert.equal(statuses.filter(s => s === 201).length, 1);
    assert.equal(statuses.filter(s => s === 409).length, 19);
    assert.equal((await readFile(c.collector.file, 'utf8')).trim().split('\n').length, 1);
  } finally {
    await c.stop();
  }
});

test('rejects malformed bodies with 400 and a readable message, and stores nothing', async () => {
  const c = await start(await tempDir());
  try {
    const notJson = await c.post('{"id": ');
    assert.equal(notJson.status, 400);
    assert.match((await notJson.json()).error, /^Body is not JSON/);

    const { lang, ...noLang } = response();
    const invalid = await c.post({ ...noLang, answers: { a: { nested: true } } });
    assert.equal(invalid.status, 400);
    const { error } = await invalid.json();
    assert.match(error, /^Not a valid survey response: /);
    assert.match(error, /lang: /);
    assert.match(error, /answers\.a: /);

    const extra = await c.post({ ...response(), ip: '10.0.0.1' });
    assert.equal(extra.status, 400, 'unknown fields are refused (strict schema)');

    const r = response();
    const mismatch = await c.post(r, { 'idempotency-key': 'another-id-123' });
    assert.equal(mismatch.status, 400);

    const text = await fetch(c.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    assert.equal(text.status, 415);

    const big = await c.post(response({ saran: 'x'.repeat(MAX_BODY) }));
    assert.equal(big.status, 413);

    assert.deepEqual(await c.list(), []);
  } finally {
    await c.stop();
  }
});

test('keeps responses across a restart, and still knows their ids', async () => {
  const dir = await tempDir();
  const stored = [response(), response(), response()];
  const first = await start(dir);
  for (const r of stored) assert.equal((await first.post(r)).status, 201);
  await first.stop();

  const second = await start(dir);
  try {
    assert.deepEqual(await second.list(), stored);
    assert.equal((await second.post(stored[1])).status, 409);
    const later = response();
    assert.equal((await second.post(later)).status, 201);
    assert.deepEqual(await second.list(), [...stored, later]);
  } finally {
    await second.stop();
  }
});

test('a line cut short by a crash is skipped, and later writes start on a new line', async () => {
  const dir = await tempDir();
  const kept = response();
  await writeFile(join(dir, 'responses.jsonl'), JSON.stringify(kept) + '\n');
  await appendFile(join(dir, 'responses.jsonl'), '{"id":"half-writ');
  const c = await start(dir);
  try {
    assert.deepEqual(await c.list(), [kept]);
    const next = response();
    assert.equal((await c.post(next)).status, 201);
  } finally {
    await c.stop();
  }
  const again = await start(dir);
  try {
    assert.equal((await again.list()).length, 2);
  } finally {
    await again.stop();
  }
});

test('seeds an empty store from the seed file, once', async () => {
  const dir = await tempDir();
  const seed = join(dir, 'seed.json');
  const seeded = [response(), response()].map(r => ({ ...r, context: { channel: 'demo-seed' } }));
  await writeFile(seed, JSON.stringify([...seeded, { id: 'broken' }]));
  const first = await start(dir, { seed });
  assert.deepEqual(await first.list(), seeded);
  await first.stop();
  const second = await start(dir, { seed });
  try {
    assert.equal((await second.list()).length, 2, 'not seeded twice');
  } finally {
    await second.stop();
  }
});

test('answers CORS preflights for the Idempotency-Key header and exposes Retry-After', async () => {
  const c = await start(await tempDir());
  try {
    const res = await fetch(c.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://dinas.example.go.id',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key,x-api-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    assert.match(res.headers.get('access-control-allow-headers'), /idempotency-key/);
    const post = await c.post(response(), { origin: 'https://dinas.example.go.id' });
    assert.equal(post.headers.get('access-control-allow-origin'), '*');
    assert.equal(post.headers.get('access-control-expose-headers'), 'Retry-After');
  } finally {
    await c.stop();
  }
});
