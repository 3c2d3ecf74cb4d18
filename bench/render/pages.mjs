// The pages of the render benchmark and the small Node server (no framework) that serves them, the libraries' files
// and the endpoint the responses are POSTed to. Nothing on these pages comes from another origin.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { definition, surveyJsJson } from './survey.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const surveyCore = join(root, 'node_modules/survey-core');
const surveyJsUi = join(root, 'node_modules/survey-js-ui');

/** Where the responses go, on the bench server itself. */
export const ENDPOINT = '/responses';

/** The files a page may load, by URL path: where they are and their content type. */
function staticFiles(masukanFile) {
  const js = 'text/javascript';
  // The files masukan.min.js fetches from its own folder on first need (the delivery part once an answer is stored).
  const nextTo = ['masukan-delivery.min.js', 'masukan-en.min.js', 'masukan-problems.min.js', 'masukan-presets.min.js']
    .map(file => join(dirname(masukanFile), file))
    .filter(file => existsSync(file));
  return {
    '/masukan.min.js': [masukanFile, js],
    ...Object.fromEntries(nextTo.map(file => [`/${basename(file)}`, [file, js]])),
    // SurveyJS's script-tag build: the core, its Indonesian strings, the UI (Preact inside), and its default theme
    // without web fonts (SurveyJS's own `fontless` file, so that no request goes to fonts.gstatic.com).
    '/surveyjs/survey.core.min.js': [join(surveyCore, 'survey.core.min.js'), js],
    '/surveyjs/indonesian.min.js': [join(surveyCore, 'i18n/indonesian.min.js'), js],
    '/surveyjs/survey-js-ui.min.js': [join(surveyJsUi, 'survey-js-ui.min.js'), js],
    '/surveyjs/survey-core.fontless.min.css': [join(surveyCore, 'survey-core.fontless.min.css'), 'text/css'],
  };
}

const head = (title, extra = '') => `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${extra}</head>`;

const json = JSON.stringify(definition);

/**
 * Masukan's controls once the survey is rendered, inside the element's shadow root: the 36 radios of the nine
 * ratings, the service dropdown with its 80 services (and the "choose one" option), and the comment.
 */
const masukanProbe = {
  ready: [
    ['.options.rating input[type=radio]', 36],
    ['select option', 81],
    ['textarea', 1],
  ],
  // A question by its answer key, the options in a rating question, the submit button.
  question: '[data-question="KEY"]',
  option: 'label.option',
  submit: 'button[type=submit]',
  // The thank-you view appears only once the response is in IndexedDB (strict durability): `<masukan-survey>` awaits
  // the outbox's write before it renders it.
  stored: '.thanks',
};

/**
 * SurveyJS's controls once rendered: the 36 rating buttons (each a label holding a hidden radio), the dropdown control
 * (SurveyJS renders its list only when opened) and the comment.
 */
const surveyJsProbe = {
  ready: [
    ['.sd-rating__item input[type=radio]', 36],
    ['[data-name=jenis_layanan] .sd-dropdown', 1],
    ['textarea', 1],
  ],
  question: '[data-name="KEY"]',
  option: '.sd-rating__item',
  submit: '.sd-navigation__complete-btn',
  // The page tells the bench when the IndexedDB transaction completed (see `surveyJsScript`).
  stored: null,
};

/**
 * SurveyJS with what Masukan does on submit: the response is stored in IndexedDB (a strict-durability transaction,
 * like Masukan's outbox) and then POSTed. The database opens at load, as Masukan's outbox does.
 */
const surveyJsScript = `
const outbox = new Promise((resolve, reject) => {
  const request = indexedDB.open('surveyjs-outbox', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'id' });
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const survey = new Survey.Model(${JSON.stringify(surveyJsJson)});
survey.onComplete.add(async sender => {
  const response = { id: crypto.randomUUID(), surveyId: 'skm', submittedAt: new Date().toISOString(), answers: sender.data };
  const transaction = (await outbox).transaction('outbox', 'readwrite', { durability: 'strict' });
  transaction.objectStore('outbox').put(response);
  transaction.oncomplete = () => {
    window.benchStored?.();
    fetch(${JSON.stringify(ENDPOINT)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': response.id },
      body: JSON.stringify(response),
    });
  };
});
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
`;

