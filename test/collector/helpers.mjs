// Shared pieces of the collector tests: both engines (PGlite in memory, a throwaway PostgreSQL server), a collector
// on a free loopback port, and SKM responses.
import { connect } from 'node:net';
import { openDatabase, createCollector, listen } from 'masukan-collector';
import { SKM_ELEMENTS } from 'masukan/presets';
import { startPostgres } from '../helpers/postgres.mjs';

let server;
/** The PostgreSQL server of this test file, started on first use and removed when the process exits. */
export function postgres() {
  server ??= startPostgres({ fsync: false });
  return server;
}

/** Each engine opens a new, empty database. */
export const engines = {
  pglite: () => openDatabase(),
  postgres: async () => openDatabase({ url: await (await postgres()).createDatabase() }),
};

/** A collector on a free loopback port, with helpers for requests. `stop()` closes it (and its database). */
export async function start(options) {
  const lines = [];
  const collector = await createCollector({ log: line => lines.push(line), ...options });
  const server = await listen(collector);
  const base = `http://127.0.0.1:${server.address().port}`;
  const request = (path, { key, headers, ...init } = {}) =>
    fetch(base + path, {
      ...init,
      headers: { ...(key && { authorization: `Bearer ${key}` }), ...headers },
    });
  const post = (body, { key, headers, path = '/api/responses' } = {}) =>
    request(path, {
      method: 'POST',
      key,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  const get = async (path, key) => {
    const res = await request(path, { key });
    return { status: res.status, body: await res.json() };
  };
  const count = async () => (await collector.db.query('SELECT count(*)::int AS n FROM responses')).rows[0].n;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    await collector.close();
  };
  return { collector, server, base, lines, request, post, get, count, stop, port: server.address().port };
}

/** Sends raw bytes on a new connection and resolves with everything the server answered before closing. */
export function raw(port, text) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', chunk => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(10000, () => (socket.destroy(), resolve(answer)));
  });
}

/** A seeded PRNG (mulberry32), so that generated data is the same in every run. */
export function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An SKM response with all nine elements scored (or `scores` / `answers` given). */
export function skmResponse({ scores, answers, context = { service: 'ktp' }, submittedAt, id } = {}) {
  return {
    id: id ?? crypto.randomUUID(),
    surveyId: 'skm',
    surveyVersion: '2017.1',
    submittedAt: submittedAt ?? new Date().toISOString(),
    lang: 'id',
    context,
    answers: answers ?? Object.fromEntries(SKM_ELEMENTS.map((e, i) => [e, scores?.[i] ?? 3])),
  };
}

/** Random SKM responses over one year (Asia/Jakarta) across services, some elements left out, some texts. */
export function randomResponses(count, seed = 1, year = 2026) {
  const random = prng(seed);
  const services = ['ktp', 'kk', 'nib', 'skck', '10', '9'];
  return Array.from({ length: count }, () => {
    const answers = {};
    for (const e of SKM_ELEMENTS) if (random() > 0.08) answers[e] = 1 + Math.floor(random() * 4);
    if (random() < 0.3) answers.saran = random() < 0.5 ? 'Antrean terlalu lama' : 'Petugas ramah';
    const service = services[Math.floor(random() * services.length)];
    const inContext = random() < 0.7;
    if (!inContext && random() < 0.8) answers.jenis_layanan = service;
    const at = Date.UTC(year, 0, 1) - 7 * 3600 * 1000 + Math.floor(random() * 365 * 86400 * 1000);
    return skmResponse({
      answers,
      context: inContext ? { service, counter: `loket-${1 + Math.floor(random() * 3)}` } : {},
      submittedAt: new Date(at).toISOString(),
    });
  });
}
