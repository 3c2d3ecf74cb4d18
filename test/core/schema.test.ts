import { expect } from '@open-wc/testing';
import { parseSurvey, safeParseSurvey, SurveyConfigError, formatPath } from '../../src/core/parse.js';
import { MAX_CONDITION_DEPTH, Survey, SurveyResponse } from '../../src/core/schema.js';
import { fullSurvey } from '../helpers/fixtures.js';
import '../../src/i18n/problems/index.js'; // the English words of SurveyConfigError, as `masukan` registers them

/** The problems of an invalid definition as `path: key` strings. */
function problems(input: unknown): string[] {
  const result = safeParseSurvey(input);
  if (result.success) throw new Error('expected the definition to be invalid');
  return result.error.problems.map(p => `${p.path}: ${p.key}${p.detail === undefined ? '' : ` ${p.detail}`}`);
}

/** A survey skeleton around `pages`. */
function surveyOf(pages: unknown[]) {
  return { id: 's', version: 1, title: 'T', pages };
}

/** A valid one-question survey with `question` merged into its only question. */
function withQuestion(question: Record<string, unknown>) {
  return surveyOf([{ questions: [{ id: 'a', type: 'text', label: 'A', ...question }] }]);
}

describe('survey schema', () => {
  it('accepts a survey that uses every question type', () => {
    const survey = parseSurvey(fullSurvey());
    expect(survey.pages.flatMap(p => p.questions.map(q => q.type))).to.deep.equal([
      'rating',
      'textarea',
      'single',
      'multi',
      'select',
      'text',
      'number',
    ]);
  });

  it('accepts plain strings and language maps as text', () => {
    expect(() => parseSurvey(withQuestion({ label: { id: 'Nama', en: 'Name' }, help: 'Bantuan' }))).not.to.throw();
  });

  it('requires id, version, title and at least one page', () => {
    expect(problems({})).to.deep.equal(['id: required', 'version: required', 'title: required', 'pages: required']);
    expect(problems({ id: 's', version: 1, title: 'T', pages: [] })).to.deep.equal(['pages: too_small 1']);
  });

  it('names an unknown question type by path', () => {
    expect(problems(withQuestion({ type: 'slider' }))).to.deep.equal([
      'pages[0].questions[0].type: unknownType "rating", "single", "multi", "select", "text", "textarea", "number"',
    ]);
  });

  it('names the problems of the question whose type matched, not of every other type', () => {
    expect(problems(withQuestion({ type: 'multi', options: [{ value: 'x', label: 'X' }], max: 'two' }))).to.deep.equal([
      'pages[0].questions[0].max: invalid_type number',
    ]);
    expect(problems(withQuestion({ type: undefined }))).to.deep.equal([
      'pages[0].questions[0].type: unknownType "rating", "single", "multi", "select", "text", "textarea", "number"',
    ]);
  });

  it('reports every problem with its exact path', () => {
    const input = surveyOf([
      {
        questions: [
          { id: 'a', type: 'text', label: 'A' },
          { id: 'b', type: 'single', label: 'B', options: [{ value: 'x', label: 'X' }] },
          {
            id: 'c',
            type: 'rating',
            label: 7,
            options: [
              { value: 1, label: 'One' },
              { value: 2, label: 'Two' },
            ],
          },
          {
            id: 'd',
            type: 'select',
            label: 'D',
            options: [
              { value: 'x', label: 'X' },
              { value: 'x', label: 'Y' },
            ],
          },
        ],
      },
    ]);
    expect(problems(input)).to.deep.equal([
      'pages[0].questions[1].options: too_small 2',
      'pages[0].questions[2].label: invalid_type string or record',
      'pages[0].questions[3].options: duplicateOption',
    ]);
  });

  it('limits a rating to 2–11 points with numeric values', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => ({ value: i, label: `${i}` }));
    expect(problems(withQuestion({ type: 'rating', options: points(1) }))).to.deep.equal([
      'pages[0].questions[0].options: too_small 2',
    ]);
    expect(problems(withQuestion({ type: 'rating', options: points(12) }))).to.deep.equal([
      'pages[0].questions[0].options: too_big 11',
    ]);
    expect(() => parseSurvey(withQuestion({ type: 'rating', options: points(11) }))).not.to.throw();
    expect(
      problems(
        withQuestion({
          type: 'rating',
          options: [
            { value: 'a', label: 'A' },
            { value: 2, label: 'B' },
          ],
        }),
      ),
    ).to.deep.equal(['pages[0].questions[0].options[0].value: invalid_type number']);
  });

  it('rejects unknown keys, so typos do not pass silently', () => {
    expect(problems(withQuestion({ requried: true }))).to.deep.equal([
      'pages[0].questions[0]: unrecognized_keys requried',
    ]);
  });

  it('rejects bad ids and empty language maps', () => {
    expect(problems(withQuestion({ id: '1 a' }))).to.deep.equal(['pages[0].questions[0].id: invalid_format']);
    expect(problems(withQuestion({ label: {} }))).to.deep.equal(['pages[0].questions[0].label: noLanguage']);
  });

  it('checks number and multi bounds', () => {
    expect(problems(withQuestion({ type: 'number', min: 5, max: 1 }))).to.deep.equal([
      'pages[0].questions[0].min: minAboveMax',
    ]);
    expect(
      problems(withQuestion({ type: 'multi', options: [{ value: 'x', label: 'X' }], min: 2, max: 1 })),
    ).to.deep.equal(['pages[0].questions[0].min: minAboveMax']);
    expect(problems(withQuestion({ type: 'textarea', maxLength: 0 }))).to.deep.equal([
      'pages[0].questions[0].maxLength: too_small 1',
    ]);
    expect(problems(withQuestion({ type: 'text', maxLength: 2.5 }))).to.deep.equal([
      'pages[0].questions[0].maxLength: invalid_type integer',
    ]);
  });

  it('rejects duplicate question ids across pages', () => {
    const input = surveyOf([
      { questions: [{ id: 'a', type: 'text', label: 'A' }] },
      { questions: [{ id: 'a', type: 'textarea', label: 'A again' }] },
    ]);
    expect(problems(input)).to.deep.equal(['pages[1].questions[0].id: duplicateId a']);
  });

  it('rejects showIf references to unknown, later or own questions', () => {
    const input = surveyOf([
      {
        questions: [
          { id: 'a', type: 'text', label: 'A', showIf: { question: 'b', answered: true } },
          {
            id: 'b',
            type: 'text',
            label: 'B',
            showIf: {
              any: [
                { question: 'zz', equals: 1 },
                { question: 'a', equals: 'x' },
              ],
            },
          },
          { id: 'c', type: 'text', label: 'C', showIf: { not: { question: 'c', answered: true } } },
        ],
      },
    ]);
    expect(problems(input)).to.deep.equal([
      'pages[0].questions[0].showIf: laterQuestion b',
      'pages[0].questions[1].showIf: unknownQuestion zz',
      'pages[0].questions[2].showIf: laterQuestion c',
    ]);
  });

  it('rejects conditions that are not plain JSON comparisons', () => {
    const input = surveyOf([
      {
        questions: [
          { id: 'a', type: 'number', label: 'A' },
          { id: 'b', type: 'text', label: 'B', showIf: { question: 'a', expression: 'a > 2' } },
        ],
      },
    ]);
    expect(problems(input)).to.deep.equal(['pages[0].questions[1].showIf: invalid_union']);
  });

  it('lists problems of every kind at once: a wrong type does not hide a bad showIf or a duplicate id', () => {
    const input = surveyOf([
      {
        questions: [
          { id: 'a', type: 'slider', label: 'A' },
          { id: 'b', type: 'text', label: 'B', showIf: { question: 'nope', answered: true } },
          { id: 'a', type: 'number', label: 'A again', min: 5, max: 1 },
        ],
      },
    ]);
    expect(problems(input)).to.deep.equal([
      'pages[0].questions[0].type: unknownType "rating", "single", "multi", "select", "text", "textarea", "number"',
      'pages[0].questions[1].showIf: unknownQuestion nope',
      'pages[0].questions[2].id: duplicateId a',
      'pages[0].questions[2].min: minAboveMax',
    ]);
  });

  it('checks references even where the survey itself is malformed', () => {
    expect(
      problems({
        id: 's',
        version: 1,
        pages: [{ questions: [{ id: 'b', type: 'text', label: 'B', showIf: { question: 'zz', answered: true } }] }],
      }),
    ).to.deep.equal(['title: required', 'pages[0].questions[0].showIf: unknownQuestion zz']);
    for (const input of [null, 'x', { pages: 'x' }, { pages: [null, { questions: [1, null] }] }])
      expect(() => safeParseSurvey(input)).not.to.throw();
  });

  describe('showIf depth', () => {
    const nested = (depth: number) => {
      let condition: unknown = { question: 'a', answered: true };
      for (let i = 1; i < depth; i++) condition = i % 3 ? { not: condition } : { all: [condition] };
      return condition;
    };
    const withShowIf = (showIf: unknown) =>
      surveyOf([
        {
          questions: [
            { id: 'a', type: 'text', label: 'A' },
            { id: 'b', type: 'text', label: 'B', showIf },
          ],
        },
      ]);

    it(`accepts ${MAX_CONDITION_DEPTH} levels of all/any/not`, () => {
      expect(() => parseSurvey(withShowIf(nested(MAX_CONDITION_DEPTH)))).not.to.throw();
    });

    it('refuses deeper nesting with a clear path error instead of overflowing the stack', () => {
      for (const depth of [MAX_CONDITION_DEPTH + 1, 1500, 100000])
        expect(problems(withShowIf(nested(depth))), `depth ${depth}`).to.deep.equal([
          `pages[0].questions[1].showIf: tooDeep ${MAX_CONDITION_DEPTH}`,
        ]);
      expect(Survey.safeParse(withShowIf(nested(1500))).success).to.equal(false); // the schema itself is bounded
    });

    it('refuses a condition that contains itself (a JavaScript object, not JSON) without hanging', () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.not = cyclic;
      expect(problems(withShowIf(cyclic))).to.deep.equal([
        `pages[0].questions[1].showIf: tooDeep ${MAX_CONDITION_DEPTH}`,
      ]);
    });
  });

  it('accepts ids that name Object.prototype members, and checks them like any other', () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    const input = surveyOf([
      {
        questions: [
          ...ids.map(id => ({ id, type: 'text', label: id })),
          { id: 'later', type: 'text', label: 'L', showIf: { question: '__proto__', answered: true } },
          { id: 'missing', type: 'text', label: 'M', showIf: { question: 'propertyIsEnumerable', answered: true } },
        ],
      },
      { questions: [{ id: 'constructor', type: 'text', label: 'again' }] },
    ]);
    expect(problems(input)).to.deep.equal([
      'pages[0].questions[7].showIf: unknownQuestion propertyIsEnumerable',
      'pages[1].questions[0].id: duplicateId constructor',
    ]);
  });

  it('throws a SurveyConfigError whose message lists every path', () => {
    let error: unknown;
    try {
      parseSurvey(withQuestion({ type: 'x' }));
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SurveyConfigError);
    expect((error as Error).message).to.contain('pages[0].questions[0].type: unknown question type');
  });

  it('formats paths like JavaScript accessors', () => {
    expect(formatPath(['pages', 0, 'questions', 3, 'options'])).to.equal('pages[0].questions[3].options');
    expect(formatPath([])).to.equal('(root)');
  });

  it('validates responses', () => {
    const ok = {
      id: '0b5c3e7e-3f7e-4c1e-9d47-3c1c2f0a9b11',
      surveyId: 's',
      surveyVersion: 1,
      submittedAt: '2026-11-28T03:00:00.000Z',
      lang: 'id',
      context: { unit: 'MPP', counter: 3 },
      answers: { a: 4, b: 'x', c: ['p', 'q'] },
    };
    expect(SurveyResponse.safeParse(ok).success).to.equal(true);
    expect(SurveyResponse.safeParse({ ...ok, submittedAt: 'yesterday' }).success).to.equal(false);
    expect(SurveyResponse.safeParse({ ...ok, answers: { a: { nested: true } } }).success).to.equal(false);
  });
});
