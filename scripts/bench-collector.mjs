// `npm run bench:collector`: figures for the collector, not assertions.
//   1. Ingest: POST /api/responses with 16 requests in flight, on PGlite and on a PostgreSQL server (a throwaway
//      cluster with PostgreSQL's default durability): responses per second, p50 and p95 latency.
//   2. IKM over 1,000,000 synthetic SKM responses grouped by service, on PostgreSQL: GET /api/ikm (tallies in SQL)
//      against downloading every response through GET /api/responses and running computeIkm in Node, overall and
//      per service.
// Options: --ingest=3000 (POSTs per engine), --rows=1000000, --pglite-aggregate (also the aggregate on PGlite: slow).
// Everything runs on loopback; the cluster and its data are removed at the end.
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { computeIkm, ikmFromTallies, serviceOf } from 'masukan/ikm';
import { SKM_ELEMENTS } from 'masukan/presets';
import { createCollector, listen, openDatabase } from 'masukan-collector';
import { startPostgres } from '../test/helpers/postgres.mjs';

const { values } = parseArgs({
  options: {
    ingest: { type: 'string', default: '3000' },
    rows: { type: 'string', default: '1000000' },
    'pglite-aggregate': { type: 'boolean', default: false },
  },
});
const INGEST = Number(values.ingest);
const ROWS = Number(values.rows);
const CONCURRENCY = 16;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = n => `${n.toFixed(1)} ms`;
const mb = bytes => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A collector on a free port with one admin key (it may write too) and no rate limit to speak of. */
async function serve(db) {
  const collector = await createCollector({ db, limits: { rate: 1000000, burst: 1000000 } });
  const server = await listen(collector);
  const key = await collector.createKey({ name: `bench-${Date.now()}`, role: 'admin' });
  return { base: `http://127.0.0.1:${server.address().port}`, key, close: () => server.close() };
}

function post(agent, url, body, key) {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    });
    req.on('response', res => res.resume().on('end', () => resolve(res.statusCode)));
    req.on('error', reject);
    req.end(body);
  });
}

