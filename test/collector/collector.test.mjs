// The collector over real HTTP on loopback, against both engines: PGlite (embedded) and a PostgreSQL server.
// Run by `npm test` (needs `npm run build` for the widget package it imports): node --test test/collector/
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { computeIkm, computeIkmBy, ikmFromTallies, periodKey, tallyOf } from 'masukan/ikm';
import { SKM_ELEMENTS } from 'masukan/presets';
import { openDatabase } from 'masukan-collector';
import { engines, postgres, start, raw, skmResponse, randomResponses } from './helpers.mjs';

for (const [engine, openDb] of Object.entries(engines)) {
  describe(`collector on ${engine}`, () => {
    let c, db, writeKey, adminKey, ktpKey;
    before(async () => {
      db = await openDb();
      c = await start({
        db,
        limits: { rate: 10000, burst: 10000, bodyTimeout: 500 },
        origins: ['https://dinas.example.go.id'],
      });
      writeKey = await c.collector.createKey({ name: 'kiosk-1', role: 'write' });
      adminKey = await c.collector.createKey({ name: 'office', role: 'admin' });
      ktpKey = await c.collector.createKey({ name: 'web-konsultasi', role: 'write', survey: 'konsultasi' });
    });
    after(async () => {
      await c.stop();
      await db.close();
    });

    it('stores a response once: 201, then 409 for the same id; a different body is a logged conflict, never stored', async () => {
      const r = skmResponse();
      const first = await c.post(r, { key: writeKey, headers: { 'idempotency-key': r.id } });
      assert.equal(first.status, 201);
      assert.deepEqual(await first.json(), { id: r.id, status: 'stored' });
      const again = await c.post(r, { key: writeKey });
      assert.equal(again.status, 409);
      assert.equal((await again.json()).status, 'duplicate');

      const changed = { ...r, answers: { ...r.answers, waktu: 1 } };
      const conflict = await c.post(changed, { key: writeKey });
      assert.equal(conflict.status, 409);
      assert.equal((await conflict.json()).status, 'conflict');
      assert.ok(c.lines.some(l => l.includes(`conflict: id ${r.id}`)));
      const { rows } = await db.query('SELECT body FROM response_conflicts WHERE response_id = $1', [r.id]);
      assert.deepEqual(
        rows.map(row => row.body),
        [changed],
      );

      const { body } = await c.get(`/api/responses?survey=skm&limit=1000`, adminKey);
      const stored = body.items.filter(item => item.id === r.id);
      assert.equal(stored.length, 1);
      const { receivedAt, ...response } = stored[0];
      assert.deepEqual(response, r, 'the first body stays');
      assert.ok(Date.parse(receivedAt) >= Date.parse(r.submittedAt));
    });

    it('keys: a missing or unknown key is 401, reading with a write key 403, a survey-bound key only sends its survey', async () => {
      const r = skmResponse();
      const none = await c.post(r);
      assert.equal(none.status, 401);
      assert.equal(none.headers.get('www-authenticate'), 'Bearer');
      assert.equal((await c.post(r, { key: 'mk_not-a-key-at-all' })).status, 401);
      for (const path of ['/api/responses', '/api/ikm', '/api/texts?survey=skm', '/api/export.csv']) {
        assert.equal((await c.request(path)).status, 401, path);
        assert.equal((await c.request(path, { key: writeKey })).status, 403, path);
        assert.equal((await c.request(path, { key: adminKey })).status, 200, path);
      }
      assert.equal((await c.post(r, { key: ktpKey })).status, 403);
      assert.equal((await c.post(r, { key: adminKey })).status, 201, 'an admin key may also write');
      assert.equal((await c.post(r, { path: '/api/import', key: writeKey })).status, 403);
    });

    it('refuses bad input with a clear 4xx, stores nothing, and keeps serving', async () => {
      const before = await c.count();
      const expect = async (res, status, pattern) => {
        assert.equal(res.status, status);
        assert.match((await res.json()).error, pattern);
      };
      await expect(await c.post('{"id": ', { key: writeKey }), 400, /^Body is not JSON/);
      await expect(
        await c.post(JSON.stringify(skmResponse()), { key: writeKey, headers: { 'content-type': 'text/plain' } }),
        415,
        /application\/json/,
      );
      const big = skmResponse({ answers: { saran: 'x'.repeat(70 * 1024) } });
      await expect(await c.post(big, { key: writeKey }), 413, /larger than 65536/);
      await expect(await c.post(Buffer.from('{"id":"\xff\xfe"}', 'latin1'), { key: writeKey }), 400, /not valid UTF-8/);
      await expect(await c.post({ ...skmResponse(), ip: '10.0.0.1' }, { key: writeKey }), 400, /Unrecognized key|ip/);
      await expect(await c.post(skmResponse({ id: 'seed-0001-abcdef' }), { key: writeKey }), 400, /UUID/);
      await expect(await c.post(skmResponse({ answers: { saran: 'a\u0000b' } }), { key: writeKey }), 400, /NUL/);
      const r = skmResponse();
      await expect(
        await c.post(r, { key: writeKey, headers: { 'idempotency-key': crypto.randomUUID() } }),
        400,
        /Idempotency-Key/,
      );
      const { lang, ...noLang } = skmResponse();
      await expect(await c.post(noLang, { key: writeKey }), 400, /lang/);

      // A body that never finishes: 408 after the body timeout (500 ms here), the connection closed.
      const slow = await raw(
        c.port,
        `POST /api/responses HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${writeKey}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id":`,
      );
      assert.match(slow, /^HTTP\/1\.1 408/);
      // Chunked, growing past the limit without a Content-Length.
      const chunked = await raw(
        c.port,
        `POST /api/responses HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${writeKey}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
          `10000\r\n${'x'.repeat(0x10000)}\r\n10\r\n${'x'.repeat(16)}\r\n0\r\n\r\n`,
      );
      assert.match(chunked, /^HTTP\/1\.1 413/);
      // A request line whose target is not a URL (it used to kill the process).
      assert.match(await raw(c.port, 'GET http://[/ HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400/);
      assert.match(await raw(c.port, 'NOT A REQUEST\r\n\r\n'), /^HTTP\/1\.1 400/);

      assert.equal(await c.count(), before, 'nothing stored');
      assert.equal((await c.post(skmResponse(), { key: writeKey })).status, 201, 'still serving');
    });

    it('refuses answers outside the SKM scale with 422 (7, "4", 2.5, 0)', async () => {
      for (const bad of [7, '4', 2.5, 0]) {
        const res = await c.post(skmResponse({ answers: { persyaratan: 3, waktu: bad } }), { key: writeKey });
        assert.equal(res.status, 422, `waktu ${JSON.stringify(bad)}`);
        assert.match((await res.json()).error, /answers\.waktu: .* not on the scale of survey "skm" \(1, 2, 3, 4\)/);
      }
      const other = { ...skmResponse({ answers: { waktu: 7 } }), surveyId: 'own-survey' };
      assert.equal((await c.post(other, { key: writeKey })).status, 201, 'unknown surveys are stored as they are');
    });

    it('answers 503 and stores nothing when the database cannot write, then stores the retry', async () => {
      // A real write failure inside PostgreSQL: a trigger that raises disk_full (SQLSTATE 53100) on every insert.
      await db.exec(`
        CREATE FUNCTION masukan_test_full() RETURNS trigger LANGUAGE plpgsql AS
          'BEGIN RAISE EXCEPTION ''could not extend file: No space left on device'' USING ERRCODE = ''disk_full''; END';
        CREATE TRIGGER masukan_test_full BEFORE INSERT ON responses FOR EACH ROW EXECUTE FUNCTION masukan_test_full()`);
      const r = skmResponse();
      try {
        const statuses = await Promise.all([1, 2, 3].map(() => c.post(r, { key: writeKey }).then(res => res)));
        for (const res of statuses) {
          assert.equal(res.status, 503);
          assert.equal(res.headers.get('retry-after'), '30');
          assert.doesNotMatch(await res.text(), /at \w+ \(|\.mjs/, 'no stack trace');
        }
      } finally {
        await db.exec('DROP TRIGGER masukan_test_full ON responses; DROP FUNCTION masukan_test_full()');
      }
      const { rows } = await db.query('SELECT count(*)::int AS n FROM responses WHERE id = $1', [r.id]);
      assert.equal(rows[0].n, 0);
      // After the failure, concurrent copies of that id are still stored once.
      const statuses = await Promise.all(
        Array.from({ length: 10 }, () => c.post(r, { key: writeKey }).then(res => res.status)),
      );
      assert.deepEqual(statuses.sort(), [201, ...Array(9).fill(409)]);
    });

    it('CORS: allowlisted origins get their origin back, others a 403 without CORS headers', async () => {
      const allowed = 'https://dinas.example.go.id';
      const preflight = await c.request('/api/responses', {
        method: 'OPTIONS',
        headers: {
          origin: allowed,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), allowed);
      assert.match(preflight.headers.get('access-control-allow-headers'), /idempotency-key/);
      const ok = await c.post(skmResponse(), { key: writeKey, headers: { origin: allowed } });
      assert.equal(ok.status, 201);
      assert.equal(ok.headers.get('access-control-allow-origin'), allowed);
      assert.equal(ok.headers.get('access-control-expose-headers'), 'Retry-After');
      const read = await c.request('/api/responses', { key: adminKey, headers: { origin: 'https://evil.example' } });
      assert.equal(read.status, 403);
      assert.equal(read.headers.get('access-control-allow-origin'), null);
    });

    it('pages through responses with a cursor, filtered by survey and period', async () => {
      const survey = `paged-${engine}`;
      const list = randomResponses(25, 7).map(r => ({ ...r, surveyId: survey }));
      for (const r of list) assert.equal((await c.post(r, { key: writeKey })).status, 201);
      const seen = [];
      let next = null;
      let pages = 0;
      do {
        const { status, body } = await c.get(
          `/api/responses?survey=${survey}&limit=10${next ? `&cursor=${next}` : ''}`,
          adminKey,
        );
        assert.equal(status, 200);
        seen.push(...body.items.map(({ receivedAt, ...r }) => r));
        next = body.next;
        pages++;
      } while (next);
      assert.equal(pages, 3);
      const oldestFirst = [...list].sort(
        (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id),
      );
      assert.deepEqual(seen, oldestFirst);

      const from = '2026-04-01';
      const to = '2026-07-01T00:00:00+07:00';
      const { body } = await c.get(
        `/api/responses?survey=${survey}&from=${from}&to=${encodeURIComponent(to)}&limit=1000`,
        adminKey,
      );
      const inQ2 = oldestFirst.filter(r => periodKey(r.submittedAt, 'quarter') === '2026-Q2');
      assert.deepEqual(
        body.items.map(r => r.id),
        inQ2.map(r => r.id),
        'from is inclusive, to exclusive, dates are midnight in Asia/Jakarta',
      );

      for (const bad of ['limit=0', 'limit=5000', 'cursor=nonsense', 'from=yesterday', 'tz=Mars/Base'])
        assert.equal((await c.get(`/api/responses?${bad}`, adminKey)).status, 400, bad);
    });

    it('pages through free-text answers, filtered by service and words', async () => {
      const list = [
        skmResponse({ answers: { waktu: 2, saran: 'Antrean terlalu lama' }, context: { service: 'kk' } }),
        skmResponse({ answers: { waktu: 4, saran: 'Petugas ramah' }, context: { service: 'kk' } }),
        skmResponse({ answers: { waktu: 1, perbaikan: 'antrean', saran: 'Lama sekali' }, context: { service: 'nib' } }),
        skmResponse({ answers: { waktu: 3, saran: '' }, context: { service: 'kk' } }),
      ].map((r, i) => ({ ...r, submittedAt: `2025-01-0${i + 1}T01:00:00.000Z` }));
      for (const r of list) assert.equal((await c.post(r, { key: writeKey })).status, 201);
      const range = 'from=2025-01-01&to=2025-02-01';
      const { body } = await c.get(`/api/texts?survey=skm&${range}&q=ANTREAN`, adminKey);
      assert.deepEqual(body.items, [
        {
          id: list[0].id,
          submittedAt: list[0].submittedAt,
          service: 'kk',
          question: 'saran',
          text: 'Antrean terlalu lama',
          ratings: { waktu: 2 },
        },
        {
          id: list[2].id,
          submittedAt: list[2].submittedAt,
          service: 'nib',
          question: 'perbaikan',
          text: 'antrean',
          ratings: { waktu: 1 },
        },
      ]);
      const kk = await c.get(`/api/texts?survey=skm&${range}&service=kk&limit=1`, adminKey);
      assert.equal(kk.body.items[0].text, 'Antrean terlalu lama');
      const second = await c.get(`/api/texts?survey=skm&${range}&service=kk&limit=1&cursor=${kk.body.next}`, adminKey);
      assert.deepEqual(
        second.body.items.map(t => t.text),
        ['Petugas ramah'],
      );
      assert.equal(second.body.next, null, 'empty texts are left out');
      assert.equal((await c.get('/api/texts?survey=not-known', adminKey)).status, 400);
    });

    it('GET /api/ikm: SQL tallies per group equal computeIkm over the same responses', async () => {
      const survey = 'skm';
      const list = randomResponses(600, 11, 2024); // a year no other test writes to
      const { body: imported } = await c.get('/api/health');
      assert.equal(imported.status, 'ok');
      const res = await c.post(
        { exportedAt: 'x', pending: list.map(response => ({ response })), failed: [] },
        {
          path: '/api/import',
          key: adminKey,
        },
      );
      assert.equal(res.status, 200);
      assert.equal((await res.json()).stored, 600);
      const range = 'from=2024-01-01&to=2025-01-01';
      const inYear = list.filter(r => periodKey(r.submittedAt, 'year') === '2024');
      // The same tallies as masukan/ikm counts, and through ikmFromTallies the same IKM as computeIkm.
      const ikm = result => {
        const { ignored, issues, ...rest } = result;
        return rest;
      };
      for (const group of ['service', 'counter', 'month', 'quarter', 'year']) {
        const { status, body } = await c.get(`/api/ikm?survey=${survey}&group=${group}&${range}`, adminKey);
        assert.equal(status, 200);
        assert.equal(body.group, group);
        assert.equal(body.from, '2024-01-01');
        assert.deepEqual(body.total, tallyOf(inYear));
        assert.deepEqual(ikm(ikmFromTallies(body.total)), ikm(computeIkm(inYear)));
        const expected = computeIkmBy(inYear, group === 'counter' ? { context: 'counter' } : group);
        assert.deepEqual(
          body.groups.map(g => g.key),
          expected.map(g => g.key),
          group,
        );
        body.groups.forEach((g, i) =>
          assert.deepEqual(ikm(ikmFromTallies(g)), ikm(expected[i].result), `${group} ${g.key}`),
        );
      }
      const { body } = await c.get(`/api/ikm?survey=${survey}&${range}`, adminKey);
      assert.deepEqual(body.groups, []);
      assert.equal(body.group, null);
      assert.equal((await c.get('/api/ikm?group=planet', adminKey)).status, 400);
    });

    it('streams every response as CSV, formula-safe', async () => {
      const survey = `csv-${engine}`;
      const list = [
        { ...skmResponse({ answers: { waktu: 4, saran: '=HYPERLINK("http://x")' } }), surveyId: survey },
        { ...skmResponse({ answers: { waktu: 3, saran: 'Baik; cepat, "ramah"' } }), surveyId: survey },
      ];
      for (const r of list) assert.equal((await c.post(r, { key: writeKey })).status, 201);
      const res = await c.request(`/api/export.csv?survey=${survey}`, { key: adminKey });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type'), /^text\/csv/);
      assert.equal(res.headers.get('transfer-encoding'), 'chunked', 'streamed');
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark, so that Excel reads UTF-8');
      const lines = bytes.subarray(3).toString('utf8').split('\r\n');
      assert.equal(lines[0], 'id,surveyId,surveyVersion,submittedAt,receivedAt,lang,context.service,saran,waktu');
      assert.equal(lines.length, 4);
      assert.ok(lines.some(l => l.endsWith(`,"'=HYPERLINK(""http://x"")",4`)));
      assert.ok(lines.some(l => l.endsWith(',"Baik; cepat, ""ramah""",3')));
    });

    it('imports an outbox export idempotently and reports invalid entries', async () => {
      const list = randomResponses(5, 3);
      const file = {
        exportedAt: '2026-12-01T00:00:00.000Z',
        pending: list
          .slice(0, 4)
          .map((response, i) => ({ key: `k${i}`, endpoint: 'x', response, attempts: 0, next: 0 })),
        failed: [
          {
            key: 'k9',
            endpoint: 'x',
            response: list[4],
            attempts: 3,
            next: 0,
            failed: { status: 503, at: 'x', reason: '' },
          },
          { key: 'k10', endpoint: 'x', response: { ...list[0], id: crypto.randomUUID(), answers: { waktu: 9 } } },
        ],
      };
      const first = await c.post(file, { path: '/api/import', key: adminKey });
      assert.deepEqual(await first.json(), {
        stored: 5,
        duplicates: 0,
        conflicts: 0,
        invalid: [
          {
            index: 5,
            id: file.failed[1].response.id,
            status: 422,
            error: 'answers.waktu: 9 is not on the scale of survey "skm" (1, 2, 3, 4)',
          },
        ],
      });
      const again = await c.post(file, { path: '/api/import', key: adminKey });
      assert.equal((await again.json()).duplicates, 5);
      const notAnExport = await c.post({ responses: list }, { path: '/api/import', key: adminKey });
      assert.equal(notAnExport.status, 400);
      assert.match((await notAnExport.json()).error, /outbox export/);
    });

    it('rate-limits each key: 429 with Retry-After', async () => {
      const limited = await start({ db, limits: { rate: 1, burst: 2 } });
      try {
        const statuses = [];
        for (let i = 0; i < 3; i++) {
          const res = await limited.post(skmResponse(), { key: writeKey });
          statuses.push(res.status);
          if (res.status === 429) assert.ok(Number(res.headers.get('retry-after')) >= 1);
        }
        assert.deepEqual(statuses, [201, 201, 429]);
      } finally {
        await limited.stop();
      }
    });
  });
}

describe('collector modes', () => {
  it('public writes need no key, reads still do', async () => {
    const c = await start({ publicWrites: true });
    try {
      assert.equal((await c.post(skmResponse())).status, 201);
      assert.equal((await c.request('/api/responses')).status, 401);
    } finally {
      await c.stop();
    }
  });

  it('open mode (the demo) needs no key and allows any origin, and seeds the demo data once', async () => {
    const seed = new URL('../../demo/seed-responses.json', import.meta.url).pathname;
    const db = await engines.pglite();
    const c = await start({ db, open: true, seed });
    try {
      const { body } = await c.get('/api/ikm?survey=skm');
      assert.equal(body.total.respondents, 300);
      const res = await c.post(skmResponse(), { headers: { origin: 'https://anything.example' } });
      assert.equal(res.status, 201);
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      await db.query(
        `DELETE FROM responses WHERE source = 'demo-seed' AND id = (SELECT id FROM responses WHERE source = 'demo-seed' ORDER BY id LIMIT 1)`,
      );
    } finally {
      await c.stop();
    }
    const again = await start({ db, open: true, seed });
    try {
      assert.equal((await again.get('/api/ikm?survey=skm')).body.total.respondents, 300, 'not seeded again');
    } finally {
      await again.stop();
      await db.close();
    }
  });

  it('a PostgreSQL server that drops the collector answers 503 (health too), and it recovers', async () => {
    const server = await postgres();
    const url = await server.createDatabase();
    const name = new URL(url).pathname.slice(1);
    const c = await start({ databaseUrl: url, publicWrites: true });
    const admin = await openDatabase({ url: server.url });
    try {
      assert.equal((await c.post(skmResponse())).status, 201);
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      const r = skmResponse();
      const down = await c.post(r);
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '30');
      assert.equal((await c.request('/api/health')).status, 503);
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      assert.equal((await c.post(r)).status, 201, 'the retry is stored');
    } finally {
      await admin.close();
      await c.stop();
    }
  });
});
