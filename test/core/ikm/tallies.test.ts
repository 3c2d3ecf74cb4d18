import { expect } from '@open-wc/testing';
import {
  computeIkm,
  IKM_ELEMENTS,
  ikmFromTallies,
  IkmInputError,
  tallyOf,
  type IkmResult,
} from '../../../src/core/ikm/index.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
const response = (scores: (number | undefined)[], surveyId = 'skm') => ({
  id: crypto.randomUUID(),
  surveyId,
  submittedAt: '2026-05-10T03:00:00.000Z',
  context: {},
  answers: Object.fromEntries(scores.flatMap((s, i) => (s === undefined ? [] : [[KEYS[i], s]]))),
});
const withoutReadInfo = ({ ignored: _i, issues: _s, ...rest }: IkmResult) => rest;

describe('ikmFromTallies', () => {
  it('gives what computeIkm gives, for complete, partial and empty sets', () => {
    const sets = [
      [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [3, 3, 3, 4, 3, 3, 4, 3, 3],
        [3, 2, 3, 4, 3, 3, 3, 3, 2],
        [4, 3, 2, 4, 3, 4, 4, 3, 3],
      ],
      [
        [4, 4, 4, 4, 4, 4, 4, 4, 4],
        [2, undefined, 2, 2, 2, 2, 2, 2, undefined],
        [3, undefined, 3, 3, 3, 3, 3, 3, 3],
      ],
      [[1], [2, 3]],
      [],
    ].map(set => set.map(s => response(s)));
    for (const responses of sets) {
      const direct = computeIkm(responses);
      const tallies = tallyOf(responses);
      expect(withoutReadInfo(ikmFromTallies(tallies))).to.deep.equal(withoutReadInfo(direct));
    }
    // EX1 of skm.md from its sums alone, as SQL would give them.
    const sums = [14, 12, 12, 16, 13, 14, 15, 13, 12];
    const r = ikmFromTallies({
      respondents: 4,
      elements: Object.fromEntries(KEYS.map((k, i) => [k, { n: 4, sum: sums[i] }])),
    });
    expect([r.nikExact, r.nikText, r.mutu, r.complete]).to.deep.equal(['3025/36', '84.03', 'B', true]);
  });

  it('treats a missing element as unanswered and tallies like computeIkm (surveyId)', () => {
    const r = ikmFromTallies({ respondents: 2, elements: { persyaratan: { n: 2, sum: 8 } } });
    expect(r.elements.persyaratan.value).to.equal(100);
    expect(r.elements.waktu).to.include({ n: 0, value: null });
    expect([r.nik, r.complete]).to.deep.equal([null, false]);
    const t = tallyOf([response([4, 4]), response([1], 'konsultasi')], { surveyId: 'skm' });
    expect(t.respondents).to.equal(1);
    expect(t.elements.prosedur).to.deep.equal({ n: 1, sum: 4 });
  });

  it('rejects counts that cannot come from 1–4 scores, naming the element', () => {
    const bad: [unknown, RegExp][] = [
      [null, /^tallies: expected/],
      [{ respondents: -1, elements: {} }, /^tallies: expected/],
      [{ respondents: 2, elements: { waktu: { n: 3, sum: 9 } } }, /^elements\.waktu: /],
      [{ respondents: 2, elements: { waktu: { n: 2, sum: 9 } } }, /^elements\.waktu: /],
      [{ respondents: 2, elements: { waktu: { n: 2, sum: 1 } } }, /^elements\.waktu: /],
      [{ respondents: 2, elements: { waktu: { n: 1.5, sum: 3 } } }, /^elements\.waktu: /],
      [{ respondents: 2, elements: { waktu: { n: '2', sum: 6 } } }, /^elements\.waktu: /],
    ];
    for (const [input, message] of bad)
      expect(() => ikmFromTallies(input as never), String(message)).to.throw(IkmInputError, message);
    // Keys of Object.prototype are not elements of a tally object.
    const inherited = Object.create({ waktu: { n: 9, sum: 99 } });
    expect(ikmFromTallies({ respondents: 1, elements: inherited }).elements.waktu.n).to.equal(0);
  });
});
