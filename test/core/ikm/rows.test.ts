import { expect } from '@open-wc/testing';
import {
  computeIkm,
  computeIkmBy,
  freeTexts,
  IKM_ELEMENTS,
  ikmCsv,
  localDay,
  periodKey,
  respondentProfile,
} from '../../../src/core/ikm/index.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
let seq = 0;
const response = (
  scores: unknown[],
  extra: { answers?: Record<string, unknown>; context?: Record<string, unknown>; submittedAt?: unknown } = {},
) => ({
  id: `row-${++seq}`,
  surveyId: 'skm',
  submittedAt: '2026-05-10T03:00:00.000Z',
  ...extra,
  context: { ...extra.context },
  answers: { ...Object.fromEntries(scores.map((s, i) => [KEYS[i], s])), ...extra.answers },
});
const all4 = () => Array(9).fill(4);

describe('malformed responses with invalid: skip', () => {
  it('skips each malformed response whole, lists why, and computes from the rest', () => {
    const data = [
      response(all4()),
      response([4, 7, 4, 4, 4, 4, 4, 4, 4]),
      response(Array(9).fill(2), { submittedAt: 'kemarin' }),
      null,
      { ...response(all4()), answers: 'x' },
      response(Array(9).fill(3)),
    ];
    expect(() => computeIkm(data)).to.throw('responses[1].answers.prosedur');
    const r = computeIkm(data, { invalid: 'skip' });
    expect(r.respondents).to.equal(2);
    expect(r.elements.prosedur).to.include({ n: 2, sum: 7 }); // the response with a 7 counts for no element
    expect(r.nikText).to.equal('87.50');
    expect(r.issues.map(i => [i.index, i.field])).to.deep.equal([
      [1, 'answers.prosedur'],
      [2, 'submittedAt'],
      [3, ''],
      [4, 'answers'],
    ]);
    expect(r.issues[0].id).to.equal(data[1]!.id);
    expect(r.issues[0].message).to.contain('got 7');
    // The same rows are left out everywhere.
    expect(computeIkmBy(data, 'month', { invalid: 'skip' }).map(g => g.result.respondents)).to.deep.equal([2]);
    expect(ikmCsv(data, { invalid: 'skip' }).split('\r\n')[2]).to.match(/^2;/);
    const profile = respondentProfile([response(all4(), { answers: { usia: 'tua' } })], { invalid: 'skip' });
    expect(profile.age.find(a => a.key === '')!.count).to.equal(1);
    expect(profile.issues[0].field).to.equal('answers.usia');
  });
});

describe('keys are data', () => {
  it('takes constructor and __proto__ as service keys, context fields and answer ids', () => {
    const data = JSON.parse(
      JSON.stringify([
        response(all4(), { context: { service: 'constructor' } }),
        response(Array(9).fill(2), { context: { service: '__proto__' } }),
        response(Array(9).fill(3), { answers: { jenis_layanan: 'toString' } }),
        response(Array(9).fill(1)), // no service: not a member of Object.prototype either
      ]),
    );
    const groups = computeIkmBy(data, 'service').map(g => [g.key, g.result.respondents]);
    expect(groups).to.deep.equal([
      ['__proto__', 1],
      ['constructor', 1],
      ['toString', 1],
      ['', 1],
    ]);
    expect(computeIkmBy(data, { context: 'hasOwnProperty' }).map(g => g.key)).to.deep.equal(['']);
    // An answer id named like an Object member is an answer like any other.
    const odd = [response([], { answers: JSON.parse('{"constructor": 4, "__proto__": 3}') })];
    const r = computeIkm(odd, { elementIds: { persyaratan: 'constructor', prosedur: '__proto__' } });
    expect(r.elements.persyaratan.sum).to.equal(4);
    expect(r.elements.prosedur.sum).to.equal(3);
    expect(computeIkm([response([])], { elementIds: { persyaratan: 'constructor' } }).respondents).to.equal(0);
    const texts = freeTexts(odd.concat(data), { questions: ['constructor', 'valueOf'] });
    expect(texts).to.have.length(0); // numbers and inherited members are not texts
    const csv = ikmCsv(data, { bom: false, serviceLabels: JSON.parse('{"__proto__":"Layanan P"}') });
    expect(csv).to.contain(';__proto__;Layanan P;');
    expect(csv).to.contain(';constructor;constructor;');
  });
});

describe('freeTexts', () => {
  it('lists perbaikan and saran newest first with service and the low ratings', () => {
    const texts = freeTexts([
      response([4, 4, 2, 4, 4, 4, 4, 4, 1], {
        context: { service: 'ktp' },
        answers: { perbaikan: 'Antrean lama', saran: 'Tambah loket' },
        submittedAt: '2026-01-02T03:00:00Z',
      }),
      response(all4(), { answers: { saran: '  ', jenis_layanan: 'kk' } }),
      response(all4(), { answers: { saran: 'Sudah baik', jenis_layanan: 'kk' }, submittedAt: '2026-03-01T03:00:00Z' }),
    ]);
    expect(texts.map(t => [t.service, t.question, t.text])).to.deep.equal([
      ['kk', 'saran', 'Sudah baik'],
      ['ktp', 'perbaikan', 'Antrean lama'],
      ['ktp', 'saran', 'Tambah loket'],
    ]);
    expect(texts[1].ratings).to.deep.equal({ waktu: 2, pengaduan: 1 });
    expect(texts[0].ratings).to.deep.equal({});
    expect(texts[0].submittedAt).to.equal('2026-03-01T03:00:00Z');
  });
});

describe('local dates', () => {
  it('matches Intl on every hour around DST switches and in half-hour zones', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'Asia/Kathmandu',
    ];
    const format = (tz: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    for (const tz of zones) {
      const f = format(tz);
      for (const start of [Date.UTC(2026, 2, 7), Date.UTC(2026, 9, 24), Date.UTC(2026, 11, 30)])
        for (let ms = start; ms < start + 4 * 86_400_000; ms += 15 * 60_000) {
          const iso = new Date(ms).toISOString();
          expect(localDay(iso, tz), `${iso} in ${tz}`).to.equal(f.format(ms));
        }
    }
    expect(periodKey('2026-03-31T17:00:00Z', 'month')).to.equal('2026-04');
    expect(periodKey('2026-03-31T16:59:59.999Z', 'month')).to.equal('2026-03');
  });
});
