import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// esbuild strips types and lowers the TC39 decorators (target must stay <= es2022, see toolchain.md).
// Type-checking and .d.ts files come from `tsc -p tsconfig.build.json`.
const ts = () =>
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', define: { __MASUKAN_VERSION__: JSON.stringify(version) } });

// zod 4 ships /** @__PURE__ */ comments where Rollup can't use them, plus a core<->util import cycle: harmless.
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every(id => id.includes('/node_modules/zod/'))) return;
  warn(warning);
};

/**
 * Terser leaves template text alone, so shrink the templates before: collapse whitespace and comments in Lit `css`
 * templates (keeping a space before `:`, since `.a :is(b)` and `.a:is(b)` differ), and drop the indentation of
 * component sources, which is all inside `html` templates once terser is done (HTML ignores it; lines are kept, so
 * source maps stay right to the line).
 */
const minifyTemplates = () => ({
  name: 'masukan-minify-templates',
  transform(code, id) {
    if (!id.includes('/src/')) return null;
    let out = code.replace(/css`([^`]*)`/g, (_, body) => {
      const min = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/:\s+/g, ':')
        .replace(/([\d)]) ([*/]) ([\d(.])/g, '$1$2$3') // calc(a * 2), font: size / 1.5 (calc needs + and - spaced)
        .replace(/\s+!important/g, '!important')
        .replace(/(^|[^\w.#-])0\.(\d)/g, '$1.$2') // 0.5em → .5em (not in 10.5 or #00.)
        .replace(/\[([\w-]+)='([a-z][\w-]*)'\]/g, '[$1=$2]') // [theme='dark'] → [theme=dark]
        .replace(/;}/g, '}');
      return `css\`${min.trim()}\``;
    });
    if (id.includes('/src/components/')) out = out.replace(/\n[ \t]+/g, '\n');
    return out === code ? null : { code: out, map: null };
  },
});

/** The module of `checkResponse` (imported as .js, resolved to .ts). */
const responseRule = /\/core\/response\.[jt]s$/;

/** Modules that masukan.min.js fetches on demand as files of their own instead of bundling them. */
const onDemandModules = ['/src/i18n/english.ts', '/src/outbox/delivery.ts'];

const external = id => /^(lit|@lit\/|lit-html|lit-element|zod|idb-keyval)(\/|$)/.test(id);

/**
 * Tells Chromium (136 and later) that the functions of a script-tag file are called while the page loads: it then
 * compiles them on the thread that streams the file in, instead of one by one on the main thread when each is first
 * called (what it buys: README, Performance). Other browsers ignore the comment. It must be the file's first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** One self-contained minified IIFE for a plain <script> tag (at one or more paths). */
const iife = (input, file, name, ...copies) => ({
  input,
  output: [file, ...copies].map(file => ({ file, format: 'iife', name, sourcemap: true, extend: true })),
  onwarn,
  plugins: [
    nodeResolve({ browser: true }),
    minifyTemplates(),
    ts(),
    terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false, preamble: COMPILE_HINT } }),
  ],
});

export default [
  // npm: unbundled ESM, one file per source module; lit, zod and idb-keyval stay external.
  // zod is bundled in (only the parts the schema uses, under dist/vendor/): importing zod's own entry points would
  // load every one of its locale files in a browser without a bundler (import maps, a server-rendered page).
  {
    input: [
      'src/index.ts',
      'src/outbox/index.ts',
      'src/core/ikm/index.ts',
      'src/core/konsultasi/index.ts',
      'src/components/survey/survey.ts',
      'src/components/launcher/launcher.ts',
      'src/components/ikm-report/ikm-report.ts',
      'src/components/konsultasi-report/konsultasi-report.ts',
      'src/components/kiosk/index.ts',
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: chunk =>
        (chunk.name.includes('node_modules/') ? chunk.name.replace(/^.*node_modules\//, 'vendor/') : '[name]') + '.js',
    },
    external: id => external(id) && !/^zod(\/|$)/.test(id),
    onwarn,
    plugins: [nodeResolve({ browser: true }), ts()],
  },
  {
    ...iife('src/iife.ts', 'dist/masukan.min.js', 'Masukan'),
    // The survey's English terms and the outbox's delivery part are fetched on demand by this file (see iife.ts), so
    // they are left out of it. Every other build has them built in: the modules that register them are imported
    // only for that effect (by i18n/localize.ts, and by the survey and kiosk elements), and such an import is
    // dropped here.
    treeshake: { moduleSideEffects: id => !onDemandModules.some(module => id.endsWith(module)) },
  },
  // The survey's English terms, fetched by masukan.min.js the first time a survey is shown in English.
  iife('src/i18n/english.ts', 'dist/masukan-en.min.js', 'Masukan'),
  // The outbox's delivery part, fetched by masukan.min.js once there is something to deliver (or a staff function
  // is called). It takes the response rule from masukan.min.js, through the global `Masukan`, rather than bundling
  // the schema and zod a second time.
  (config => ({
    ...config,
    external: id => responseRule.test(id),
    output: config.output.map(output => ({ ...output, globals: id => (responseRule.test(id) ? 'Masukan' : id) })),
  }))(iife('src/outbox/delivery.ts', 'dist/masukan-delivery.min.js', 'Masukan')),
  // The SKM and konsultasi presets, fetched by masukan.min.js the first time a page uses preset="…".
  iife('src/presets/bundle.ts', 'dist/masukan-presets.min.js', 'Masukan'),
  // The words that explain a survey that cannot be shown, fetched by masukan.min.js when one is.
  iife('src/i18n/problems/bundle.ts', 'dist/masukan-problems.min.js', 'Masukan'),
  // The results report for agency staff: its own script, so that the survey bundle stays within budget.
  iife('src/components/ikm-report/bundle.ts', 'dist/masukan-ikm-report.min.js', 'Masukan'),
  // The consultation (FKP) results report, likewise its own script.
  iife('src/components/konsultasi-report/bundle.ts', 'dist/masukan-konsultasi-report.min.js', 'Masukan'),
  // The counter kiosk, self-contained so that a service worker can cache one file; also copied next to the
  // ready-made kiosk page demo/kiosk/, which an office copies to its own server as it is.
  iife('src/components/kiosk/bundle.ts', 'dist/masukan-kiosk.min.js', 'Masukan', 'demo/kiosk/masukan-kiosk.min.js'),
  // The feedback button: small, loads masukan.min.js from its own folder when first opened.
  iife('src/components/launcher/bundle.ts', 'dist/masukan-launcher.min.js', 'Masukan'),
];
