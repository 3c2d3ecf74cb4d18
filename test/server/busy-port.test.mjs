// `npm start` on a port that is taken says so in one line and suggests PORT=…, instead of an EADDRINUSE stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const serve = new URL('../../scripts/serve.mjs', import.meta.url).pathname;

test('npm start on a busy port: one line naming the port and PORT=…, exit code 1', { timeout: 60_000 }, async () => {
  const blocker = createServer();
  await new Promise(resolve => blocker.listen(0, resolve));
  const { port } = blocker.address();
  const dir = await mkdtemp(join(tmpdir(), 'masukan-busy-'));
  try {
    const child = spawn(process.execPath, [serve], {
      env: { ...process.env, PORT: String(port), DATA_DIR: join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', chunk => (stderr += chunk));
    const code = await new Promise(resolve => child.once('exit', resolve));
    assert.equal(code, 1);
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0], new RegExp(`^Port ${port} is already in use.*PORT=\\d+ npm start$`));
  } finally {
    blocker.close();
    await rm(dir, { recursive: true, force: true });
  }
});
