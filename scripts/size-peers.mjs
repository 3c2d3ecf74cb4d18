// Side-by-side download size: what a script-tag user of Masukan and of its peers downloads, gzip -9.
// Fetches the peers' published packages from the npm registry with `npm pack` into a temporary folder.
// Run `npm run build` first. Usage: npm run size:peers
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gz = file => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length;
const dir = mkdtempSync(join(tmpdir(), 'masukan-peers-'));
const unpack = spec => {
  const [tgz] = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(-1);
  const out = join(dir, tgz.replace(/\.tgz$/, ''));
  execFileSync('mkdir', ['-p', out]);
  execFileSync('tar', ['xzf', join(dir, tgz), '-C', out]);
  return file => join(out, 'package', file);
};

const rows = [];
const add = (name, what, files) => rows.push({ name, what, bytes: files.reduce((sum, f) => sum + gz(f), 0) });
try {
  add('Masukan (this build)', 'masukan.min.js: survey, validation, offline outbox', ['dist/masukan.min.js']);
  add('Masukan + delivery', 'masukan.min.js + masukan-delivery.min.js (an answer sent)', [
    'dist/masukan.min.js',
    'dist/masukan-delivery.min.js',
  ]);
  add('Masukan + presets', 'masukan.min.js + masukan-presets.min.js (SKM page)', [
    'dist/masukan.min.js',
    'dist/masukan-presets.min.js',
  ]);
  const core = unpack('survey-core@2.5.38');
  const ui = unpack('survey-js-ui@2.5.38');
  add('SurveyJS 2.5.38', 'survey.core.min.js + survey-js-ui.min.js + survey-core.min.css; no offline queue', [
    core('survey.core.min.js'),
    ui('survey-js-ui.min.js'),
    core('survey-core.min.css'),
  ]);
  const typeform = unpack('@typeform/embed@6.1.1');
  add('Typeform embed 6.1.1', 'embed.js + widget.css; the form itself is an online-only iframe', [
    typeform('build/embed.js'),
    typeform('build/css/widget.css'),
  ]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('script-tag download, gzip -9 bytes');
for (const r of rows) console.log(`${r.name.padEnd(22)} ${String(r.bytes).padStart(8)}  ${r.what}`);
