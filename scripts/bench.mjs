// `npm run bench`: delivery and rendering figures of the script-tag build (dist/masukan.min.js) in headless Chromium,
// against the collector (masukan-collector, open mode, PGlite) on loopback. Figures, not assertions: compare them with the targets printed.
//   1. submit → stored: <masukan-survey> submit until the thank-you view (the response is in IndexedDB by then), ×200,
//      paced like people (the previous delivery done) and back-to-back (racing the previous delivery)
//   2. enqueue: the IndexedDB write alone (Masukan.enqueue), ×200
//   3. flush: 1,000 responses queued offline, then delivered; time, rate, lost and duplicated (counted server-side)
//   4. render: new <masukan-survey> with a 3-page definition until its form is rendered, ×100
//   5. render long: one page of 1,000, 2,000 and 5,000 questions (validation included) until rendered, ×3 each
import { createServer } from 'node:http';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../bench/chromium.mjs';
import { createCollector } from 'masukan-collector';

const root = fileURLToPath(new URL('..', import.meta.url));
await access(join(root, 'dist/masukan.min.js')).catch(() => {
  console.error('dist/masukan.min.js is missing: run `npm run build` first.');
  process.exit(1);
});

const page = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>bench</title>
<script src="/dist/masukan.min.js"></script></head><body></body></html>`;

const dir = await mkdtemp(join(tmpdir(), 'masukan-bench-'));
const collector = await createCollector({
  dataDir: join(dir, 'pglite'),
  open: true,
  limits: { rate: 100000, burst: 100000 },
});
/** POSTs per response id, as received (before the collector's own dedupe). */
const posts = new Map();
const server = createServer((req, res) => {
  if (req.method === 'POST') {
    const id = req.headers['idempotency-key'];
    posts.set(id, (posts.get(id) ?? 0) + 1);
  }
  if (collector.handle(req, res)) return;
  // masukan.min.js, and the files it fetches from its own folder on first need (masukan-delivery.min.js …)
  const script = /^\/dist\/(masukan(-[a-z]+)?\.min\.js)$/.exec(req.url ?? '');
  if (script) {
    return readFile(join(root, 'dist', script[1])).then(
      body => res.writeHead(200, { 'content-type': 'text/javascript' }).end(body),
      () => res.writeHead(404).end(),
    );
  }
  res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'" });
  res.end(page);
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium('/usr/lib/chromium/chromium');
const context = await browser.newContext();
const tab = await context.newPage();
tab.on('pageerror', error => console.error('page error:', error));
await tab.goto(origin + '/bench');

const percentile = (list, p) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = n => `${n.toFixed(1)} ms`;
const rows = [];

// 1. submit → stored, through the element. "paced": the previous answer's delivery has finished before the next submit
// (people take longer than a delivery to fill in a survey); "back-to-back": the next submit races that delivery.
const submitTimes = paced =>
  tab.evaluate(async paced => {
    const el = document.createElement('masukan-survey');
    el.endpoint = '/api/responses';
    el.definition = {
      id: 'bench',
      version: 1,
      title: 'Bench',
      pages: [{ questions: [{ id: 'saran', type: 'text', label: 'Saran' }] }],
    };
    document.body.append(el);
    await el.updateComplete;
    const times = [];
    for (let i = 0; i < 200; i++) {
      if (paced) await Masukan.flushOutbox();
      el.reset();
      await el.updateComplete;
      const input = el.shadowRoot.querySelector('input');
      input.value = 'jawaban ' + i;
      input.dispatchEvent(new Event('input'));
      let start = 0;
      el.addEventListener('masukan-submit', () => (start = performance.now()), { once: true });
      const thanked = new Promise(resolve => {
        const observer = new MutationObserver(() => {
          if (el.shadowRoot.querySelector('.thanks')) (observer.disconnect(), resolve(performance.now()));
        });
        observer.observe(el.shadowRoot, { childList: true, subtree: true });
      });
      el.shadowRoot.querySelector('button[type=submit]').click();
      times.push((await thanked) - start);
    }
    await Masukan.flushOutbox();
    el.remove();
    return times;
  }, paced);
for (const paced of [true, false]) {
  const times = await submitTimes(paced);
  rows.push([
    `submit → stored, thank-you shown (${paced ? 'paced' : 'back-to-back'}), n=200`,
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    paced ? 'p95 < 20 ms' : '',
  ]);
}

// 2. The IndexedDB write alone.
const writes = await tab.evaluate(async () => {
  const times = [];
  for (let i = 0; i < 200; i++) {
    const response = {
      id: crypto.randomUUID(),
      surveyId: 'bench',
      surveyVersion: 1,
      submittedAt: new Date().toISOString(),
      lang: 'id',
      context: { channel: 'bench' },
      answers: { kepuasan: (i % 4) + 1, saran: 'Pelayanan cepat dan ramah.' },
    };
    const start = performance.now();
    await Masukan.enqueue(response, { endpoint: '/api/responses' });
    times.push(performance.now() - start);
  }
  await Masukan.flushOutbox();
  return times;
});
rows.push([
  'enqueue: IndexedDB write (deliveries running), n=200',
  ms(percentile(writes, 50)),
  ms(percentile(writes, 95)),
  'p95 < 20 ms',
]);

// 3. 1,000 responses queued while offline, then flushed.
await context.setOffline(true);
const queued = await tab.evaluate(async () => {
  const ids = [];
  await Promise.all(
    Array.from({ length: 1000 }, (_, i) => {
      const response = {
        id: crypto.randomUUID(),
        surveyId: 'skm',
        surveyVersion: '2017.1',
        submittedAt: new Date().toISOString(),
        lang: 'id',
        context: { channel: 'bench', counter: 'loket-' + (i % 5) },
        answers: { u1: 4, u2: 3, u3: 4, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 4, saran: 'Terima kasih.' },
      };
      ids.push(response.id);
      return Masukan.enqueue(response, { endpoint: '/api/responses' });
    }),
  );
  return { ids, pending: (await Masukan.readOutbox()).pending.length };
});
await context.setOffline(false);
const flush = await tab.evaluate(async () => {
  const start = performance.now();
  await Masukan.flushOutbox();
  const { pending, failed } = await Masukan.readOutbox();
  return { ms: performance.now() - start, pending: pending.length, failed: failed.length };
});
const stored = new Set((await collector.db.query('SELECT id::text FROM responses')).rows.map(r => r.id));
const lost = queued.ids.filter(id => !stored.has(id)).length;
const duplicated = queued.ids.reduce((sum, id) => sum + Math.max(0, (posts.get(id) ?? 0) - 1), 0);
rows.push([
  `flush ${queued.pending} queued responses`,
  `${(flush.ms / 1000).toFixed(2)} s`,
  `${Math.round((queued.pending / flush.ms) * 1000)}/s`,
  '< 10 s',
]);
rows.push(['  lost / duplicated', String(lost), String(duplicated), '0 / 0']);
rows.push(['  left pending / failed', String(flush.pending), String(flush.failed), '0 / 0']);

// 4. Render: a 3-page definition until the form is on screen.
const renders = await tab.evaluate(async () => {
  const option = (value, label) => ({ value, label });
  const scale = [1, 2, 3, 4].map(v => option(v, ['Tidak puas', 'Kurang puas', 'Puas', 'Sangat puas'][v - 1]));
  const definition = {
    id: 'render',
    version: 1,
    title: { id: 'Survei Kepuasan Masyarakat', en: 'Public satisfaction survey' },
    pages: [
      {
        title: 'Profil',
        questions: [
          { id: 'usia', type: 'number', label: 'Usia', min: 15, max: 100, integer: true, unit: 'tahun' },
          {
            id: 'jk',
            type: 'single',
            label: 'Jenis kelamin',
            options: [option('L', 'Laki-laki'), option('P', 'Perempuan')],
          },
          {
            id: 'layanan',
            type: 'select',
            label: 'Jenis layanan',
            options: Array.from({ length: 40 }, (_, i) => option('l' + i, 'Layanan ' + (i + 1))),
          },
        ],
      },
      {
        title: 'Penilaian',
        questions: Array.from({ length: 9 }, (_, i) => ({
          id: 'u' + (i + 1),
          type: 'rating',
          label: 'Unsur ' + (i + 1),
          required: true,
          faces: true,
          options: scale,
        })),
      },
      {
        title: 'Saran',
        questions: [
          {
            id: 'fasilitas',
            type: 'multi',
            label: 'Fasilitas',
            options: [option('a', 'Parkir'), option('b', 'Toilet')],
          },
          { id: 'saran', type: 'textarea', label: 'Saran', maxLength: 500 },
        ],
      },
    ],
  };
  const times = [];
  for (let i = 0; i < 100; i++) {
    const start = performance.now();
    const el = document.createElement('masukan-survey');
    el.definition = definition;
    document.body.append(el);
    await el.updateComplete;
    if (!el.shadowRoot.querySelector('[part=form] input')) throw new Error('form not rendered');
    times.push(performance.now() - start);
    el.remove();
  }
  return times;
});
rows.push(['render 3-page survey (first page), n=100', ms(percentile(renders, 50)), ms(percentile(renders, 95)), '']);

// 5. Long surveys: one page of n questions (ratings, choices and text, every tenth one with a showIf), from a new
// element to its rendered form, parsing included. First render used to be quadratic (5,000 questions: 24 s).
for (const count of [1000, 2000, 5000]) {
  const times = await tab.evaluate(async count => {
    const scale = [1, 2, 3, 4].map(value => ({ value, label: `Nilai ${value}` }));
    const question = i => {
      const base = { id: `q${i}`, label: `Pertanyaan ${i + 1}` };
      const showIf = i % 10 === 9 ? { showIf: { question: `q${i - 1}`, answered: false } } : {};
      if (i % 3 === 0) return { ...base, type: 'rating', options: scale, ...showIf };
      if (i % 3 === 1) return { ...base, type: 'single', options: scale.slice(0, 2), ...showIf };
      return { ...base, type: 'text', maxLength: 100, ...showIf };
    };
    const definition = {
      id: 'long',
      version: 1,
      title: 'Long',
      pages: [{ questions: Array.from({ length: count }, (_, i) => question(i)) }],
    };
    const times = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      const el = document.createElement('masukan-survey');
      el.definition = definition;
      document.body.append(el);
      await el.updateComplete;
      if (el.shadowRoot.querySelectorAll('[data-question]').length < count * 0.9) throw new Error('form not rendered');
      times.push(performance.now() - start);
      el.remove();
    }
    return times;
  }, count);
  rows.push([
    `render one page of ${count.toLocaleString('en')} questions, n=3`,
    ms(percentile(times, 50)),
    ms(Math.max(...times)),
    count === 5000 ? '< 1 s' : '',
  ]);
}

const version = browser.version();
await browser.close();
server.closeAllConnections();
server.close();
await collector.close();
await rm(dir, { recursive: true, force: true });

const header = ['measure', 'p50 / time', 'p95 / rate', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
const line = cells => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\nMasukan bench: headless Chromium ${version}, ${cpus().length} CPU(s), Node ${process.version}`);
console.log(line(header));
console.log(widths.map(w => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