/** The pages, by name: their HTML and how the bench sees that their survey is rendered. */
export const PAGES = {
  empty: {
    html: `${head('empty')}
<body></body>
</html>`,
    // Nothing to wait for: "all questions in the DOM" is the end of parsing (DOMContentLoaded).
    probe: { ready: null },
  },
  'masukan-property': {
    html: `${head('Masukan, definition property', '<script src="/masukan.min.js"></script>\n')}
<body>
<masukan-survey endpoint="${ENDPOINT}"></masukan-survey>
<script>
document.querySelector('masukan-survey').definition = ${json};
</script>
</body>
</html>`,
    probe: masukanProbe,
  },
  'masukan-inline': {
    html: `${head('Masukan, inline JSON', '<script src="/masukan.min.js"></script>\n')}
<body>
<masukan-survey endpoint="${ENDPOINT}">
<script type="application/json">
${json}
</script>
</masukan-survey>
</body>
</html>`,
    probe: masukanProbe,
  },
  'masukan-src': {
    html: `${head('Masukan, src', '<script src="/masukan.min.js"></script>\n')}
<body>
<masukan-survey src="/survey.json" endpoint="${ENDPOINT}"></masukan-survey>
</body>
</html>`,
    probe: masukanProbe,
  },
  surveyjs: {
    html: `${head(
      'SurveyJS',
      `<link rel="stylesheet" href="/surveyjs/survey-core.fontless.min.css">
<script src="/surveyjs/survey.core.min.js"></script>
<script src="/surveyjs/indonesian.min.js"></script>
<script src="/surveyjs/survey-js-ui.min.js"></script>
`,
    )}
<body>
<div id="survey"></div>
<script>${surveyJsScript}</script>
</body>
</html>`,
    probe: surveyJsProbe,
  },
};

/** gzip -9 size of a file (the figure `npm run size` and the README quote). */
const gzipSize = path => execFileSync('gzip', ['-9', '-c', path], { maxBuffer: 1 << 28 }).length;

const readBody = request =>
  new Promise((done, fail) => {
    const chunks = [];
    request.on('data', chunk => chunks.push(chunk));
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    request.on('error', fail);
  });

/**
 * Starts the bench server on a free loopback port. `masukanFile`: the masukan.min.js to serve (default the build in
 * dist/). Returns its origin, the log of requests, a way to wait for the next POSTed response, the gzip sizes of the
 * files served, and `close`.
 */
export async function startServer({ masukanFile = join(root, 'dist/masukan.min.js') } = {}) {
  const files = staticFiles(resolve(masukanFile));
  const contents = new Map(Object.entries(files).map(([path, [file, type]]) => [path, [readFileSync(file), type]]));
  contents.set('/survey.json', [Buffer.from(json), 'application/json']);
  for (const [name, page] of Object.entries(PAGES))
    contents.set(`/${name}.html`, [Buffer.from(page.html), 'text/html']);
  const index = Object.keys(PAGES)
    .map(name => `<li><a href="/${name}.html">${name}</a></li>`)
    .join('\n');
  contents.set('/', [Buffer.from(`${head('render benchmark')}<body><ul>\n${index}\n</ul></body></html>`), 'text/html']);

  /** Every request served, as "METHOD path", in order; the runner reads and clears it around each load. */
  const requests = [];
  let postWaiter;
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://bench').pathname;
    requests.push(`${request.method} ${path}`);
    if (request.method === 'POST' && path === ENDPOINT) {
      const body = await readBody(request);
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"stored":true}');
      postWaiter?.(JSON.parse(body));
      postWaiter = undefined;
      return;
    }
    const file = contents.get(path);
    if (request.method !== 'GET' || !file) return response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' }).end(file[0]);
  });
  await new Promise(done => server.listen(0, '127.0.0.1', done));

  const gzipBytes = new Map(Object.entries(files).map(([path, [file]]) => [path, gzipSize(file)]));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    /** The body of the next response POSTed to the endpoint, or undefined after `timeout` ms. */
    nextPost: (timeout = 10000) =>
      new Promise(done => {
        const timer = setTimeout(done, timeout);
        postWaiter = body => {
          clearTimeout(timer);
          done(body);
        };
      }),
    /** gzip -9 bytes of a served JS or CSS file, by URL path (undefined for pages, JSON and the endpoint). */
    gzipBytes: path => gzipBytes.get(path),
    close: () => new Promise(done => server.close(done)),
  };
}
