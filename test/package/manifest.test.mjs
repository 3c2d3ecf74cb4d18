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

/** The TypeScript sources of a component folder, and the other component modules they import (shared templates). */
function sourcesOf(folder) {
  const files = readdirSync(folder)
    .filter(f => f.endsWith('.ts') && !f.endsWith('.styles.ts'))
    .map(f => join(folder, f));
  const imported = files.flatMap(file =>
    [...readFileSync(file, 'utf8').matchAll(/^import [^'"]*?from '(\.\.\/[\w-]+\/[\w.-]+)\.js';/gm)]
      .filter(m => !m[0].startsWith('import type'))
      .map(m => join(folder, `${m[1]}.ts`)),
  );
  return [...new Set([...files, ...imported])].map(file => readFileSync(file, 'utf8')).join('\n');
}

const components = join(root, 'src/components');
const folders = readdirSync(components).map(name => join(components, name));

test('the manifest has every element defined in src/components', () => {
  const tags = folders.flatMap(folder => [...sourcesOf(folder).matchAll(/@tagname ([\w-]+)/g)].map(m => m[1]));
  assert.deepEqual(elements.map(e => e.tagName).sort(), [...new Set(tags)].sort());
});

test('every part an element renders is in the manifest', () => {
  for (const folder of folders) {
    const rendered = new Set([...sourcesOf(folder).matchAll(/\bpart="([\w-]+)"/g)].map(m => m[1]));
    const here = elements.filter(e => join(root, 'src', e.path).startsWith(`${folder}/`));
    const listed = new Set(here.flatMap(e => (e.cssParts ?? []).map(p => p.name)));
    const missing = [...rendered].filter(p => !listed.has(p));
    assert.deepEqual(missing, [], `${here.map(e => e.tagName).join(', ')}: parts missing from the JSDoc`);
  }
});

test('the README element reference is generated from the manifest and up to date (npm run docs)', async () => {
  const { expectedReadme } = await import('../../scripts/readme-elements.mjs');
  assert.ok(readme === (await expectedReadme()), 'README.md is out of date: run `npm run build && npm run docs`');
});
