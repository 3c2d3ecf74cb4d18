import { expect } from '@open-wc/testing';
import {
  ageBand,
  computeIkm,
  computeIkmBy,
  groupResponses,
  IKM_ELEMENTS,
  IkmInputError,
  csvCell,
  ikmCsv,
  krejcieMorgan,
  periodKey,
  respondentProfile,
  sampleAdequacy,
} from '../../../src/core/ikm/index.js';
import type { SurveyResponse } from '../../../src/core/schema.js';
import { skm } from '../../../src/presets/skm.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
let seq = 0;

/** A response with scores in questionnaire order (U1..U9); `undefined` leaves an element unanswered. */
function response(
  scores: (number | undefined)[],
  extra: Omit<Partial<SurveyResponse>, 'answers'> & { answers?: Record<string, unknown> } = {},
): SurveyResponse {
  const answers: Record<string, number> = {};
  scores.forEach((s, i) => s !== undefined && (answers[KEYS[i]] = s));
  return {
    id: `resp-${String(++seq).padStart(6, '0')}`,
    surveyId: 'skm',
    surveyVersion: '2017.1',
    submittedAt: '2026-05-10T03:00:00.000Z',
    lang: 'id',
    ...extra,
    context: { ...extra.context },
    answers: { ...answers, ...(extra.answers as Record<string, number>) },
  };
}

const all = (score: number, n: number) => Array.from({ length: n }, () => response(Array(9).fill(score)));

/** EX1 of skm.md. */
const ex1 = () =>
  [
    [4, 4, 4, 4, 4, 4, 4, 4, 4],
    [3, 3, 3, 4, 3, 3, 4, 3, 3],
    [3, 2, 3, 4, 3, 3, 3, 3, 2],
    [4, 3, 2, 4, 3, 4, 4, 3, 3],
  ].map(s => response(s));

/** EX2 of skm.md: five all-4, one [4,4,4,3,3,3,3,3,3], four all-3. */
const ex2 = () => [...all(4, 5), response([4, 4, 4, 3, 3, 3, 3, 3, 3]), ...all(3, 4)];

/** Splits `sum` into `n` scores of 1..4 (sum must be within n..4n). */
function spread(sum: number, n: number): number[] {
  const base = Math.floor(sum / n);
  return Array.from({ length: n }, (_, i) => base + (i < sum - base * n ? 1 : 0));
}

/**
 * A response set whose exact NIK is k/1800. NIK = 25/9 · Σ S_i/n_i, and with n = 625 for U1, 8 for U2 and 1 for
 * U3..U9 the sum Σ S_i/n_i = (8·S1 + 625·S2 + 5000·A)/5000, so NIK = (8·S1 + 625·S2 + 5000·A)/1800.
 */
function withNik(k: number): SurveyResponse[] {
  for (let a = 7; a <= 28; a++)
    for (let s2 = 8; s2 <= 32; s2++) {
      const rest = k - 625 * s2 - 5000 * a;
      if (rest % 8 || rest / 8 < 625 || rest / 8 > 2500) continue;
      const u1 = spread(rest / 8, 625);
      const u2 = spread(s2, 8);
      const others = spread(a, 7);
      return u1.map((s, j) => response([s, u2[j], ...(j === 0 ? others : [])]));
    }
  throw new Error(`no response set for NIK ${k}/1800`);
}

