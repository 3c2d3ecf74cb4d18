// `npm run bench:report`: how long the IKM report takes over many responses. Figures, not assertions.
//   1. Node, masukan/ikm: computeIkm, computeIkmBy per service and per month, ikmFromTallies, freeTexts, ikmCsv
//   2. Chromium, dist/masukan-ikm-report.min.js: from setting `responses` to the rendered report, then a period change,
//      a service change, the citizens' words view and the publication view (each until rendered)
//   node scripts/bench-report.mjs [--count=100000]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).map(a => a.replace(/^--/, '').split('=')));
const count = Number(args.count ?? 100_000);
const ikm = await import(join(root, 'dist/core/ikm/index.js')).catch(() => {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
});
const bundle = await readFile(join(root, 'dist/masukan-ikm-report.min.js'));

/** `n` made-up SKM responses over 2026 (deterministic), a third with a free text. Runs in Node and in the page. */
function generate(n, keys) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const services = ['ktp', 'kk', 'akta_kelahiran', 'nib', 'pbg', 'skck'];
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const answers = {};
    for (const key of keys) answers[key] = 1 + Math.floor(random() * 4);
    if (random() < 0.33) answers.saran = `Saran nomor ${i}: antrean dan ruang tunggu.`;
    return {
      id: `bench-${i}`,
      surveyId: 'skm',
      surveyVersion: '2017.1',
      submittedAt: new Date(start + Math.floor(random() * 365 * 86400000)).toISOString(),
      lang: 'id',
      context: { service: services[i % services.length], channel: 'bench' },
      answers,
    };
  });
}

const rows = [];
const time = (label, run) => {
  const t0 = performance.now();
  const result = run();
  rows.push([label, performance.now() - t0]);
  return result;
};

// 1. Node
const data = generate(count, ikm.SKM_ELEMENT_KEYS);
const result = time(`computeIkm, ${count.toLocaleString('en')} responses`, () => ikm.computeIkm(data));
time('computeIkmBy service', () => ikm.computeIkmBy(data, 'service'));
time('computeIkmBy month (Asia/Jakarta)', () => ikm.computeIkmBy(data, 'month'));
time('tallyOf + ikmFromTallies', () => ikm.ikmFromTallies(ikm.tallyOf(data)));
time('freeTexts', () => ikm.freeTexts(data));
time('ikmCsv', () => ikm.ikmCsv(data));

// 2. Chromium
const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>
<script src="/dist/masukan-ikm-report.min.js"></script></head><body><masukan-ikm-report></masukan-ikm-report></body></html>`;
const server = createServer((req, res) => {
  if (req.url === '/dist/masukan-ikm-report.min.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(bundle);
  }
  res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'" });
  res.end(page);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium('/usr/lib/chromium/chromium');
const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
tab.on('pageerror', error => console.error('page error:', error));
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.evaluate(`window.generate = ${generate}`);
const browserRows = await tab.evaluate(
  async ([n, keys]) => {
    const el = document.querySelector('masukan-ikm-report');
    const responses = window.generate(n, keys);
    /** Time from a change until the report has rendered it and the browser painted. */
    const measure = async (label, change, ready) => {
      const t0 = performance.now();
      change();
      await el.updateComplete;
      if (!el.shadowRoot.querySelector(ready)) throw new Error(`${label}: ${ready} not rendered`);
      await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));
      return [label, performance.now() - t0];
    };
    return [
      await measure(
        `render ${n.toLocaleString('en')} responses (read, compute, render)`,
        () => (el.responses = responses),
        '.nik',
      ),
      await measure('change period (2026-Q2)', () => (el.period = '2026-Q2'), '.nik'),
      await measure('change service (nib)', () => (el.service = 'nib'), '.nik'),
      await measure("citizens' words view", () => (el.view = 'texts'), '.text-item'),
      await measure(
        'search the words ("ruang")',
        () => {
          const input = el.shadowRoot.querySelector('#text-search');
          input.value = 'ruang';
          input.dispatchEvent(new Event('input'));
        },
        '.text-item',
      ),
      await measure(
        'publication view, all periods and services',
        () => {
          el.view = 'publication';
          el.period = '';
          el.service = undefined;
        },
        '.pub-nik',
      ),
    ];
  },
  [count, ikm.SKM_ELEMENT_KEYS],
);
await browser.close();
server.close();

console.log(`IKM report bench: ${cpus().length} cores, Node ${process.version}, ${browser.version?.() ?? 'Chromium'}`);
console.log(`(IKM of the generated set: ${result.nikText} ${result.mutu})\n`);
const width = Math.max(...[...rows, ...browserRows].map(([label]) => label.length));
console.log('Node, masukan/ikm');
for (const [label, ms] of rows) console.log(`  ${label.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`);
console.log('Chromium, dist/masukan-ikm-report.min.js (target: render 100,000 in under 1 s)');
for (const [label, ms] of browserRows) console.log(`  ${label.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`);