async function ingest(name, db) {
  const { base, key, close } = await serve(db);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const bodies = Array.from({ length: INGEST }, (_, i) =>
    JSON.stringify({
      id: crypto.randomUUID(),
      surveyId: 'skm',
      surveyVersion: '2017.1',
      submittedAt: new Date().toISOString(),
      lang: 'id',
      context: { service: ['ktp', 'kk', 'nib'][i % 3], counter: 'loket-1' },
      answers: { ...Object.fromEntries(SKM_ELEMENTS.map((e, j) => [e, 1 + ((i + j) % 4)])), saran: 'Pelayanan cepat' },
    }),
  );
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const t = performance.now();
        const status = await post(agent, `${base}/api/responses`, body, key);
        if (status !== 201) throw new Error(`POST answered ${status}`);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  close();
  latencies.sort((a, b) => a - b);
  console.log(
    `ingest ${name.padEnd(10)} ${INGEST} POSTs, ${CONCURRENCY} in flight: ${Math.round(INGEST / seconds)} responses/s, ` +
      `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
  );
}

/** Bulk-loads synthetic SKM responses in SQL (INSERT … SELECT over generate_series, 100,000 rows a statement). */
async function load(db, rows) {
  const services = ['ktp', 'kk', 'akta_kelahiran', 'nib', 'pbg', 'skck', 'paspor', 'sim'];
  const score = `1 + floor(random() * 4)::int`;
  const started = performance.now();
  await db.query('SELECT setseed(0.2026)');
  for (let done = 0; done < rows; done += 100000) {
    await db.query(
      `INSERT INTO responses (id, survey_id, survey_version, submitted_at, lang, context, answers, source)
       SELECT gen_random_uuid(), 'skm', '"2017.1"',
              timestamptz '2026-01-01 00:00+07' + random() * interval '365 days', 'id',
              jsonb_build_object('service', (ARRAY[${services.map(s => `'${s}'`).join(',')}])[1 + floor(random() * ${services.length})::int],
                                 'counter', 'loket-' || (1 + floor(random() * 4)::int)),
              jsonb_build_object(${SKM_ELEMENTS.map(e => `'${e}', ${score}`).join(', ')}),
              'bench'
       FROM generate_series(1, ${Math.min(100000, rows - done)})`,
    );
    process.stdout.write(`\r  loaded ${(done + Math.min(100000, rows - done)).toLocaleString('en')} rows`);
  }
  await db.query('ANALYZE responses');
  const { rows: size } = await db.query(`SELECT pg_total_relation_size('responses')::float8 AS bytes`);
  console.log(` in ${((performance.now() - started) / 1000).toFixed(1)} s (table and indexes: ${mb(size[0].bytes)})`);
}

async function aggregate(name, db) {
  console.log(`aggregate ${name}: ${ROWS.toLocaleString('en')} responses`);
  await load(db, ROWS);
  const { base, key, close } = await serve(db);
  const auth = { headers: { authorization: `Bearer ${key}` } };

  const sqlTimes = [];
  let tallies;
  let tallyBytes;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const res = await fetch(`${base}/api/ikm?survey=skm&group=service`, auth);
    const text = await res.text();
    sqlTimes.push(performance.now() - t);
    tallyBytes = Buffer.byteLength(text);
    tallies = JSON.parse(text);
  }
  sqlTimes.sort((a, b) => a - b);
  console.log(`  GET /api/ikm?group=service (SQL tallies): median of 3 ${ms(sqlTimes[1])}, ${tallyBytes} bytes`);

  const t = performance.now();
  const all = [];
  let bytes = 0;
  let cursor = null;
  do {
    const res = await fetch(`${base}/api/responses?survey=skm&limit=1000${cursor ? `&cursor=${cursor}` : ''}`, auth);
    const text = await res.text();
    bytes += Buffer.byteLength(text);
    const page = JSON.parse(text);
    for (const item of page.items) all.push(item);
    cursor = page.next;
  } while (cursor);
  const downloaded = performance.now() - t;
  const c = performance.now();
  const total = computeIkm(all);
  // Grouped here in one pass (computeIkmBy on main copies each group's list per row: quadratic over a million).
  const byService = new Map();
  for (const r of all) {
    const key = serviceOf(r);
    if (!byService.has(key)) byService.set(key, []);
    byService.get(key).push(r);
  }
  const groups = [...byService].map(([key, list]) => ({ key, result: computeIkm(list) }));
  const computed = performance.now() - c;
  console.log(
    `  download ${all.length.toLocaleString('en')} responses (${mb(bytes)} of JSON, 1,000 a page): ${ms(downloaded)}; ` +
      `computeIkm overall and per service: ${ms(computed)}; heap ${mb(process.memoryUsage().heapUsed)}`,
  );
  console.log(
    `  SQL tallies are ${Math.round((downloaded + computed) / sqlTimes[1])}× faster; IKM ${ikmFromTallies(tallies.total).nikText}`,
  );
  // Equal: the SQL tallies through ikmFromTallies give the IKM computeIkm gives from the downloaded responses.
  const ikm = ({ ignored, issues, ...rest }) => JSON.stringify(rest);
  const fromSql = new Map(tallies.groups.map(g => [g.key, ikm(ikmFromTallies(g))]));
  const same =
    ikm(ikmFromTallies(tallies.total)) === ikm(total) &&
    fromSql.size === groups.length &&
    groups.every(g => fromSql.get(g.key) === ikm(g.result));
  console.log(
    `  ikmFromTallies(SQL tallies) equals computeIkm(downloaded responses), overall and per service: ${same}`,
  );
  close();
  all.length = 0;
  if (!same) process.exitCode = 1;
}

const pg = await startPostgres();
try {
  const pglite = await openDatabase();
  await ingest('PGlite', pglite);
  const server = await openDatabase({ url: await pg.createDatabase() });
  await ingest('PostgreSQL', server);
  await server.query('TRUNCATE responses');
  await aggregate('PostgreSQL', server);
  await server.close();
  if (values['pglite-aggregate']) {
    await pglite.query('TRUNCATE responses');
    await aggregate('PGlite', pglite);
  }
  await pglite.close();
} finally {
  await pg.stop();
}
