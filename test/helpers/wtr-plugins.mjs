// Test-runner plugins and middleware (Node side).

/**
 * Server command `set-offline` { offline: boolean } through raw CDP. page.setOfflineMode() would also cut the
 * test runner's own WebSocket on Chromium 156 and hang the run (see shared/reference/toolchain.md), so we flip
 * navigator.onLine with Network.overrideNetworkState and block traffic by rule, letting ws://<origin>/wds through.
 */
const cdpSessions = new Map();
async function getCdp(session) {
  let client = cdpSessions.get(session.id);
  if (!client) {
    const page = session.browser.getPage(session.id);
    client = await page.createCDPSession();
    await client.send('Network.enable');
    cdpSessions.set(session.id, client);
  }
  return client;
}

export function networkPlugin() {
  return {
    name: 'network-offline-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-offline') return undefined;
      const offline = !!payload?.offline;
      const page = session.browser.getPage(session.id);
      // `block`: a path pattern such as '/collect/*'; when given, only matching requests fail (navigator.onLine is still false), so a
      // test can reload a page "from cache" while its endpoint is unreachable.
      const block = payload?.block ? new URL(page.url()).origin + payload.block : '';
      const client = await getCdp(session);
      const wdsSocket = new URL(page.url()).origin.replace(/^http/, 'ws') + '/wds';
      const noThrottle = { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };
      const state = () => client.send('Network.overrideNetworkState', { ...noThrottle, offline });
      const rules = () =>
        client.send('Network.emulateNetworkConditionsByRule', {
          matchedNetworkConditions: offline
            ? [
                { urlPattern: wdsSocket, ...noThrottle },
                { urlPattern: block, ...noThrottle, offline: true },
                ...(block ? [{ urlPattern: '', ...noThrottle }] : []),
              ]
            : [{ urlPattern: '', ...noThrottle }],
        });
      // The page hears `offline` before the traffic is cut, and `online` only once it goes through again, so that a
      // flush on either event never meets the other state of the network.
      if (offline) await state().then(rules);
      else await rules().then(state);
      return true;
    },
  };
}

/**
 * Server command `forced-colors` { active: boolean }: emulates Windows high-contrast mode through CDP
 * (`emulateMedia` of @web/test-runner-commands supports forced colours only with Playwright).
 */
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const client = await getCdp(session);
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * Serves test/bundle/csp*.html with the strict CSP that agency sites may use, and test/bundle/trusted-types.html with
 * Trusted Types enforced as the README documents it (the policies `lit-html` and `masukan` only).
 */
