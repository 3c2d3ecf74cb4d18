// The package as npm would publish it: `npm pack` on a fresh checkout (no dist/, so prepack must build), its
// contents, and a scratch project that installs the tarball and type-checks a consumer with tsc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  }
}

test(
  'npm pack builds on a fresh checkout, ships what it should, and installs into a project that type-checks',
  { timeout: 300_000 },
  t => {
    const work = mkdtempSync(join(tmpdir(), 'masukan-pack-'));
    t.after(() => rmSync(work, { recursive: true, force: true }));

    // A checkout without dist/: the tracked files (and new ones not yet committed), sharing node_modules.
    const checkout = join(work, 'checkout');
    const files = run('git', ['ls-files', '-co', '--exclude-standard'], root).split('\n').filter(Boolean);
    for (const file of files) {
      mkdirSync(dirname(join(checkout, file)), { recursive: true });
      try {
        cpSync(join(root, file), join(checkout, file));
      } catch {
        /* a file deleted in the work tree but still tracked */
      }
    }
    symlinkSync(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');

    const output = run('npm', ['pack', '--json', '--pack-destination', work], checkout);
    const [pack] = JSON.parse(output.slice(output.lastIndexOf('\n[\n') + 1)); // after the prepack build's own output
    const packed = pack.files.map(f => f.path);
    const has = path => packed.includes(path);

    for (const path of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/components/survey/survey.js',
      'dist/components/survey/survey.d.ts',
      'dist/components/launcher/launcher.js',
      'dist/components/launcher/launcher.d.ts',
      'dist/components/ikm-report/ikm-report.d.ts',
      'dist/core/ikm/index.d.ts',
      'dist/masukan.min.js',
      'dist/masukan-presets.min.js',
      'dist/masukan-problems.min.js',
      'dist/masukan-en.min.js',
      'dist/masukan-delivery.min.js',
      'dist/masukan-launcher.min.js',
      'dist/masukan-ikm-report.min.js',
    ])
      assert.ok(has(path), `${path} is in the package`);
    // Intended: JavaScript source maps (they carry their sources). Not intended: declaration maps (they point at src/).
    assert.ok(has('dist/masukan.min.js.map'));
    assert.deepEqual(
      packed.filter(p => p.endsWith('.d.ts.map')),
      [],
    );
    const stray = packed.filter(p => !/^(dist\/|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(p));
    assert.deepEqual(stray, [], 'no sources, tests, demo, examples or scripts');
    assert.deepEqual(
      packed.filter(p => /seed|fixture|\.test\./.test(p)),
      [],
      'no demo data, no tests',
    );

    // A scratch project installs the tarball (dependencies from the npm cache) and type-checks a consumer.
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, pack.filename)], app);
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['consumer.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      `import 'masukan/survey';
import 'masukan/launcher';
import { defineSurvey, type SurveyResponse } from 'masukan/survey';
import type { MasukanLauncher } from 'masukan/launcher';
import { computeIkm } from 'masukan/ikm';
import { skm } from 'masukan';

const definition = defineSurvey({
  id: 'antrean',
  version: '1',
  title: { id: 'Antrean', en: 'Queue' },
  pages: [{ questions: [{ id: 'lama', type: 'rating', label: 'Lama menunggu', options: [{ value: 1, label: 'Lama' }, { value: 2, label: 'Cepat' }] }] }],
});
// @ts-expect-error a typo in a key is a type error
defineSurvey({ id: 'x', version: '1', title: 'x', pages: [], requried: true });

const survey = document.createElement('masukan-survey');
survey.definition = definition;
survey.addEventListener('masukan-submit', event => {
  const response: SurveyResponse = event.detail.response;
  console.log(response.answers);
});
const launcher: MasukanLauncher = document.querySelector('masukan-launcher')!;
launcher.preset = 'skm';
launcher.addEventListener('masukan-close', event => console.log(event.detail.reason === 'completed'));
document.addEventListener('masukan-open', event => console.log(event.detail.trigger));
void launcher.open();
console.log(computeIkm([]).nik, skm().id);
`,
    );
    run(join(root, 'node_modules/.bin/tsc'), ['-p', app], app);
    // The pure entry points run in Node straight from the installed package.
    const nik = run(
      process.execPath,
      ['--input-type=module', '-e', "import('masukan/ikm').then(m => console.log(typeof m.computeIkm))"],
      app,
    );
    assert.equal(nik.trim(), 'function');
  },
);
