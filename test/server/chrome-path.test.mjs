// The test runner starts the browser named by CHROME_PATH (default /usr/lib/chromium/chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wtr = join(root, 'node_modules/.bin/wtr');

test('wtr honours CHROME_PATH', { timeout: 180_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'masukan-chrome-'));
  try {
    // A browser "installed elsewhere": a wrapper that notes it was started, then runs the real one.
    const wrapper = join(dir, 'my-chromium');
    await writeFile(wrapper, `#!/bin/sh\necho started > "${dir}/started"\nexec /usr/lib/chromium/chromium "$@"\n`);
    await chmod(wrapper, 0o755);
    const run = env =>
      new Promise(resolve =>
        execFile(wtr, ['test/core/display.test.ts'], { cwd: root, env: { ...process.env, ...env } }, (error, stdout) =>
          resolve({ code: error ? error.code : 0, stdout }),
        ),
      );
    const wrapped = await run({ CHROME_PATH: wrapper });
    assert.equal(wrapped.code, 0, wrapped.stdout);
    assert.equal((await readFile(join(dir, 'started'), 'utf8')).trim(), 'started');
    const missing = await run({ CHROME_PATH: join(dir, 'no-such-browser') });
    assert.notEqual(missing.code, 0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
