// dist/custom-elements.json (generated from the JSDoc by `npm run build`) lists every part each element renders, and
// the README's element reference is generated from it (scripts/readme-elements.mjs), so it lists every attribute,
// property, method, event, part, CSS property and slot of every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

const elements = manifest.modules.flatMap(mod =>
  (mod.declarations ?? []).filter(d => d.customElement).map(d => ({ ...d, path: mod.path })),
);

test('the manifest has every element', () => {
  assert.deepEqual(elements.map(e => e.tagName).sort(), [
    'masukan-ikm-report',
    'masukan-konsultasi-report',
    'masukan-launcher',
    'masukan-survey',
  ]);
});

test('every part an element renders is in the manifest', () => {
  for (const element of elements) {
    const folder = join(root, 'src', element.path.replace(/\/[^/]+$/, ''));
    const sources = readdirSync(folder)
      .filter(f => f.endsWith('.ts') && !f.endsWith('.styles.ts'))
      .map(f => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
    const rendered = new Set([...sources.matchAll(/\bpart="([\w-]+)"/g)].map(m => m[1]));
    const listed = new Set((element.cssParts ?? []).map(p => p.name));
    assert.deepEqual(
      [...rendered].filter(p => !listed.has(p)),
      [],
      `${element.tagName}: parts missing from the JSDoc`,
    );
  }
});

test('the README element reference is generated from the manifest and up to date (npm run docs)', async () => {
  const { expectedReadme } = await import('../../scripts/readme-elements.mjs');
  assert.ok(readme === (await expectedReadme()), 'README.md is out of date: run `npm run build && npm run docs`');
});
