// The script-tag files in dist/ (built by `npm test` before this runs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('every script-tag file asks Chromium to compile its functions while it streams in (first line)', () => {
  const files = readdirSync(dist).filter(file => file.endsWith('.min.js'));
  assert.ok(files.length >= 9, `script-tag files in dist/: ${files.join(', ')}`);
  const hint = '//# allFunctionsCalledOnLoad\n';
  for (const file of files) assert.equal(readFileSync(dist + file, 'utf8').slice(0, hint.length), hint, file);
});
