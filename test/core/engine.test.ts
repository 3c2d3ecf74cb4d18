import { expect } from '@open-wc/testing';
import {
  createResponse,
  evaluate,
  localize,
  validateAnswer,
  validatePage,
  visibleAnswers,
  visibleQuestions,
} from '../../src/core/engine.js';
import { parseSurvey } from '../../src/core/parse.js';
import type { Question } from '../../src/core/schema.js';
import { fullSurvey } from '../helpers/fixtures.js';

describe('engine', () => {
  const survey = parseSurvey(fullSurvey());

  it('localizes texts with Bahasa Indonesia as the fallback', () => {
    expect(localize({ id: 'Halo', en: 'Hello' }, 'en')).to.equal('Hello');
    expect(localize({ id: 'Halo', en: 'Hello' }, 'en-GB')).to.equal('Hello');
    expect(localize({ id: 'Halo', en: 'Hello' }, 'jv')).to.equal('Halo');
    expect(localize({ en: 'Hello' }, 'id')).to.equal('Hello');
    expect(localize('Teks', 'en')).to.equal('Teks');
  });

  it('evaluates conditions', () => {
    const answers = { r: 2, s: 'b', m: ['x', 'y'], t: '' };
    expect(evaluate({ question: 'r', lte: 2 }, answers)).to.equal(true);
    expect(evaluate({ question: 'r', gte: 3 }, answers)).to.equal(false);
    expect(evaluate({ question: 's', equals: 'b' }, answers)).to.equal(true);
    expect(evaluate({ question: 's', in: ['a', 'c'] }, answers)).to.equal(false);
    expect(evaluate({ question: 'm', equals: 'y' }, answers)).to.equal(true);
    expect(evaluate({ question: 'm', in: ['z', 'x'] }, answers)).to.equal(true);
    expect(evaluate({ question: 't', answered: true }, answers)).to.equal(false);
    expect(evaluate({ question: 'missing', lte: 2 }, answers)).to.equal(false);
    expect(evaluate({ all: [{ question: 'r', lte: 2 }, { not: { question: 's', equals: 'a' } }] }, answers)).to.equal(
      true,
    );
    expect(
      evaluate(
        {
          any: [
            { question: 'r', gte: 4 },
            { question: 't', answered: false },
          ],
        },
        answers,
      ),
    ).to.equal(true);
  });

  it('shows a follow-up only when its condition holds', () => {
    const page = survey.pages[0];
    expect(visibleQuestions(survey, page, { kepuasan: 4 }).map(q => q.id)).to.deep.equal(['kepuasan', 'kanal']);
    expect(visibleQuestions(survey, page, { kepuasan: 2 }).map(q => q.id)).to.deep.equal([
      'kepuasan',
      'masalah',
      'kanal',
    ]);
  });

  it('drops answers of hidden questions, and of questions that depend on them', () => {
    const chained = parseSurvey({
      id: 'c',
      version: 1,
      title: 'T',
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
            {
              id: 'b',
              type: 'single',
              label: 'B',
              showIf: { question: 'a', lte: 1 },
              options: [
                { value: 'y', label: 'Y' },
                { value: 'n', label: 'N' },
              ],
            },
            { id: 'c', type: 'text', label: 'C', showIf: { question: 'b', equals: 'y' } },
          ],
        },
      ],
    });
    expect(visibleAnswers(chained, { a: 1, b: 'y', c: 'why' })).to.deep.equal({ a: 1, b: 'y', c: 'why' });
    expect(visibleAnswers(chained, { a: 2, b: 'y', c: 'why' })).to.deep.equal({ a: 2 });
  });

  it('validates answers by type', () => {
    const q = (extra: Record<string, unknown>) => ({ id: 'q', label: 'Q', ...extra }) as Question;
    expect(validateAnswer(q({ type: 'text', required: true }), '')).to.deep.equal({ code: 'required' });
    expect(validateAnswer(q({ type: 'text' }), undefined)).to.equal(undefined);
    expect(validateAnswer(q({ type: 'textarea', maxLength: 3 }), 'abcd')).to.deep.equal({ code: 'tooLong', limit: 3 });
    const multi = q({ type: 'multi', min: 1, max: 2, options: [] });
    expect(validateAnswer(multi, ['a', 'b', 'c'])).to.deep.equal({ code: 'tooMany', limit: 2 });
    expect(validateAnswer({ ...multi, min: 2 } as Question, ['a'])).to.deep.equal({ code: 'tooFew', limit: 2 });
    const number = q({ type: 'number', min: 15, max: 100, integer: true });
    expect(validateAnswer(number, 'abc')).to.deep.equal({ code: 'notANumber' });
    expect(validateAnswer(number, '20.5')).to.deep.equal({ code: 'notInteger' });
    expect(validateAnswer(number, '12')).to.deep.equal({ code: 'tooSmall', limit: 15 });
    expect(validateAnswer(number, 101)).to.deep.equal({ code: 'tooLarge', limit: 100 });
    expect(validateAnswer(number, '42')).to.equal(undefined);
  });

  it('requires only visible questions', () => {
    expect(validatePage(survey, survey.pages[0], {})).to.deep.equal({ kepuasan: { code: 'required' } });
    expect(validatePage(survey, survey.pages[0], { kepuasan: 1 })).to.deep.equal({ masalah: { code: 'required' } });
    expect(validatePage(survey, survey.pages[0], { kepuasan: 3 })).to.deep.equal({});
  });

  it('builds a response with visible answers and numbers as numbers', () => {
    const response = createResponse(
      survey,
      { kepuasan: 4, masalah: 'hidden now', kanal: 'web', fasilitas: ['toilet'], layanan: 'ktp', usia: '42' },
      {
        lang: 'en',
        context: { unit: 'MPP Kota', counter: 2 },
        id: 'fixed-id-0001',
        now: new Date('2026-11-28T03:00:00Z'),
      },
    );
    expect(response).to.deep.equal({
      id: 'fixed-id-0001',
      surveyId: 'uji',
      surveyVersion: '1',
      submittedAt: '2026-11-28T03:00:00.000Z',
      lang: 'en',
      context: { unit: 'MPP Kota', counter: 2 },
      answers: { kepuasan: 4, kanal: 'web', fasilitas: ['toilet'], layanan: 'ktp', usia: 42 },
    });
    expect(createResponse(survey, {}, { lang: 'id' }).id).to.match(/^[0-9a-f-]{36}$/);
  });

  describe('ids that name Object.prototype members', () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const members = parseSurvey({
      id: 'm',
      version: 1,
      title: 'T',
      pages: [
        {
          questions: [
            ...ids.map(id => ({ id, type: 'text', label: id, required: true })),
            { id: 'x', type: 'text', label: 'X', showIf: { question: 'constructor', answered: true } },
          ],
        },
      ],
    });
    const answers = JSON.parse('{"constructor":"a","toString":"b","__proto__":"c","hasOwnProperty":"d","valueOf":"e"}');

    it('treats them as unanswered until answered', () => {
      const errors = validatePage(members, members.pages[0], {});
      expect(Object.keys(errors)).to.deep.equal(ids);
      expect(Object.getPrototypeOf(errors)).to.equal(Object.prototype); // `__proto__` did not replace it
      expect(visibleQuestions(members, members.pages[0], {}).map(q => q.id)).to.deep.equal(ids);
      expect(evaluate({ question: 'toString', answered: true }, {})).to.equal(false);
      expect(evaluate({ question: '__proto__', equals: 'c' }, {})).to.equal(false);
    });

    it('keeps their answers as data, __proto__ included', () => {
      expect(validatePage(members, members.pages[0], answers)).to.deep.equal({});
      const kept = visibleAnswers(members, answers);
      expect(Object.keys(kept)).to.deep.equal(ids);
      expect(Object.getPrototypeOf(kept)).to.equal(Object.prototype);
      const response = createResponse(members, answers, { lang: 'id' });
      expect(JSON.parse(JSON.stringify(response.answers))).to.deep.equal(answers);
      expect(Object.keys(response.answers)).to.include('__proto__');
    });

    it('looks texts up by own language keys only', () => {
      expect(localize({ id: 'Halo' }, 'constructor')).to.equal('Halo');
      expect(localize({ en: 'Hello' }, 'toString')).to.equal('Hello');
    });
  });
});