describe('computeIkm', () => {
  it('reproduces worked example EX1: 3025/36 → 84.03 B', () => {
    const r = computeIkm(ex1());
    expect(r.respondents).to.equal(4);
    expect(r.complete).to.equal(true);
    expect(r.nikExact).to.equal('3025/36');
    expect(r.niExact).to.equal('121/36');
    expect(r.ni).to.equal(3.3611);
    expect(r.nik).to.equal(84.03);
    expect(r.nikText).to.equal('84.03');
    expect(r.mutu).to.equal('B');
    expect(r.kinerja).to.deep.equal({ id: 'Baik', en: 'Good' });
    const els = KEYS.map(k => r.elements[k]);
    expect(els.map(e => e.sum)).to.deep.equal([14, 12, 12, 16, 13, 14, 15, 13, 12]);
    expect(els.map(e => e.n)).to.deep.equal(Array(9).fill(4));
    expect(els.map(e => e.nrr)).to.deep.equal([3.5, 3, 3, 4, 3.25, 3.5, 3.75, 3.25, 3]);
    expect(els.map(e => e.value)).to.deep.equal([87.5, 75, 75, 100, 81.25, 87.5, 93.75, 81.25, 75]);
    expect(els.map(e => e.mutu).join('')).to.equal('BCCABBABC');
    expect(els.map(e => e.code).join(' ')).to.equal('U1 U2 U3 U4 U5 U6 U7 U8 U9');
    expect(r.elements.sarana_prasarana.code).to.equal('U8');
    expect(r.elements.pengaduan.code).to.equal('U9');
    expect(r.elements.persyaratan.weighted).to.equal(0.3889);
  });

  it('reproduces EX2: 265/3 → 88.33 A, where a 0.111 weight would give B', () => {
    const r = computeIkm(ex2());
    expect(r.nikExact).to.equal('265/3');
    expect(r.niExact).to.equal('53/15');
    expect(r.nikText).to.equal('88.33');
    expect(r.mutu).to.equal('A');
    expect(r.kinerja!.id).to.equal('Sangat baik');
    expect(KEYS.map(k => r.elements[k].nrr)).to.deep.equal([3.6, 3.6, 3.6, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5]);
    // The common mistake, for contrast: Σ NRR × 0.111 × 25 = 88.245 → B.
    const wrong = KEYS.reduce((s, k) => s + r.elements[k].nrr! * 0.111, 0) * 25;
    expect(wrong).to.be.below(88.31);
  });

  it('gives 100.00 A for all 4 and 25.00 D for all 1', () => {
    const top = computeIkm(all(4, 7));
    expect([top.nikText, top.mutu, top.niExact, top.ni]).to.deep.equal(['100.00', 'A', '4', 4]);
    const bottom = computeIkm(all(1, 3));
    expect([bottom.nikText, bottom.mutu, bottom.nik, bottom.kinerja!.en]).to.deep.equal(['25.00', 'D', 25, 'Poor']);
  });

  const bounds: [k: number, exact: string, text: string, mutu: string][] = [
    [116990, '64.9944…', '64.99', 'D'], // just below 64.995
    [116991, '64.995', '65.00', 'C'], // exactly 64.995: half-up
    [116992, '64.9956…', '65.00', 'C'],
    [116999, '64.9994…', '65.00', 'C'],
    [117000, '65', '65.00', 'C'],
    [117001, '65.0006…', '65.00', 'C'],
    [137888, '76.6044…', '76.60', 'C'], // just below 76.605
    [137889, '76.605', '76.61', 'B'],
    [137890, '76.6056…', '76.61', 'B'],
    [137897, '76.6094…', '76.61', 'B'],
    [137898, '76.61', '76.61', 'B'],
    [137899, '76.6106…', '76.61', 'B'],
    [158948, '88.3044…', '88.30', 'B'], // just below 88.305
    [158949, '88.305', '88.31', 'A'],
    [158950, '88.3056…', '88.31', 'A'],
    [158958, '88.31', '88.31', 'A'],
    [158959, '88.3106…', '88.31', 'A'],
  ];
  for (const [k, exact, text, mutu] of bounds)
    it(`rounds NIK ${exact} (${k}/1800) half-up to ${text} and grades it ${mutu}`, () => {
      const responses = withNik(k);
      const r = computeIkm(responses);
      const g = (a: bigint, b: bigint): bigint => (b ? g(b, a % b) : a);
      const d = g(BigInt(k), 1800n);
      const expected = 1800n / d === 1n ? `${BigInt(k) / d}` : `${BigInt(k) / d}/${1800n / d}`;
      expect(r.nikExact).to.equal(expected);
      expect(r.nikText).to.equal(text);
      expect(r.nik).to.equal(Number(text));
      expect(r.mutu).to.equal(mutu);
      expect(r.respondents).to.equal(625);
      expect(r.complete).to.equal(false);
      expect(r.elements.persyaratan.n).to.equal(625);
      expect(r.elements.prosedur.n).to.equal(8);
      expect(r.elements.pengaduan.n).to.equal(1);
    });

  it('averages each element over its own count when answers are missing', () => {
    const r = computeIkm([
      response([4, 4, 4, 4, 4, 4, 4, 4, 4]),
      response([2, undefined, 2, 2, 2, 2, 2, 2, undefined]),
      response([3, undefined, 3, 3, 3, 3, 3, 3, 3]),
    ]);
    expect(r.elements.prosedur).to.include({ n: 1, sum: 4, nrr: 4, value: 100, nrrExact: '4' });
    expect(r.elements.pengaduan).to.include({ n: 2, sum: 7, nrr: 3.5, nrrExact: '7/2' });
    expect(r.elements.persyaratan).to.include({ n: 3, sum: 9, nrr: 3 });
    // Σ NRR = 7·3 + 4 + 3.5 = 28.5 → NIK = 25 · 28.5 / 9 = 79.1666… → 79.17 (not the plain mean of all answers).
    expect(r.nikExact).to.equal('475/6');
    expect(r.nikText).to.equal('79.17');
    expect(r.complete).to.equal(false);
  });

  it('does not count responses without any element answer, and gives null figures when an element has none', () => {
    const r = computeIkm([response([], { answers: { saran: 'ok' } }), response([4, 4, 4, 4, 4, 4, 4, 4])]);
    expect(r.respondents).to.equal(1);
    expect(r.elements.pengaduan).to.include({ n: 0, nrr: null, value: null, mutu: null });
    expect([r.nik, r.nikText, r.mutu, r.kinerja, r.ni]).to.deep.equal([null, null, null, null, null]);
    const empty = computeIkm([]);
    expect(empty.respondents).to.equal(0);
    expect(empty.nik).to.equal(null);
  });

  it('maps other answer ids to the element keys and ignores other surveys', () => {
    const odd = { id: 'odd-response-1', surveyId: 'skm-lama', answers: { q1: 1 } };
    const r = computeIkm([response([4, 4, 4, 4, 4, 4, 4, undefined, undefined], { answers: { q8: 4, q9: 1 } }), odd], {
      elementIds: { sarana_prasarana: 'q8', pengaduan: 'q9' },
      surveyId: 'skm',
    });
    expect(r.ignored).to.equal(1);
    expect(r.elements.sarana_prasarana.nrr).to.equal(4);
    expect(r.elements.pengaduan.nrr).to.equal(1);
    expect(r.nikExact).to.equal('275/3'); // 25 · 33 / 9
  });

  it('rejects malformed input with the response index and field, never NaN', () => {
    const cases: [unknown, RegExp, number | undefined, string | undefined][] = [
      [{ length: 1 }, /^responses: expected an array/, undefined, undefined],
      ['[]', /^responses: expected an array/, undefined, undefined],
      [[response([4]), null], /^responses\[1\]: expected a response object/, 1, ''],
      [[response([4]), response([4, 7])], /^responses\[1\]\.answers\.prosedur: .*got 7$/, 1, 'answers.prosedur'],
      [[response([4, 4, '3' as never])], /^responses\[0\]\.answers\.waktu: .*got "3"$/, 0, 'answers.waktu'],
      [[response([NaN])], /^responses\[0\]\.answers\.persyaratan: .*got NaN$/, 0, 'answers.persyaratan'],
      [[response([2.5])], /got 2\.5$/, 0, 'answers.persyaratan'],
      [[response([0])], /got 0$/, 0, 'answers.persyaratan'],
      [[{ ...response([4]), answers: 'x' }], /^responses\[0\]\.answers: expected an object/, 0, 'answers'],
      [
        [response([4]), { ...response([4]), submittedAt: 'kemarin' }],
        /^responses\[1\]\.submittedAt: /,
        1,
        'submittedAt',
      ],
      [[{ ...response([4]), submittedAt: '2026-03-01T08:00:00' }], /got "2026-03-01T08:00:00"$/, 0, 'submittedAt'],
      [[{ ...response([4]), submittedAt: '2026-13-01T00:00:00Z' }], /submittedAt: /, 0, 'submittedAt'],
      [[{ ...response([4]), submittedAt: 1772323200000 }], /got 1772323200000$/, 0, 'submittedAt'],
      [[{ ...response([4]), context: [] }], /^responses\[0\]\.context: expected an object/, 0, 'context'],
    ];
    for (const [input, message, index, field] of cases) {
      let error: unknown;
      try {
        computeIkm(input);
      } catch (e) {
        error = e;
      }
      expect(error, String(message)).to.be.instanceOf(IkmInputError);
      expect((error as IkmInputError).message).to.match(message);
      expect((error as IkmInputError).index).to.equal(index);
      expect((error as IkmInputError).field).to.equal(field);
    }
  });

  it('can skip invalid answers instead, listing them', () => {
    const r = computeIkm([response([4, 4, 4, 4, 4, 4, 4, 4, 4]), response([9, 3, 3, 3, 3, 3, 3, 3, 3])], {
      invalid: 'skip',
    });
    expect(r.issues).to.have.length(1);
    expect(r.issues[0]).to.include({ index: 1, field: 'answers.persyaratan' });
    expect(r.elements.persyaratan.n).to.equal(1);
    expect(Number.isNaN(r.nik)).to.equal(false);
  });
});

