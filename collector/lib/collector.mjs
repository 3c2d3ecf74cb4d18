// The collector's HTTP API, as a handler for any node:http server (see README, "The collector"):
//
//   POST /api/responses      one SurveyResponse (write key)   201 stored · 409 already stored · 400/413/415/422 refused
//   POST /api/import         an outbox export file (admin)    200 { stored, duplicates, conflicts, invalid }
//   GET  /api/responses      paged responses (admin)          { items, next }
//   GET  /api/texts          paged free-text answers (admin)  { items, next }
//   GET  /api/ikm            IKM tallies from SQL (admin)     { survey, group, from, to, total, groups }
//   GET  /api/export.csv     every response as CSV, streamed (admin)
//   GET  /api/health         200 when the database answers (no key: for load balancers)
//
// Nothing is acknowledged before PostgreSQL has committed it; a database that fails answers 503 + Retry-After.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { openDatabase, isDataError } from './database.mjs';
import { builtInSurveys, checkResponse, surveyRules } from './surveys.mjs';
import {
  GROUPS,
  createKey,
  decodeCursor,
  exportColumns,
  findKey,
  ikmTallies,
  readResponses,
  readState,
  readTexts,
  storeResponses,
  writeState,
} from './store.mjs';
import { csvLine } from './csv.mjs';
import { createRateLimiter } from './rate-limit.mjs';

/** Defaults of `createCollector` options. */
export const LIMITS = {
  /** Largest POST /api/responses body. */
  body: 64 * 1024,
  /** Largest POST /api/import body (an outbox export of a kiosk that was offline for weeks). */
  importBody: 16 * 1024 * 1024,
  /** Milliseconds a client may take to send its body before 408. */
  bodyTimeout: 10000,
  /** Requests per second per key (or per address without a key), and the burst allowed above that. */
  rate: 20,
  burst: 200,
  /** Largest page of GET /api/responses and /api/texts. */
  page: 1000,
};

class HttpError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * @typedef {object} CollectorOptions
 * @property {import('./database.mjs').Database} [db] an open database; otherwise `databaseUrl` or `dataDir` opens one
 * @property {string} [databaseUrl] postgres://… (PostgreSQL server through `pg`)
 * @property {string} [dataDir] PGlite data folder (default: in memory)
 * @property {boolean} [open] demo only: no keys for anything, any origin
 * @property {boolean} [publicWrites] POST /api/responses without a key (a public web form cannot keep one secret)
 * @property {string[]} [origins] origins allowed by CORS (`['*']` for any)
 * @property {object[]} [surveys] more survey definitions whose rating scales are enforced (the presets always are)
 * @property {string} [seed] a JSON array of responses loaded once into a new database (the demo data)
 * @property {Partial<typeof LIMITS>} [limits]
 * @property {(line: string) => void} [log]
 */

