import { expect } from '@open-wc/testing';
import {
  answer,
  back,
  createSession,
  hasAnswers,
  isLastStep,
  next,
  progress,
  questionsOf,
  ratingSteps,
  reset,
  toResponse,
  validate,
  type SurveySession,
} from '../../src/core/session.js';
import { parseSurvey } from '../../src/core/parse.js';
import { skm } from '../../src/presets/skm.js';
import { fullSurvey } from '../helpers/fixtures.js';

const ids = (s: SurveySession) => questionsOf(s).map(q => q.id);
const fixed = { lang: 'id', id: 'fixed-id-0001', now: new Date('2026-11-28T03:00:00Z') };

describe('survey session', () => {
  const survey = parseSurvey(fullSurvey());

  it('starts on the first page with nothing answered', () => {
    const s = createSession(survey);
    expect(s.step).to.equal(0);
    expect(ids(s)).to.deep.equal(['kepuasan', 'kanal']);
    expect(Object.keys(s.answers)).to.deep.equal([]);
    expect(progress(s)).to.deep.equal({ index: 1, total: 2 });
    expect(isLastStep(s)).to.equal(false);
    expect(s.complete).to.equal(false);
  });

  it('never changes a session in place', () => {
    const s = createSession(survey);
    const answered = answer(s, 'kepuasan', 3);
    expect(s.answers.kepuasan).to.equal(undefined);
    expect(answered.answers.kepuasan).to.equal(3);
    expect(next(answered)).to.not.equal(answered);
    expect(answered.step).to.equal(0);
  });

  it('stays on a page with errors, and moves on once they are fixed', () => {
    let s = next(createSession(survey));
    expect(s.step).to.equal(0);
    expect(s.errors).to.deep.equal({ kepuasan: { code: 'required' } });
    s = answer(s, 'kepuasan', 1); // reveals the required follow-up, and clears this question's error
    expect(s.errors).to.deep.equal({});
    expect(ids(s)).to.deep.equal(['kepuasan', 'masalah', 'kanal']);
    s = next(s);
    expect(s.step).to.equal(0);
    expect(s.errors).to.deep.equal({ masalah: { code: 'required' } });
    s = next(answer(s, 'masalah', 'antrean lama'));
    expect(s.step).to.equal(1);
    expect(s.errors).to.deep.equal({});
    expect(progress(s)).to.deep.equal({ index: 2, total: 2 });
    expect(isLastStep(s)).to.equal(true);
  });

  it('goes back with the answers kept and the errors cleared, and not before the first page', () => {
    let s = next(answer(createSession(survey), 'kepuasan', 4));
    s = next(s); // layanan is required on page 2
    expect(s.errors).to.have.property('layanan');
    s = back(s);
    expect(s.step).to.equal(0);
    expect(s.errors).to.deep.equal({});
    expect(s.answers.kepuasan).to.equal(4);
    expect(back(s).step).to.equal(0);
  });

  it('completes on the last page only when it is valid', () => {
    let s = next(answer(createSession(survey), 'kepuasan', 4));
    s = next(answer(s, 'usia', '12'));
    expect(s.complete).to.equal(false);
    expect(s.errors).to.deep.equal({ layanan: { code: 'required' }, usia: { code: 'tooSmall', limit: 15 } });
    s = next(answer(answer(s, 'layanan', 'ktp'), 'usia', '42'));
    expect(s.complete).to.equal(true);
    expect(answer(s, 'usia', '43').complete).to.equal(false); // changing an answer reopens it
  });

  it('leaves hidden answers out of the response', () => {
    let s = answer(createSession(survey), 'kepuasan', 1);
    s = answer(s, 'masalah', 'antrean lama'); // shown while kepuasan <= 2 …
    s = answer(s, 'kepuasan', 4); // … hidden again
    expect(ids(s)).to.deep.equal(['kepuasan', 'kanal']);
    expect(validate(s)).to.deep.equal({}); // a hidden required question is not required
    s = answer(answer(answer(s, 'layanan', 'ktp'), 'usia', '42'), 'kanal', 'web');
    expect(toResponse(s, fixed)).to.deep.equal({
      id: 'fixed-id-0001',
      surveyId: 'uji',
      surveyVersion: '1',
      submittedAt: '2026-11-28T03:00:00.000Z',
      lang: 'id',
      context: {},
      answers: { kepuasan: 4, kanal: 'web', layanan: 'ktp', usia: 42 },
    });
  });

  it('clears an answer with undefined', () => {
    const s = answer(answer(createSession(survey), 'kanal', 'web'), 'kanal', undefined);
    expect(Object.keys(s.answers)).to.deep.equal([]);
    expect(hasAnswers(s)).to.equal(false);
    expect(hasAnswers(answer(s, 'kanal', 'web'))).to.equal(true);
  });

  it('validates every screen at once for a partial submit', () => {
    const s = answer(createSession(survey), 'kepuasan', 4);
    expect(validate(s)).to.deep.equal({});
    expect(validate(s, true)).to.deep.equal({ layanan: { code: 'required' } });
  });

  it('resets to the first page with nothing of the previous answers', () => {
    let s = next(answer(createSession(survey), 'kepuasan', 2));
    s = next(answer(s, 'masalah', 'PENANDA-RAHASIA'));
    s = reset(s);
    expect(s.step).to.equal(0);
    expect(s.complete).to.equal(false);
    expect(JSON.stringify({ answers: s.answers, errors: s.errors, step: s.step })).to.not.contain('PENANDA');
    expect(s.survey).to.equal(survey);
  });

  it('keeps ids that name Object.prototype members as plain data', () => {
    const tricky = parseSurvey({
      id: 't',
      version: 1,
      title: 'T',
      pages: [
        {
          questions: [
            { id: 'constructor', type: 'text', label: 'A', required: true },
            { id: 'toString', type: 'text', label: 'B' },
          ],
        },
      ],
    });
    let s = createSession(tricky);
    expect(next(s).errors).to.deep.equal({ constructor: { code: 'required' } });
    s = answer(s, 'constructor', 'x');
    expect(next(s).complete).to.equal(true);
    expect(toResponse(s, fixed).answers).to.deep.equal({ constructor: 'x' });
  });

  describe('one rating per screen (kiosk)', () => {
    const skmSurvey = parseSurvey(skm({ profile: [] }));

    it('puts each rating on a screen of its own and groups the other questions', () => {
      const s = createSession(skmSurvey, ratingSteps);
      expect(s.steps.map(step => step.questions.map(q => q.id).join('+'))).to.deep.equal([
        'persyaratan',
        'prosedur',
        'waktu',
        'biaya',
        'produk',
        'kompetensi',
        'perilaku',
        'sarana_prasarana',
        'pengaduan',
        'perbaikan+saran',
      ]);
      expect(createSession(skmSurvey).steps).to.have.length(1);
    });

    it('skips a screen whose questions are all hidden', () => {
      const hiddenLast = parseSurvey({
        id: 'h',
        version: 1,
        title: 'H',
        pages: [
          {
            questions: [
              {
                id: 'a',
                type: 'rating',
                label: 'A',
                options: [
                  { value: 1, label: '1' },
                  { value: 2, label: '2' },
                ],
              },
              { id: 'why', type: 'text', label: 'Why?', showIf: { question: 'a', lte: 1 } },
              {
                id: 'b',
                type: 'rating',
                label: 'B',
                options: [
                  { value: 1, label: '1' },
                  { value: 2, label: '2' },
                ],
              },
            ],
          },
        ],
      });
      let s = next(answer(createSession(hiddenLast, ratingSteps), 'a', 2));
      expect(ids(s)).to.deep.equal(['b']); // the "why" screen is skipped
      expect(progress(s)).to.deep.equal({ index: 2, total: 2 });
      expect(ids(back(s))).to.deep.equal(['a']);
      s = next(answer(back(s), 'a', 1));
      expect(ids(s)).to.deep.equal(['why']);
      expect(progress(s)).to.deep.equal({ index: 2, total: 3 });
    });

    it('walks the SKM, one tap per element, to a complete response', () => {
      let s = createSession(skmSurvey, ratingSteps);
      for (let i = 0; i < 9; i++) {
        const [question] = questionsOf(s);
        s = next(answer(s, question.id, 4));
      }
      expect(ids(s)).to.deep.equal(['saran']); // perbaikan is hidden: nothing was rated 1 or 2
      s = next(s);
      expect(s.complete).to.equal(true);
      expect(Object.values(toResponse(s, fixed).answers)).to.deep.equal([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    });
  });
});