export async function cspMiddleware(ctx, next) {
  await next();
  if (/^\/test\/bundle\/csp[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', "default-src 'self'");
  if (ctx.path === '/test/bundle/trusted-types.html')
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html masukan",
    );
}

/**
 * A scriptable test endpoint on the test server: POST /collect/<bin> records the request (response id, arrival
 * order, headers, the status answered, time) and answers with the next scripted step, or `then` once the script is used up
 * (default 200). Server command `collector` { bin, script?, then? } programs a bin and returns what it received.
 * Each test uses its own bin, so test files running side by side do not see each other's requests.
 */
const bins = new Map();
const bin = name => {
  if (!bins.has(name)) bins.set(name, { script: [], then: { status: 200 }, requests: [], arrivals: 0 });
  return bins.get(name);
};

/** The collector (masukan-collector, open mode, PGlite in memory) on its own loopback port, started on first use. */
let reference;
async function referenceCollector() {
  reference ??= (async () => {
    const { createCollector, listen } = await import('masukan-collector');
    const server = await listen(await createCollector({ open: true }));
    server.unref();
    return `http://127.0.0.1:${server.address().port}/api/responses`;
  })();
  return reference;
}

/**
 * A collector with keys (not open; PGlite in memory) that lets `origin` in: `{ base, admin, write }`, the keys an
 * office would make with `masukan-collector key add`. Started on first use.
 */
let keyed;
async function keyedCollector(origin) {
  keyed ??= (async () => {
    const { createCollector, listen } = await import('masukan-collector');
    const collector = await createCollector({ origins: [origin] });
    const server = await listen(collector);
    server.unref();
    const admin = await collector.createKey({ name: 'staf', role: 'admin' });
    const write = await collector.createKey({ name: 'situs', role: 'write' });
    return { base: `http://127.0.0.1:${server.address().port}`, admin, write };
  })();
  return keyed;
}

export function collectorPlugin() {
  return {
    name: 'test-collector',
    async executeCommand({ command, payload }) {
      // `reference-collector`: the URL of the real collector, on another origin than the test page (CORS).
      if (command === 'reference-collector') return { url: await referenceCollector() };
      if (command === 'keyed-collector') return keyedCollector(payload.origin);
      if (command !== 'collector') return undefined;
      const b = bin(payload.bin);
      if (payload.script) b.script = [...payload.script];
      if (payload.then) b.then = payload.then;
      if (payload.redirect) b.redirect = payload.redirect;
      return { requests: b.requests };
    },
  };
}

export async function collectorMiddleware(ctx, next) {
  const match = /^\/collect\/([\w-]+)$/.exec(ctx.path);
  // A bin programmed with `redirect` { status, location } answers every request so, as a moved endpoint does.
  const moved = match && bins.get(match[1])?.redirect;
  if (moved) {
    bin(match[1]).requests.push({ method: ctx.method, status: moved.status, at: Date.now() });
    ctx.status = moved.status;
    ctx.set('location', moved.location);
    return;
  }
  if (!match || !['POST', 'OPTIONS'].includes(ctx.method)) return next();
  // CORS, for pages of another origin (a sandboxed frame's origin is "null").
  ctx.set('access-control-allow-origin', '*');
  if (ctx.method === 'OPTIONS') {
    ctx.set('access-control-allow-methods', 'POST');
    ctx.set('access-control-allow-headers', 'content-type, idempotency-key, x-api-key');
    ctx.status = 204;
    return;
  }
  const b = bin(match[1]);
  const arrived = b.arrivals++; // the order requests arrive in (they may finish in another)
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  let id = null;
  try {
    id = JSON.parse(Buffer.concat(chunks).toString()).id ?? null;
  } catch {
    /* recorded as id null */
  }
  const step = b.script.shift() ?? b.then;
  if (step.delay) await new Promise(resolve => setTimeout(resolve, step.delay));
  b.requests.push({
    id,
    arrived,
    status: step.status,
    key: ctx.get('idempotency-key'),
    type: ctx.get('content-type'),
    apiKey: ctx.get('x-api-key'),
    at: Date.now(),
  });
  ctx.status = step.status;
  for (const [name, value] of Object.entries(step.headers ?? {})) ctx.set(name, value);
  ctx.body = step.body ?? 'ok';
}

/**
 * GET /test/paged/<name>?cursor=<c>: the collector's paged reads (`{ items, next }`) from fixture files
 * test/fixtures/results/<name>-<c>.json; without a cursor, <name>-1.json.
 */
export async function pagedFixtureMiddleware(ctx, next) {
  const match = /^\/test\/paged\/([\w-]+)$/.exec(ctx.path);
  if (!match || ctx.method !== 'GET') return next();
  const cursor = /^[\w-]+$/.test(ctx.query.cursor ?? '') ? ctx.query.cursor : '1';
  const { readFile } = await import('node:fs/promises');
  try {
    ctx.body = await readFile(new URL(`../fixtures/results/${match[1]}-${cursor}.json`, import.meta.url), 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
  }
}

/**
 * GET /test/streamed/<element>: a page whose script tag is in <head> and whose body stops after a <masukan-survey> or
 * <masukan-kiosk> with inline JSON; the rest (and the end of the document) follows `?hold=<ms>` later (default
 * 3000), so a test can see what the element shows while the page is still loading.
 */
export async function streamedPageMiddleware(ctx, next) {
  const match = /^\/test\/streamed\/(masukan-survey|masukan-kiosk)$/.exec(ctx.path);
  if (!match || ctx.method !== 'GET') return next();
  const { PassThrough } = await import('node:stream');
  const tag = match[1];
  const file = tag === 'masukan-kiosk' ? 'masukan-kiosk.min.js' : 'masukan.min.js';
  const definition = {
    id: 'streamed',
    version: 1,
    title: 'Survei yang tampil sebelum halaman selesai',
    pages: [{ questions: [{ id: 'saran', type: 'textarea', label: 'Saran' }] }],
  };
  const body = new PassThrough();
  ctx.type = 'text/html';
  ctx.body = body;
  body.write(
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Streamed</title>` +
      `<script src="/dist/${file}"></script></head><body>` +
      `<${tag}><script type="application/json">${JSON.stringify(definition)}</script></${tag}>\n` +
      // Enough bytes that Chromium's parser does not wait for more before it parses what came.
      `<!--${' '.repeat(4096)}-->\n`,
  );
  const hold = Math.min(Number(ctx.query.hold) || 3000, 10000);
  const timer = setTimeout(() => body.end('<p id="end">Selesai</p></body></html>'), hold);
  ctx.req.on('close', () => clearTimeout(timer));
}

/**
 * GET /test/mirror/<tag>/<file>: dist/<file>, as if the script-tag files were copied to a folder of the site, and
 * /test/mirror/<tag>/page.html: test/bundle/on-demand.html, under CSP default-src 'self'. The server command
 * `mirror` { tag, block: [file, …] } makes files of that folder unreachable (the connection drops, as with a server
 * that is down) and back, so a test can take away a file that masukan.min.js fetches on demand. Each test uses its
 * own tag: the dev server lets the browser cache every file for a year.
 */
const mirrorBlocked = new Map();

export function mirrorPlugin() {
  return {
    name: 'mirror-command',
    executeCommand({ command, payload }) {
      if (command !== 'mirror') return undefined;
      mirrorBlocked.set(payload.tag, new Set(payload.block ?? []));
      return true;
    },
  };
}

export async function mirrorMiddleware(ctx, next) {
  const match = /^\/test\/mirror\/([\w-]+)\/([\w.-]+)$/.exec(ctx.path);
  if (!match || ctx.method !== 'GET') return next();
  const [, tag, file] = match;
  if (mirrorBlocked.get(tag)?.has(file)) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return;
  }
  const { readFile } = await import('node:fs/promises');
  const source = file === 'page.html' ? '../bundle/on-demand.html' : `../../dist/${file}`;
  try {
    ctx.body = await readFile(new URL(source, import.meta.url));
    ctx.type = file.split('.').pop();
    ctx.set('Content-Security-Policy', "default-src 'self'");
  } catch {
    ctx.status = 404;
  }
}