/** @param {CollectorOptions} [options] */
export async function createCollector(options = {}) {
  const log = options.log ?? (() => {});
  const limits = { ...LIMITS, ...options.limits };
  const ownDb = !options.db;
  const db = options.db ?? (await openDatabase({ url: options.databaseUrl, dir: options.dataDir, log }));
  const known = new Map([...builtInSurveys(), ...(options.surveys ?? []).map(surveyRules)].map(r => [r.id, r]));
  const open = !!options.open;
  const origins = new Set(open ? ['*'] : (options.origins ?? []));
  const limiter = createRateLimiter(limits.rate, limits.burst);
  const keys = new Map(); // secret → { key, at }: a short cache, so that each request does not look its key up

  if (options.seed) await seed(options.seed);

  async function seed(file) {
    const flag = `seed:${file.split(/[\\/]/).pop()}`;
    if (await readState(db, flag)) return;
    const list = JSON.parse(await readFile(file, 'utf8'));
    const checked = list.map(r => checkResponse(r, known)).filter(c => c.response);
    const outcomes = await storeResponses(
      db,
      checked.map(c => c.response),
      'demo-seed',
    );
    await writeState(db, flag, new Date().toISOString());
    log(`collector: seeded ${outcomes.filter(o => o === 'stored').length} demo responses from ${file}`);
  }

  // ------------------------------------------------------------------------------------------------------------
  // Access

  /** The caller's key (`{ name, role, survey }`), or an open-mode stand-in. Throws 401 for a missing/unknown key. */
  async function authenticate(req, { optional = false } = {}) {
    if (open) return { name: 'open', role: 'admin' };
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
    if (!match) {
      if (optional) return undefined;
      throw new HttpError(401, header ? 'Unknown key' : 'A key is required (Authorization: Bearer …)', {
        'www-authenticate': 'Bearer',
      });
    }
    const cached = keys.get(match[1]);
    let key = cached && Date.now() - cached.at < 30000 ? cached.key : undefined;
    if (!cached || key === undefined) {
      key = await findKey(db, match[1]).catch(unavailable);
      if (keys.size > 10000) keys.clear();
      keys.set(match[1], { key: key ?? null, at: Date.now() });
    }
    if (!key) throw new HttpError(401, 'Unknown key', { 'www-authenticate': 'Bearer' });
    return key;
  }

  const admin = key => {
    if (key.role !== 'admin') throw new HttpError(403, 'This needs an admin key; a write key may only send responses');
  };

  function limit(req, key) {
    // Per key; per address for requests without one (public writes, and everyone in open mode).
    const wait = limiter(key && !open ? `key:${key.name}` : `ip:${req.socket.remoteAddress}`);
    if (wait) throw new HttpError(429, 'Too many requests', { 'retry-after': String(Math.ceil(wait / 1000)) });
  }

  function unavailable(error) {
    log(`collector: database error: ${error.message}`);
    // Class 42 (a statement PostgreSQL cannot run) is a bug here, not an outage: no Retry-After.
    if (String(error?.code).startsWith('42')) throw new HttpError(500, 'Internal error');
    throw new HttpError(503, 'The database is unavailable; nothing was stored. Try again later.', {
      'retry-after': '30',
    });
  }

  // ------------------------------------------------------------------------------------------------------------
  // Bodies

  /** Reads a JSON body: checks type and size, decodes strict UTF-8, within the body timeout. */
  async function readJson(req, max) {
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
      throw new HttpError(415, 'Content-Type must be application/json');
    if (Number(req.headers['content-length']) > max) throw new HttpError(413, `Body larger than ${max} bytes`);
    const chunks = [];
    let size = 0;
    let timer;
    try {
      await new Promise((resolve, reject) => {
        timer = setTimeout(() => reject(new HttpError(408, 'The body took too long to arrive')), limits.bodyTimeout);
        req.on('data', chunk => {
          size += chunk.length;
          if (size > max) reject(new HttpError(413, `Body larger than ${max} bytes`));
          else chunks.push(chunk);
        });
        req.once('end', resolve);
        req.once('error', () => reject(new HttpError(400, 'The body was cut off')));
        req.once('close', () => reject(new HttpError(400, 'The body was cut off')));
      });
    } finally {
      clearTimeout(timer);
    }
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      throw new HttpError(400, 'Body is not valid UTF-8');
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new HttpError(400, `Body is not JSON: ${error.message}`);
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Routes

  async function postResponse(req, res) {
    const key = await authenticate(req, { optional: !!options.publicWrites });
    limit(req, key);
    const body = await readJson(req, limits.body);
    const checked = checkResponse(body, known);
    if (!checked.response) throw new HttpError(checked.status, checked.error);
    const { response } = checked;
    const idempotencyKey = req.headers['idempotency-key'];
    if (idempotencyKey !== undefined && idempotencyKey.toLowerCase() !== response.id.toLowerCase())
      throw new HttpError(400, 'Idempotency-Key does not match the response id');
    if (key?.survey && key.survey !== response.surveyId)
      throw new HttpError(403, `This key may only send responses of survey "${key.survey}"`);
    const [outcome] = await storeResponses(db, [response], key?.name ?? 'public').catch(storeFailed);
    if (outcome === 'conflict') log(`collector: conflict: id ${response.id} arrived again with a different body`);
    if (outcome === 'stored') return send(res, 201, { id: response.id, status: 'stored' });
    send(res, 409, {
      id: response.id,
      status: outcome,
      ...(outcome === 'conflict' && { error: 'This id is already stored with a different body; nothing changed' }),
    });
  }

  function storeFailed(error) {
    if (error instanceof HttpError) throw error;
    if (isDataError(error)) throw new HttpError(422, `The database refused a value: ${error.message}`);
    return unavailable(error);
  }

  /** Imports a kiosk's outbox export (`{ pending: [{ response }], failed: [...] }`) or a plain array of responses. */
  async function importFile(body, source) {
    const isExport = Array.isArray(body?.pending) && (body.failed === undefined || Array.isArray(body.failed));
    if (!Array.isArray(body) && !isExport)
      throw new HttpError(
        400,
        'Expected an outbox export ({ pending: [...], failed: [...] }) or an array of responses',
      );
    const entries = Array.isArray(body) ? body : [...body.pending, ...(body.failed ?? [])];
    const responses = [];
    const invalid = [];
    entries.forEach((entry, index) => {
      const candidate = Array.isArray(body) ? entry : entry?.response;
      const checked = checkResponse(candidate, known);
      if (checked.response) responses.push(checked.response);
      else invalid.push({ index, id: candidate?.id ?? null, status: checked.status, error: checked.error });
    });
    const outcomes = [];
    for (let i = 0; i < responses.length; i += 500)
      outcomes.push(...(await storeResponses(db, responses.slice(i, i + 500), source).catch(storeFailed)));
    const count = what => outcomes.filter(o => o === what).length;
    return { stored: count('stored'), duplicates: count('duplicate'), conflicts: count('conflict'), invalid };
  }

  async function postImport(req, res) {
    const key = await authenticate(req);
    admin(key);
    limit(req, key);
    const body = await readJson(req, limits.importBody);
    send(res, 200, await importFile(body, `import:${key.name}`));
  }

  /** The common read filters, checked. */
  function filters(url, { survey = false } = {}) {
    const p = url.searchParams;
    const tz = p.get('tz') ?? 'Asia/Jakarta';
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
    } catch {
      throw new HttpError(400, `tz: unknown time zone ${JSON.stringify(tz)}`);
    }
    const f = { tz };
    const s = p.get('survey');
    if (s) f.survey = s;
    else if (survey) throw new HttpError(400, 'survey: required (for example survey=skm)');
    for (const bound of ['from', 'to']) {
      const value = p.get(bound);
      if (!value) continue;
      const date = /^\d{4}-\d\d-\d\d$/.test(value);
      const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/.test(value);
      if (!(date || instant) || !Number.isFinite(Date.parse(value)))
        throw new HttpError(400, `${bound}: expected a date (2026-01-01) or an ISO date-time with Z or an offset`);
      f[bound] = value;
    }
    return f;
  }

  function page(url, parts) {
    const p = url.searchParams;
    const limitText = p.get('limit') ?? '100';
    const n = Number(limitText);
    if (!/^\d+$/.test(limitText) || n < 1 || n > limits.page)
      throw new HttpError(400, `limit: expected a whole number from 1 to ${limits.page}`);
    const text = p.get('cursor');
    const cursor = text ? decodeCursor(text, parts) : undefined;
    if (text && !cursor) throw new HttpError(400, 'cursor: not a cursor this collector gave out');
    return { cursor, limit: n };
  }

  const read = async (req, res, url, work) => {
    const key = await authenticate(req);
    admin(key);
    limit(req, key);
    const result = await work().catch(error => {
      if (error instanceof HttpError) throw error;
      if (isDataError(error)) throw new HttpError(400, error.message);
      return unavailable(error);
    });
    if (res.headersSent) return;
    send(res, 200, result, { 'cache-control': 'no-store' });
  };

  const routes = {
    'POST /api/responses': postResponse,
    'POST /api/import': postImport,
    'GET /api/responses': (req, res, url) => read(req, res, url, () => readResponses(db, filters(url), page(url, 2))),
    'GET /api/texts': (req, res, url) =>
      read(req, res, url, () => {
        const f = filters(url);
        const service = url.searchParams.get('service');
        if (service !== null) f.service = service;
        const asked = url.searchParams
          .getAll('question')
          .flatMap(q => q.split(','))
          .filter(Boolean);
        const questions = asked.length ? asked : known.get(f.survey)?.texts;
        if (!questions)
          throw new HttpError(400, 'question: name the text questions (question=saran), or give a known survey');
        return readTexts(db, f, { questions, q: url.searchParams.get('q') || undefined, ...page(url, 3) });
      }),
    'GET /api/ikm': (req, res, url) =>
      read(req, res, url, async () => {
        const f = { ...filters(url), survey: url.searchParams.get('survey') || 'skm' };
        const group = url.searchParams.get('group') || undefined;
        if (group && !Object.hasOwn(GROUPS, group))
          throw new HttpError(400, `group: one of ${Object.keys(GROUPS).join(', ')}`);
        const tallies = await ikmTallies(db, f, group);
        return { survey: f.survey, group: group ?? null, from: f.from ?? null, to: f.to ?? null, tz: f.tz, ...tallies };
      }),
    'GET /api/export.csv': exportCsv,
    'GET /api/health': async (req, res) => {
      await db.query('SELECT 1').catch(unavailable);
      send(res, 200, { status: 'ok', database: db.kind }, { 'cache-control': 'no-store' });
    },
  };

  /** Streams the responses as CSV, page by page, so that memory stays flat however many there are. */
  async function exportCsv(req, res, url) {
    const key = await authenticate(req);
    admin(key);
    limit(req, key);
    const f = filters(url);
    const separator = url.searchParams.get('sep') === ';' ? ';' : ',';
    const columns = await exportColumns(db, f).catch(unavailable);
    const order = known.get(f.survey)?.order ?? [];
    const answers = [
      ...order.filter(id => columns.answers.includes(id)),
      ...columns.answers.filter(id => !order.includes(id)),
    ];
    const head = ['id', 'surveyId', 'surveyVersion', 'submittedAt', 'receivedAt', 'lang'];
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="masukan-${f.survey ?? 'responses'}.csv"`,
      'cache-control': 'no-store',
    });
    res.write('\uFEFF' + csvLine([...head, ...columns.context.map(k => `context.${k}`), ...answers], separator));
    let cursor;
    do {
      let result;
      try {
        result = await readResponses(db, f, { cursor, limit: 1000 });
      } catch (error) {
        log(`collector: export stopped: ${error.message}`);
        return res.destroy(); // a cut-off download, never a silently short file
      }
      const lines = result.items.map(r =>
        csvLine(
          [
            r.id,
            r.surveyId,
            r.surveyVersion,
            r.submittedAt,
            r.receivedAt,
            r.lang,
            ...columns.context.map(k => r.context[k]),
            ...answers.map(k => r.answers[k]),
          ],
          separator,
        ),
      );
      if (!res.write(lines.join(''))) await new Promise(resolve => res.once('drain', resolve));
      cursor = result.next && decodeCursor(result.next, 2);
    } while (cursor && !res.destroyed);
    res.end();
  }

  // ------------------------------------------------------------------------------------------------------------
  // HTTP

  function send(res, status, body, headers = {}) {
    if (res.headersSent) return void res.end();
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  /** CORS: the allowlist answers with the origin; any other origin gets no CORS headers and a 403. */
  function cors(req, res) {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (!origins.has('*') && !origins.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origins.has('*') ? '*' : origin);
    res.setHeader('access-control-expose-headers', 'Retry-After');
    res.setHeader('vary', 'Origin');
    return true;
  }

  function preflight(req, res) {
    const requested = req.headers['access-control-request-headers'] ?? '';
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': /^[\w-]+(\s*,\s*[\w-]+)*$/.test(requested)
        ? requested
        : 'authorization, content-type, idempotency-key',
      'access-control-max-age': '86400',
    });
    res.end();
  }

  return {
    db,
    /** Imports an outbox export (parsed JSON) with `source` recorded on each stored response. */
    importFile,
    /** Creates a key (see store.createKey) and returns it. */
    createKey: key => createKey(db, key),
    /** Handles /api/…; returns false for any other path (so a server can serve its own files next to it). */
    handle(req, res) {
      let url;
      try {
        url = new URL(req.url ?? '/', 'http://collector.invalid');
      } catch {
        send(res, 400, { error: 'Malformed request target' }, { connection: 'close' });
        return true;
      }
      if (!url.pathname.startsWith('/api/')) return false;
      if (!cors(req, res)) {
        send(res, 403, { error: 'Origin not allowed' });
        return true;
      }
      if (req.method === 'OPTIONS') {
        preflight(req, res);
        return true;
      }
      const method = req.method === 'HEAD' ? 'GET' : req.method;
      const route = routes[`${method} ${url.pathname}`];
      if (!route) {
        const known = Object.keys(routes).filter(r => r.endsWith(` ${url.pathname}`));
        if (known.length)
          send(
            res,
            405,
            { error: `Use ${known.map(r => r.split(' ')[0]).join(' or ')}` },
            {
              allow: [...known.map(r => r.split(' ')[0]), 'OPTIONS'].join(', '),
            },
          );
        else send(res, 404, { error: 'Not found' });
        return true;
      }
      route(req, res, url).catch(error => {
        if (error instanceof HttpError) {
          // Unread bodies (refused before reading, too large, too slow) end the connection, not the server.
          const unread = !req.readableEnded;
          send(
            res,
            error.status,
            { error: error.message },
            { ...error.headers, ...(unread && { connection: 'close' }) },
          );
          if (unread) res.once('finish', () => req.destroy());
        } else {
          log(`collector: ${error.stack}`);
          send(res, 500, { error: 'Internal error' });
        }
      });
      return true;
    },
    async close() {
      if (ownDb) await db.close();
    },
  };
}

/**
 * A node:http server for the collector alone, hardened against slow and malformed clients. Resolves once listening.
 * @param {Awaited<ReturnType<typeof createCollector>>} collector
 */
export async function listen(collector, { port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    if (!collector.handle(req, res)) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      res.end('{"error":"Not found"}');
    }
  });
  harden(server);
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return server;
}

/** Timeouts for slow clients, and a plain 400 (never a crash) for requests the HTTP parser rejects. */
export function harden(server) {
  server.headersTimeout = 15000;
  server.requestTimeout = 60000;
  server.on('clientError', (error, socket) => {
    if (socket.writable && !socket.destroyed)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return server;
}
