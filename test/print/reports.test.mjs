// The reports printed by headless Chromium (playwright-core drives Debian's chromium): the demo pages over the demo
// data, printed to A4 PDF, pages counted. Run by `npm test` after the browser tests (needs `npm run build`):
//   node --test test/print/
// MASUKAN_SCREENS=<dir> also writes the PDFs and PNG screenshots there, to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const screens = process.env.MASUKAN_SCREENS;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

let server;
let browser;
let origin;

before(async () => {
  // The demo pages, dist/ and the seed data; /api/responses answers the seed, as the collector does at `npm start`.
  server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/favicon.ico') return res.writeHead(204).end();
    const path = pathname === '/api/responses' ? '/demo/seed-responses.json' : normalize(pathname);
    if (!/^\/(demo|dist)\//.test(path)) return res.writeHead(404).end();
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': "default-src 'self'",
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: '/usr/lib/chromium/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  if (screens) await mkdir(screens, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = pdf => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** Opens a demo page at a width, waits for the report inside it to render `ready`, optionally sets properties. */
async function open(path, { width = 1000, tag = 'masukan-ikm-report', ready = '.nik', set = {} } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('pageerror', error => errors.push(error.message));
  page.on('console', message => message.type() === 'error' && errors.push(message.text()));
  await page.goto(origin + path);
  await page.waitForFunction(
    ([tag, ready]) => document.querySelector(tag)?.shadowRoot?.querySelector(ready),
    [tag, ready],
    { timeout: 20000 },
  );
  await page.evaluate(
    async ([tag, set]) => {
      const el = document.querySelector(tag);
      Object.assign(el, set);
      await el.updateComplete;
    },
    [tag, set],
  );
  return { page, errors };
}

async function keep(name, data) {
  if (screens) await writeFile(join(screens, name), data);
}

test('the publication view of the demo data prints to exactly one A4 page, in both languages', async () => {
  for (const lang of ['id', 'en']) {
    const { page, errors } = await open('/demo/report.html', { set: { view: 'publication', lang } });
    const pdf = await page.pdf({ format: 'A4' });
    await keep(`publication-${lang}.pdf`, pdf);
    assert.equal(pageCount(pdf), 1, `publication (${lang}) pages`);
    const text = await page.evaluate(() => document.querySelector('masukan-ikm-report').shadowRoot.textContent);
    assert.match(text, lang === 'id' ? /Rencana tindak lanjut/ : /Follow-up plan/);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the summary prints without nearly empty pages, the consultation summary for the berita acara too', async () => {
  const summary = await open('/demo/report.html');
  const pdf = await summary.page.pdf({ format: 'A4' });
  await keep('summary.pdf', pdf);
  console.log(`summary: ${pageCount(pdf)} A4 pages`);
  assert.ok(pageCount(pdf) <= 3, `summary pages: ${pageCount(pdf)}`);
  await summary.page.close();

  const forum = await open('/demo/konsultasi.html', { tag: 'masukan-konsultasi-report', ready: '.components' });
  const forumPdf = await forum.page.pdf({ format: 'A4' });
  await keep('konsultasi.pdf', forumPdf);
  console.log(`konsultasi: ${pageCount(forumPdf)} A4 pages`);
  assert.ok(pageCount(forumPdf) <= 2, `konsultasi pages: ${pageCount(forumPdf)}`);
  const participants = await forum.page.evaluate(
    () => document.querySelector('masukan-konsultasi-report').shadowRoot.querySelector('.participants').textContent,
  );
  assert.equal(participants, '24');
  assert.deepEqual(forum.errors, []);
  await forum.page.close();
});

test('screens to look at: phone (360 px) summary, publication and citizens words, konsultasi', async () => {
  const shots = [
    ['/demo/report.html', 360, {}, 'phone-summary.png'],
    ['/demo/report.html', 360, { view: 'texts' }, 'phone-texts.png'],
    ['/demo/report.html', 1000, { view: 'publication' }, 'publication.png'],
    ['/demo/report.html', 1000, { view: 'texts' }, 'texts.png'],
  ];
  for (const [path, width, set, name] of shots) {
    const { page } = await open(path, { width, set });
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= width, `${name}: page scrolls sideways (${scroll} px)`);
    await keep(name, await page.screenshot({ fullPage: true }));
    await page.close();
  }
  const forum = await open('/demo/konsultasi.html', { tag: 'masukan-konsultasi-report', ready: '.components' });
  await keep('konsultasi.png', await forum.page.screenshot({ fullPage: true }));
  await forum.page.close();
});
