// Exactly once under load: 2,000 concurrent POSTs, 20 % of them repeating an id (a quarter of those with a different
// body), against two collector processes sharing one PostgreSQL server, and against one process on PGlite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { openDatabase } from 'masukan-collector';
import { engines, postgres, prng, start, skmResponse } from './helpers.mjs';

const bin = new URL('../../collector/bin/masukan-collector.mjs', import.meta.url).pathname;

/** Starts `masukan-collector serve` as its own process; resolves with its base URL and a stop function. */
function spawnCollector(env) {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...process.env, PORT: '0', RATE_LIMIT: '100000', RATE_BURST: '100000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', chunk => {
      out += chunk;
      const match = /Masukan collector: (http:\/\/[^/]+)\//.exec(out);
      if (match)
        resolve({
          base: match[1],
          stop: () => new Promise(done => (child.once('exit', done), child.kill('SIGTERM'))),
        });
    });
    child.once('exit', code => reject(new Error(`collector exited (${code}): ${out}`)));
  });
}

/** POSTs a JSON body through a pooled agent; resolves with the status. */
function post(agent, base, body, key) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/responses`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    });
    req.on('response', res => res.resume().on('end', () => resolve(res.statusCode)));
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** 1,600 distinct responses and 400 repeats (100 with another body), shuffled. */
function workload() {
  const random = prng(2026);
  const distinct = Array.from({ length: 1600 }, () => skmResponse({ scores: [1, 2, 3, 4, 1, 2, 3, 4, 1] }));
  const repeats = Array.from({ length: 400 }, (_, i) => {
    const original = distinct[Math.floor(random() * distinct.length)];
    return i % 4 === 0 ? { ...original, answers: { ...original.answers, waktu: 4 } } : original;
  });
  const all = [...distinct, ...repeats];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return { distinct, all };
}

/** Sends the workload to the bases in turn, all at once; checks exactly-once against the database. */
async function exactlyOnce(bases, key, db) {
  const { distinct, all } = workload();
  const agents = bases.map(() => new Agent({ keepAlive: true, maxSockets: 32 }));
  const started = Date.now();
  const statuses = await Promise.all(
    all.map((body, i) => post(agents[i % bases.length], bases[i % bases.length], body, key)),
  );
  const ms = Date.now() - started;
  agents.forEach(a => a.destroy());

  assert.deepEqual([...new Set(statuses)].sort(), [201, 409], 'only 201 and 409');
  const created = new Map();
  all.forEach((body, i) => {
    if (statuses[i] !== 201) return;
    assert.ok(!created.has(body.id), `id ${body.id} acknowledged as new twice`);
    created.set(body.id, body);
  });
  assert.equal(created.size, distinct.length, 'every distinct id stored, and acknowledged once');
  assert.equal(statuses.filter(s => s === 409).length, all.length - distinct.length, 'every repeat 409');

  const { rows } = await db.query('SELECT id::text, answers FROM responses');
  assert.equal(rows.length, distinct.length, 'exactly the distinct ids in the table');
  for (const row of rows) assert.deepEqual(row.answers, created.get(row.id).answers, 'the body acknowledged with 201');
  const differing = all.filter(
    (body, i) => statuses[i] === 409 && body.answers.waktu !== created.get(body.id).answers.waktu,
  );
  const { rows: conflicts } = await db.query('SELECT count(*)::int AS n FROM response_conflicts');
  assert.equal(conflicts[0].n, differing.length, 'every repeat with another body logged as a conflict');
  return ms;
}

test('two collector processes on one PostgreSQL server store each of 2,000 concurrent POSTs exactly once', async () => {
  const url = await (await postgres()).createDatabase();
  const db = await openDatabase({ url });
  const { createKey } = await import('masukan-collector');
  const key = await createKey(db, { name: 'load', role: 'write' });
  const collectors = await Promise.all([1, 2].map(() => spawnCollector({ DATABASE_URL: url })));
  try {
    const ms = await exactlyOnce(
      collectors.map(c => c.base),
      key,
      db,
    );
    console.log(`2,000 POSTs to 2 processes on PostgreSQL: ${ms} ms`);
  } finally {
    await Promise.all(collectors.map(c => c.stop()));
    await db.close();
  }
});

test('one collector on PGlite stores each of 2,000 concurrent POSTs exactly once', async () => {
  const db = await engines.pglite();
  const c = await start({ db, limits: { rate: 100000, burst: 100000 } });
  try {
    const key = await c.collector.createKey({ name: 'load', role: 'write' });
    const ms = await exactlyOnce([c.base], key, db);
    console.log(`2,000 POSTs to 1 process on PGlite: ${ms} ms`);
  } finally {
    await c.stop();
    await db.close();
  }
});