describe('grouping', () => {
  const data = () => [
    response([4, 4, 4, 4, 4, 4, 4, 4, 4], {
      context: { service: 'ktp', counter: 'loket-1' },
      submittedAt: '2026-03-31T18:00:00.000Z', // 1 April 2026, 01:00 WIB
    }),
    response([3, 3, 3, 3, 3, 3, 3, 3, 3], {
      context: { counter: 'loket-2' },
      answers: { jenis_layanan: 'akta' },
      submittedAt: '2026-03-31T16:59:59.000Z', // 31 March 2026, 23:59:59 WIB
    }),
    response([2, 2, 2, 2, 2, 2, 2, 2, 2], {
      context: { service: 'ktp', counter: 'loket-1' },
      submittedAt: '2025-12-31T17:30:00.000Z', // 1 January 2026 WIB
    }),
    response([1, 1, 1, 1, 1, 1, 1, 1, 1], { submittedAt: '2025-07-01T00:00:00.000Z' }),
  ];

  it('puts 2026-03-31T18:00Z in April in Jakarta and in March in UTC', () => {
    expect(periodKey('2026-03-31T18:00:00Z', 'month')).to.equal('2026-04');
    expect(periodKey('2026-03-31T18:00:00Z', 'quarter')).to.equal('2026-Q2');
    expect(periodKey('2026-03-31T18:00:00Z', 'month', 'UTC')).to.equal('2026-03');
    expect(periodKey('2026-03-31T18:00:00Z', 'quarter', 'UTC')).to.equal('2026-Q1');
    expect(periodKey('2026-06-30T17:00:00Z', 'semester')).to.equal('2026-S2');
    expect(periodKey('2025-12-31T17:00:00Z', 'year')).to.equal('2026');
    expect(periodKey('2025-12-31T16:59:59Z', 'year')).to.equal('2025');
  });

  it('groups by month, quarter, semester and year in Asia/Jakarta', () => {
    const keys = (by: 'month' | 'quarter' | 'semester' | 'year', timeZone?: string) =>
      computeIkmBy(data(), by, { timeZone }).map(g => `${g.key}:${g.result.respondents}:${g.result.nikText}`);
    expect(keys('month')).to.deep.equal(['2025-07:1:25.00', '2026-01:1:50.00', '2026-03:1:75.00', '2026-04:1:100.00']);
    expect(keys('quarter')).to.deep.equal(['2025-Q3:1:25.00', '2026-Q1:2:62.50', '2026-Q2:1:100.00']);
    expect(keys('semester')).to.deep.equal(['2025-S2:1:25.00', '2026-S1:3:75.00']);
    expect(keys('year')).to.deep.equal(['2025:1:25.00', '2026:3:75.00']);
    expect(keys('year', 'UTC')).to.deep.equal(['2025:2:37.50', '2026:2:87.50']);
  });

  it('groups by service (context.service, else jenis_layanan) and by any context field', () => {
    const byService = computeIkmBy(data(), 'service');
    expect(byService.map(g => [g.key, g.result.respondents, g.result.nikText])).to.deep.equal([
      ['akta', 1, '75.00'],
      ['ktp', 2, '75.00'],
      ['', 1, '25.00'],
    ]);
    const byCounter = computeIkmBy(data(), { context: 'counter' });
    expect(byCounter.map(g => [g.key, g.result.respondents])).to.deep.equal([
      ['loket-1', 2],
      ['loket-2', 1],
      ['', 1],
    ]);
    const grouped = groupResponses(data(), 'service');
    expect(grouped.get('ktp')!.map(r => r.context.counter)).to.deep.equal(['loket-1', 'loket-1']);
    const custom = computeIkmBy(data(), r => (r.lang as string).toUpperCase());
    expect(custom.map(g => g.key)).to.deep.equal(['ID']);
  });

  it('needs submittedAt to group by period', () => {
    const { submittedAt: _omit, ...noDate } = response([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    expect(() => computeIkmBy([response([4]), noDate], 'month')).to.throw(
      IkmInputError,
      'responses[1].submittedAt: missing',
    );
    expect(computeIkmBy([noDate], 'service')[0].result.respondents).to.equal(1);
  });
});

describe('sample adequacy', () => {
  it('matches the Krejcie–Morgan values of skm.md', () => {
    const table: Record<number, number> = {
      10: 10,
      20: 19,
      30: 28,
      50: 44,
      100: 80,
      150: 108,
      200: 132,
      300: 169,
      500: 217,
      1000: 278,
      2000: 322,
      3000: 341,
      5000: 357,
      10000: 370,
      20000: 377,
      50000: 381,
      1000000: 384,
    };
    for (const [n, s] of Object.entries(table)) expect(krejcieMorgan(Number(n)), `N=${n}`).to.equal(s);
    // The formula gives 383 at N = 100 000; the printed table rounds this up to 384.
    expect(krejcieMorgan(100000)).to.equal(383);
    expect(krejcieMorgan(1)).to.equal(1);
  });

  it('compares the target with the respondents obtained', () => {
    expect(sampleAdequacy(1000, 250)).to.deep.equal({
      population: 1000,
      target: 278,
      achieved: 250,
      adequate: false,
      shortfall: 28,
    });
    expect(sampleAdequacy(100, 80)).to.include({ adequate: true, shortfall: 0 });
    expect(() => krejcieMorgan(0)).to.throw(IkmInputError, 'population');
    expect(() => krejcieMorgan(12.5)).to.throw(IkmInputError);
  });
});

describe('respondentProfile', () => {
  it('counts gender, age band, education and occupation, official categories first', () => {
    const p = (answers: Record<string, unknown>) => response([4, 4, 4, 4, 4, 4, 4, 4, 4], { answers });
    const profile = respondentProfile([
      p({ jenis_kelamin: 'L', usia: 19, pendidikan: 'SMA', pekerjaan: 'SWASTA' }),
      p({ jenis_kelamin: 'P', usia: 20, pendidikan: 'S1', pekerjaan: 'PNS' }),
      p({ jenis_kelamin: 'P', usia: 59, pendidikan: 'D3', pekerjaan: 'LAINNYA', pekerjaan_lainnya: 'Petani' }),
      p({ jenis_kelamin: 'P', usia: 60, pendidikan: 'S1' }),
      p({ usia: 35, pendidikan: 'D1_D3' }),
      response([], { answers: { jenis_kelamin: 'L' } }), // no element answered: not a respondent
    ]);
    const map = (list: { key: string; count: number }[]) => Object.fromEntries(list.map(c => [c.key, c.count]));
    expect(profile.respondents).to.equal(5);
    expect(profile.gender).to.deep.equal([
      { key: 'L', count: 1 },
      { key: 'P', count: 3 },
      { key: '', count: 1 },
    ]);
    expect(map(profile.age)).to.deep.equal({ '<20': 1, '20-29': 1, '30-39': 1, '40-49': 0, '50-59': 1, '60+': 1 });
    // The preset's D1_D3 sorts between SMA and S1; an unknown local value (D3) follows the official ones.
    expect(profile.education.map(c => c.key)).to.deep.equal(['SD', 'SMP', 'SMA', 'D1_D3', 'S1', 'S2', 'S3', 'D3']);
    expect(map(profile.education)).to.include({ SMA: 1, S1: 2, D3: 1, D1_D3: 1, SD: 0 });
    expect(map(profile.occupation)).to.include({ PNS: 1, SWASTA: 1, LAINNYA: 1, '': 2 });
  });

  it('supports other age bands and rejects a bad age', () => {
    expect(ageBand(17, [18, 65])).to.equal('<18');
    expect(ageBand(18, [18, 65])).to.equal('18-64');
    expect(ageBand(70, [18, 65])).to.equal('65+');
    const bad = response([4], { answers: { usia: 'tiga puluh' } });
    expect(() => respondentProfile([response([4]), bad])).to.throw(IkmInputError, 'responses[1].answers.usia');
  });
});

describe('ikmCsv', () => {
  it('writes the per-respondent U1–U9 sheet and the summary, Excel-friendly', () => {
    const responses = ex1();
    responses[0].context.service = 'ktp';
    responses[1].answers.jenis_layanan = 'akta';
    delete responses[2].answers.waktu;
    const csv = ikmCsv(responses, { serviceLabels: { ktp: 'KTP elektronik' } });
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal('No;Tanggal;Kode layanan;Layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9');
    // Labels next to keys; a key without a label is shown as itself.
    expect(lines[1]).to.equal('1;2026-05-10;ktp;KTP elektronik;4;4;4;4;4;4;4;4;4');
    expect(lines[2]).to.equal('2;2026-05-10;akta;akta;3;3;3;4;3;3;4;3;3');
    expect(lines[3]).to.equal('3;2026-05-10;;;3;2;;4;3;3;3;3;2');
    expect(lines[6]).to.equal('Jumlah nilai per unsur;;;;14;12;9;16;13;14;15;13;12');
    expect(lines[7]).to.equal('Jumlah responden per unsur;;;;4;4;3;4;4;4;4;4;4');
    expect(lines[8]).to.equal('NRR per unsur;;;;3,5000;3,0000;3,0000;4,0000;3,2500;3,5000;3,7500;3,2500;3,0000');
    expect(lines[9]).to.equal(
      'NRR tertimbang per unsur;;;;0,3889;0,3333;0,3333;0,4444;0,3611;0,3889;0,4167;0,3611;0,3333',
    );
    expect(lines[10]).to.equal('IKM (jumlah NRR tertimbang, skala 1-4);;;;3,3611');
    expect(lines[11]).to.equal('IKM unit pelayanan (skala 25-100);;;;84,03');
    expect(lines[12]).to.equal('Mutu pelayanan;;;;B');
    expect(lines[13]).to.equal('Kinerja unit pelayanan;;;;Baik');
    expect(lines[15]).to.equal('Kode;Unsur pelayanan;NRR;NRR x 25;Mutu');
    expect(lines[16]).to.equal('U1;Persyaratan;3,5000;87,50;B');
    expect(lines[23]).to.equal('U8;Sarana dan Prasarana;3,2500;81,25;B');
    expect(lines[24]).to.equal('U9;Penanganan Pengaduan, Saran dan Masukan;3,0000;75,00;C');
    expect(lines[25]).to.equal('');
    expect(lines).to.have.length(26);
  });

  it('exports profile answers by label and the free texts, with labels from the survey definition', () => {
    const p = (answers: Record<string, unknown>) => response([4, 4, 4, 4, 4, 4, 4, 4, 4], { answers });
    const survey = skm({ services: [{ value: 'nib', label: 'Izin Usaha (NIB)' }] });
    const csv = ikmCsv(
      [
        p({ jenis_layanan: 'nib', jenis_kelamin: 'P', usia: 41, pendidikan: 'S1', pekerjaan: 'PNS', saran: 'Bagus' }),
        p({ jenis_kelamin: 'L', pekerjaan: 'LAINNYA', pekerjaan_lainnya: 'Petani', perbaikan: 'Antre;lama' }),
      ],
      { survey, bom: false },
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      'No;Tanggal;Kode layanan;Layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9;Jenis kelamin;Usia;Pendidikan terakhir;Pekerjaan;' +
        'Apa yang perlu diperbaiki?;Saran dan masukan',
    );
    expect(lines[1]).to.equal('1;2026-05-10;nib;Izin Usaha (NIB);4;4;4;4;4;4;4;4;4;Perempuan;41;S1;PNS;;Bagus');
    expect(lines[2]).to.equal('2;2026-05-10;;;4;4;4;4;4;4;4;4;4;Laki-laki;;;Lainnya: Petani;"Antre;lama";');
    const en = ikmCsv([p({ jenis_kelamin: 'P', pendidikan: 'SD' })], { lang: 'en', bom: false });
    expect(en.split('\r\n')[1]).to.equal('1,2026-05-10,,,4,4,4,4,4,4,4,4,4,Female,Primary school (SD)');
  });

  it('neutralises every cell that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    const attacks = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|"/c calc"!A1'];
    const responses = attacks.map((saran, i) =>
      response([4, 4, 4, 4, 4, 4, 4, 4, 4], { context: { service: i ? `=svc${i}` : 'ktp' }, answers: { saran } }),
    );
    const csv = ikmCsv(responses, { bom: false, serviceLabels: { ktp: '@label' } });
    const rows = csv
      .split('\r\n')
      .slice(1, attacks.length + 1)
      .map(line => line.split(';'));
    // Quoted cells (with quotes or line breaks) keep the ' inside their quotes.
    const unquote = (cell: string) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    expect(rows.map(r => unquote(r[r.length - 1]))).to.deep.equal(attacks.map(a => `'${a}`));
    expect(rows[0].slice(2, 4)).to.deep.equal(['ktp', "'@label"]);
    expect(rows[1].slice(2, 4)).to.deep.equal(["'=svc1", "'=svc1"]);
    expect(csvCell('ok', ';')).to.equal('ok');
    expect(csvCell('a;b', ';')).to.equal('"a;b"');
    expect(csvCell('-', ',')).to.equal("'-");
  });

  it('uses comma and dot for English, and takes options', () => {
    const csv = ikmCsv(ex2(), { lang: 'en', bom: false, timeZone: 'UTC' });
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('No,Date,Service code,Service,U1,U2,U3,U4,U5,U6,U7,U8,U9');
    expect(csv).to.contain('\r\nService unit IKM (scale 25-100),,,,88.33\r\n');
    expect(csv).to.contain('\r\nService unit performance,,,,Very good\r\n');
    expect(csv).to.contain('\r\nU9,Handling of complaints and suggestions,3.5000,87.50,B\r\n');
    const tab = ikmCsv(ex2(), { separator: '\t', decimal: '.' });
    expect(tab).to.contain('IKM unit pelayanan (skala 25-100)\t\t\t\t88.33');
  });

  it('throws on malformed input like computeIkm', () => {
    expect(() => ikmCsv([response([5])])).to.throw(IkmInputError, 'responses[0].answers.persyaratan');
  });
});
