// The masukan-collector command on embedded PGlite in a temporary folder: keys, importing a kiosk's export file,
// serving, and data that survives a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomResponses, skmResponse } from './helpers.mjs';

const bin = new URL('../../collector/bin/masukan-collector.mjs', import.meta.url).pathname;

test('keys, import and serve from the command line, on PGlite that keeps its data across restarts', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'masukan-cli-'));
  const env = { ...process.env, DATA_DIR: join(dir, 'pglite'), PORT: '0', DATABASE_URL: '' };
  const run = (...args) => promisify(execFile)(process.execPath, [bin, ...args], { env });
  const serve = () => {
    const child = spawn(process.execPath, [bin, 'serve'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', chunk => {
        const match = /Masukan collector: (http:\/\/[^/]+)\//.exec((out += chunk));
        if (match)
          resolve({ base: match[1], stop: () => new Promise(done => (child.once('exit', done), child.kill())) });
      });
      child.once('exit', code => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
  };
  try {
    const writeKey = (await run('key', 'create', 'kiosk-loket-1')).stdout.trim();
    const adminKey = (await run('key', 'create', 'kantor', '--admin')).stdout.trim();
    assert.match(writeKey, /^mk_[\w-]{32}$/);
    await assert.rejects(run('key', 'create', 'kantor'), /exists already/);
    const listed = (await run('key', 'list')).stdout;
    assert.match(listed, /^kiosk-loket-1\twrite\t\*\t.*\tactive$/m);
    assert.ok(!listed.includes(writeKey), 'keys are never shown again');

    const file = join(dir, 'masukan-2026-12-01.json');
    const exported = randomResponses(3, 5);
    await writeFile(
      file,
      JSON.stringify({
        exportedAt: 'x',
        pending: exported.map(response => ({ response })),
        failed: [{ response: { id: 'x' } }],
      }),
    );
    assert.match((await run('import', file)).stdout, /3 stored, 0 already there, 0 conflicts, 1 invalid/);
    assert.match((await run('import', file)).stdout, /0 stored, 3 already there/);

    const posted = skmResponse();
    let c;
    const post = key =>
      fetch(`${c.base}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(posted),
      });
    c = await serve();
    try {
      assert.equal((await post(writeKey)).status, 201);
      const page = await (
        await fetch(`${c.base}/api/responses?survey=skm`, { headers: { authorization: `Bearer ${adminKey}` } })
      ).json();
      assert.deepEqual(page.items.map(r => r.id).sort(), [...exported.map(r => r.id), posted.id].sort());
    } finally {
      await c.stop();
    }

    assert.match((await run('key', 'revoke', 'kiosk-loket-1')).stdout, /Revoked/);
    c = await serve();
    try {
      assert.equal((await post(writeKey)).status, 401, 'revoked');
      assert.equal((await post(adminKey)).status, 409, 'still known after the restart');
    } finally {
      await c.stop();
    }

    const dump = join(dir, 'all.json');
    assert.match((await run('dump', dump)).stdout, /Wrote 4 responses/);
    const dumped = JSON.parse(await readFile(dump, 'utf8'));
    assert.deepEqual(dumped.map(r => r.id).sort(), [...exported.map(r => r.id), posted.id].sort());
    assert.deepEqual(
      dumped.find(r => r.id === posted.id),
      posted,
      'importable as it is',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
