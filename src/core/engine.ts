/**
 * The survey engine: pure functions over a parsed `Survey` and a map of answers. No DOM, no clock and no randomness
 * except through parameters, so the same logic runs in the element, in Node and in tests.
 */
import type {
  AnswerValue,
  Condition,
  Context,
  LocalizedText,
  Page,
  Question,
  Survey,
  SurveyResponse,
} from './schema.js';
import { own } from './own.js';
import { randomId } from './random-id.js';

/**
 * Answers while the respondent is filling in the survey, keyed by question id. Ids are data (`constructor` and
 * `__proto__` are valid ids): read them with `answerOf`, never `answers[id]`
 * (see `own`).
 */
export type Answers = Record<string, AnswerValue | undefined>;

/** Why an answer is not acceptable; the components turn it into text in the respondent's language. */
export type AnswerError =
  | { code: 'required' | 'notANumber' | 'notInteger' }
  | { code: 'tooFew' | 'tooMany' | 'tooLong' | 'tooSmall' | 'tooLarge'; limit: number };

/**
 * Picks the text for `lang`: an exact match, then its base language (`en` for `en-GB`), then Bahasa Indonesia,
 * then the first text given.
 */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return own(text, lang) ?? own(text, lang.split('-')[0]) ?? own(text, 'id') ?? Object.values(text)[0] ?? '';
}

/** A language tag in canonical form (`EN` → `en`, `en_us` → `en-US`); anything that is not one stays as it is. */
export function languageTag(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.replace(/_/g, '-'))[0] ?? lang;
  } catch {
    return lang;
  }
}

/** True when a value counts as an answer (not `undefined`, not an empty string or list). */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/** Evaluates a `showIf` condition against the answers given so far. */
export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every(c => evaluate(c, answers));
  if ('any' in condition) return condition.any.some(c => evaluate(c, answers));
  if ('not' in condition) return !evaluate(condition.not, answers);
  const value = own(answers, condition.question);
  if ('answered' in condition) return isAnswered(value) === condition.answered;
  if (!isAnswered(value)) return false;
  const values = Array.isArray(value) ? value : [value];
  if ('equals' in condition) return values.includes(condition.equals);
  if ('in' in condition) return values.some(v => condition.in.includes(v));
  const n = Array.isArray(value) ? NaN : Number(value);
  return 'lte' in condition ? n <= condition.lte : n >= condition.gte;
}

/**
 * The answers that will be submitted: questions hidden by `showIf` (evaluated in order, so a question that depends
 * on a hidden one is hidden too) and empty answers are left out.
 */
export function visibleAnswers(survey: Survey, answers: Answers): Record<string, AnswerValue> {
  // Written with defineProperty, so that an id such as `__proto__` is a key like any other.
  const kept: Record<string, AnswerValue> = {};
  for (const page of survey.pages)
    for (const q of page.questions) {
      const value = own(answers, q.id);
      if (isVisible(q, kept) && isAnswered(value))
        Object.defineProperty(kept, q.id, { value, enumerable: true, writable: true, configurable: true });
    }
  return kept;
}

/** True when the question's `showIf` (if any) holds. */
export function isVisible(question: Question, answers: Answers): boolean {
  return !question.showIf || evaluate(question.showIf, answers);
}

/** The questions of a page that are shown for these answers. */
export function visibleQuestions(survey: Survey, page: Page, answers: Answers): Question[] {
  const kept = visibleAnswers(survey, answers);
  return page.questions.filter(q => isVisible(q, kept));
}

/** Checks one answer against its question's rules; `undefined` means it is fine. */
export function validateAnswer(question: Question, value: AnswerValue | undefined): AnswerError | undefined {
  if (!isAnswered(value)) return question.required ? { code: 'required' } : undefined;
  switch (question.type) {
    case 'multi': {
      const count = Array.isArray(value) ? value.length : 1;
      if (question.min !== undefined && count < question.min) return { code: 'tooFew', limit: question.min };
      if (question.max !== undefined && count > question.max) return { code: 'tooMany', limit: question.max };
      return undefined;
    }
    case 'text':
    case 'textarea':
      if (question.maxLength !== undefined && String(value).length > question.maxLength)
        return { code: 'tooLong', limit: question.maxLength };
      return undefined;
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (typeof value !== 'number' && (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n)))
        return { code: 'notANumber' };
      if (question.integer && !Number.isInteger(n)) return { code: 'notInteger' };
      if (question.min !== undefined && n < question.min) return { code: 'tooSmall', limit: question.min };
      if (question.max !== undefined && n > question.max) return { code: 'tooLarge', limit: question.max };
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Validates the visible questions of one page; returns errors keyed by question id (empty when all is well). */
export function validatePage(survey: Survey, page: Page, answers: Answers): Record<string, AnswerError> {
  return Object.fromEntries(
    visibleQuestions(survey, page, answers).flatMap(q => {
      const error = validateAnswer(q, own(answers, q.id));
      return error ? [[q.id, error]] : [];
    }),
  );
}

/** What `createResponse` needs besides the survey and answers. `id` and `now` exist for deterministic tests. */
export interface ResponseOptions {
  lang: string;
  context?: Context;
  id?: string;
  now?: Date;
}

/** Builds the response to store and send: visible answers only, numbers as numbers. */
export function createResponse(survey: Survey, answers: Answers, options: ResponseOptions): SurveyResponse {
  const kept = visibleAnswers(survey, answers);
  for (const page of survey.pages)
    for (const q of page.questions)
      if (q.type === 'number' && Object.hasOwn(kept, q.id)) kept[q.id] = Number(kept[q.id]);
  return {
    id: options.id ?? randomId(),
    surveyId: survey.id,
    surveyVersion: survey.version,
    submittedAt: (options.now ?? new Date()).toISOString(),
    lang: languageTag(options.lang),
    context: { ...options.context },
    answers: kept,
  };
}
