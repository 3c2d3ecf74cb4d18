/**
 * The one rule for what a response may hold, applied before it is stored (by the survey element and by `enqueue`)
 * and again before it is sent: whatever the element built, whatever a `masukan-submit` listener changed, whatever was
 * found in storage. Pure: no DOM.
 */
import { AnswerValue, ContextValue, SurveyResponse } from './schema.js';
import { problemsOf, SurveyConfigError, type DefinitionProblem } from './parse.js';
import { isObject, type Json } from './json.js';

/**
 * A version 4 UUID from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also exists on pages that are
 * not a secure context (a plain-http intranet or a kiosk on a LAN).
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A language tag in its canonical form (`EN` → `en`, `en_us` → `en-US`); anything that is not one stays as it is. */
export function languageTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0] ?? lang;
  } catch {
    return lang;
  }
}

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
