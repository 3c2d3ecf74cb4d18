/**
 * The one rule for what a response may hold, applied before it is stored (by the survey element and by `enqueue`)
 * and again before it is sent: whatever the element built, whatever a `masukan-submit` listener changed, whatever was
 * found in storage. Pure: no DOM.
 */
import { AnswerValue, ContextValue, SurveyResponse } from './schema.js';
import { problemsOf, SurveyConfigError, type DefinitionProblem } from './parse.js';
import { isObject, type Json } from './json.js';
import { languageTag } from './engine.js';

/**
 * A response that breaks the rule, which means the page configured the survey wrongly (hence a `SurveyConfigError`):
 * `problems` name each part by path (`context.office: …`).
 */
export class ResponseError extends SurveyConfigError {
  override readonly name = 'ResponseError';

  constructor(problems: DefinitionProblem[]) {
    super(problems, 'response');
  }
}

export type CheckResponseResult = { success: true; data: SurveyResponse } | { success: false; error: ResponseError };

/**
 * zod leaves a record key named `__proto__` out of its checks (it could not write it into its output), but it is a
 * valid question id: check that one answer or context value here.
 */
function protoProblems(response: Json): DefinitionProblem[] {
  const fields = [
    ['answers', AnswerValue],
    ['context', ContextValue],
  ] as const;
  return fields.flatMap(([field, schema]) => {
    const record = response[field];
    if (!isObject(record) || !Object.hasOwn(record, '__proto__')) return [];
    const result = schema.safeParse(record['__proto__'], { reportInput: true });
    return result.success ? [] : problemsOf(result.error.issues, [field, '__proto__']);
  });
}

/**
 * Checks a response against `SurveyResponse` after normalising what can be normalised (the language tag). The data
 * returned is the response itself, not zod's copy of it, so that no answer is dropped on the way.
 */
export function checkResponse(input: unknown): CheckResponseResult {
  const response =
    isObject(input) && typeof input.lang === 'string' ? { ...input, lang: languageTag(input.lang) } : input;
  const result = SurveyResponse.safeParse(response, { reportInput: true });
  const problems = result.success ? protoProblems(response as Json) : problemsOf(result.error.issues);
  return problems.length
    ? { success: false, error: new ResponseError(problems) }
    : { success: true, data: response as SurveyResponse };
}
