// The `npm start` server (scripts/serve.mjs): demo pages and the collector in open mode on embedded PGlite, seeded
// once. It must keep serving whatever a client sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { raw } from '../collector/helpers.mjs';

const serve = new URL('../../scripts/serve.mjs', import.meta.url).pathname;

test('npm start: prints its URL, serves the seeded demo, and survives malformed requests', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'masukan-serve-'));
  const child = spawn(process.execPath, [serve], {
    env: { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data') }, // a folder that does not exist yet, as in a fresh clone
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', chunk => {
        const match = /Masukan demo: +(http:\/\/localhost:\d+)\/demo\//.exec((out += chunk));
        if (match) resolve(match[1]);
      });
      child.once('exit', code => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
    });
    const port = Number(new URL(base).port);
    for (const request of [
      'GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n',
      'GET /demo/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
      'BREW / HTCPCP/1.0\r\n\r\n',
    ])
      assert.match(await raw(port, request), /^HTTP\/1\.1 4\d\d/, JSON.stringify(request));
    const page = await fetch(`${base}/demo/`);
    assert.equal(page.status, 200, 'still serving');
    const ikm = await (await fetch(`${base}/api/ikm?survey=skm&group=service`)).json();
    assert.equal(ikm.total.respondents, 300, 'seeded with the demo data');
  } finally {
    if (child.exitCode === null) await new Promise(resolve => (child.once('exit', resolve), child.kill('SIGTERM')));
    await rm(dir, { recursive: true, force: true });
  }
});
