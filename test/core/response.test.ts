import { expect } from '@open-wc/testing';
import { checkResponse, ResponseError } from '../../src/core/response.js';
import { languageTag } from '../../src/core/engine.js';
import { randomId } from '../../src/core/random-id.js';
import { SurveyConfigError } from '../../src/core/parse.js';
import type { SurveyResponse } from '../../src/core/schema.js';

const response: SurveyResponse = {
  id: '0b5c3e7e-3f7e-4c1e-9d47-3c1c2f0a9b11',
  surveyId: 's',
  surveyVersion: 1,
  submittedAt: '2026-11-28T03:00:00.000Z',
  lang: 'id',
  context: { unit: 'MPP', counter: 3, active: true, note: null },
  answers: { a: 4, b: 'x', c: ['p', 'q'] },
};

/** The problems of a response the rule refuses, as `path: key` strings. */
function problems(input: unknown): string[] {
  const result = checkResponse(input);
  if (result.success) throw new Error('expected the response to be refused');
  expect(result.error).to.be.instanceOf(ResponseError).and.instanceOf(SurveyConfigError);
  return result.error.problems.map(p => `${p.path}: ${p.key}`);
}

describe('response rule', () => {
  it('makes version 4 UUIDs from getRandomValues', () => {
    const ids = Array.from({ length: 200 }, randomId);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).to.equal(200);
  });

  it('canonicalises language tags and leaves what is not one alone', () => {
    expect(['EN', 'ID', 'en_US', 'en-us', 'zh_hant_tw', 'id'].map(languageTag)).to.deep.equal([
      'en',
      'id',
      'en-US',
      'en-US',
      'zh-Hant-TW',
      'id',
    ]);
    expect(languageTag('bahasa indonesia')).to.equal('bahasa indonesia');
  });

  it('accepts a valid response as it is, and normalises its language tag', () => {
    const ok = checkResponse(response);
    expect(ok.success && ok.data).to.deep.equal(response);
    const upper = checkResponse({ ...response, lang: 'EN' });
    expect(upper.success && upper.data.lang).to.equal('en');
  });

  it('refuses what the endpoint would refuse, naming each part by path', () => {
    expect(problems({ ...response, context: { office: { name: 'MPP' } } })).to.deep.equal([
      'context.office: invalid_type',
    ]);
    expect(problems({ ...response, context: { counters: [1, 2] } })).to.deep.equal(['context.counters: invalid_type']);
    expect(problems({ ...response, extra: 1 })).to.deep.equal(['(root): unrecognized_keys']);
    expect(problems({ ...response, lang: 'bahasa indonesia' })).to.deep.equal(['lang: invalid_format']);
    expect(problems({ ...response, answers: { a: { nested: true } } })).to.deep.equal(['answers.a: invalid_type']);
    expect(problems(null)).to.deep.equal(['(root): invalid_type']);
  });

  it('checks an answer or context value keyed __proto__, which zod skips', () => {
    const answers = JSON.parse('{"__proto__": 3}');
    expect(checkResponse({ ...response, answers }).success).to.equal(true);
    expect(problems({ ...response, answers: JSON.parse('{"__proto__": {"evil": true}}') })).to.deep.equal([
      'answers.__proto__: invalid_type',
    ]);
    expect(problems({ ...response, context: JSON.parse('{"__proto__": [1]}') })).to.deep.equal([
      'context.__proto__: invalid_type',
    ]);
  });
});
