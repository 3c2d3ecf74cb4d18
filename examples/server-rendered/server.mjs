// @ts-check
// Recipe: a server-rendered page (the same steps in PHP, Laravel Blade, Django or Go templates). The server puts the
// survey definition and the context into the HTML; the browser needs only the script tag. Two things to get right:
// - JSON inside <script type="application/json"> must not contain "</script>" or "<!--": escape "<" as \u003c;
// - a JSON attribute (context) must be HTML-escaped like any attribute value.
// Run it: `node examples/server-rendered/server.mjs` (after `npm run build`), then open http://localhost:8080/.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** JSON safe to put inside a <script> element. */
export const scriptJson = (/** @type {unknown} */ value) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Text safe inside a double-quoted HTML attribute or an element. */
export const escapeHtml = (/** @type {string} */ text) =>
  text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * The page with a survey rendered into it.
 * @param {{ definition: unknown, context: Record<string, string>, endpoint: string, script?: string, lang?: string }} options
 */
export function renderSurveyPage({ definition, context, endpoint, script = '/js/masukan.min.js', lang = 'id' }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Survei layanan</title>
    <script src="${escapeHtml(script)}"></script>
  </head>
  <body>
    <masukan-survey lang="${escapeHtml(lang)}" endpoint="${escapeHtml(endpoint)}" context="${escapeHtml(JSON.stringify(context))}">
      <script type="application/json">${scriptJson(definition)}</script>
    </masukan-survey>
  </body>
</html>
`;
}

// Run directly: serve the page and dist/ (the demo collector of `npm start` takes the responses elsewhere).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = new URL('../../dist/', import.meta.url);
  const definition = {
    id: 'layanan',
    version: '1',
    title: 'Bagaimana layanan kami?',
    pages: [{ questions: [{ id: 'saran', type: 'textarea', label: 'Saran Anda', maxLength: 500 }] }],
  };
  createServer(async (req, res) => {
    if (req.url?.startsWith('/js/masukan')) {
      const file = await readFile(new URL(req.url.slice(4).replace(/[^\w.-]/g, ''), dist)).catch(() => undefined);
      res.writeHead(file ? 200 : 404, { 'content-type': 'text/javascript' });
      return res.end(file);
    }
    const context = { agency: 'DPMPTSP Kota Contoh', channel: 'web', service: String(req.headers.host) };
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" });
    res.end(renderSurveyPage({ definition, context, endpoint: '/api/responses' }));
  }).listen(Number(process.env.PORT ?? 8080), () => console.log('http://localhost:8080/'));
}
