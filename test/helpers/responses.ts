import { IKM_ELEMENTS } from '../../src/core/ikm/index.js';
import type { SurveyResponse } from '../../src/core/schema.js';

const KEYS = IKM_ELEMENTS.map(e => e.key);
let seq = 0;

/** An SKM response (10 Feb 2026) with scores in questionnaire order (U1..U9) and any other fields given. */
export function skmResponse(scores: number[], extra: Partial<SurveyResponse> = {}): SurveyResponse {
  return {
    id: `report-${String(++seq).padStart(6, '0')}`,
    surveyId: 'skm',
    surveyVersion: '2017.1',
    submittedAt: '2026-02-10T03:00:00.000Z',
    lang: 'id',
    context: {},
    ...extra,
    answers: { ...Object.fromEntries(scores.map((s, i) => [KEYS[i], s])), ...extra.answers },
  };
}
