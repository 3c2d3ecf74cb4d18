/** Reading survey responses of unknown shape: checks each one and takes its nine element scores. */
import { IKM_ELEMENTS, type SkmElementKey } from './elements.js';

/** Malformed input: `index` is the position in the array given, `field` the offending field (`answers.waktu`). */
export class IkmInputError extends Error {
  override name = 'IkmInputError';
  constructor(
    message: string,
    readonly index?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** An answer that `invalid: 'skip'` left out. */
export interface IkmIssue {
  index: number;
  field: string;
  message: string;
}

/** Options of `computeIkm` and the other functions that read responses. */
export interface IkmOptions {
  /**
   * The answer id of each element, for a questionnaire whose ids differ from the semantic keys
   * (`{ sarana_prasarana: 'q8' }`). Elements not listed use their key.
   */
  elementIds?: Partial<Record<SkmElementKey, string>>;
  /** Only responses with this `surveyId` count; others are ignored (and counted in `ignored`). Default: all. */
  surveyId?: string;
  /**
   * What to do with an element answer that is not an integer 1–4 (`7`, `'3'`, `NaN`): `throw` (default) an
   * `IkmInputError`, or `skip` it, treat it as unanswered and list it in `issues`.
   */
  invalid?: 'throw' | 'skip';
}

/** A record of unknown shape, as read from JSON. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const show = (v: unknown) => (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));
/** An ISO 8601 date-time with `Z` or an offset, so that it names one instant whatever the machine's time zone. */
const isInstant = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  Number.isFinite(Date.parse(v));

/** One checked response: its position in the input and its score per element (undefined = not answered). */
export interface Row {
  index: number;
  response: Json;
  scores: (number | undefined)[];
}

export interface Read {
  rows: Row[];
  ignored: number;
  issues: IkmIssue[];
}

/** Checks the shape of every response and reads its element scores. Throws `IkmInputError` on malformed input. */
export function read(responses: unknown, options: IkmOptions = {}): Read {
  if (!Array.isArray(responses))
    throw new IkmInputError(`responses: expected an array of survey responses, got ${show(responses).slice(0, 40)}`);
  const ids = IKM_ELEMENTS.map(e => options.elementIds?.[e.key] ?? e.key);
  const out: Read = { rows: [], ignored: 0, issues: [] };
  responses.forEach((response: unknown, index) => {
    const fail = (field: string, message: string) => {
      throw new IkmInputError(`responses[${index}]${field ? '.' + field : ''}: ${message}`, index, field);
    };
    if (!isObject(response)) return fail('', 'expected a response object');
    if (options.surveyId !== undefined && response.surveyId !== options.surveyId) return void out.ignored++;
    const { answers, context, submittedAt } = response;
    if (!isObject(answers)) return fail('answers', `expected an object, got ${show(answers)}`);
    if (context !== undefined && !isObject(context)) return fail('context', `expected an object, got ${show(context)}`);
    if (submittedAt !== undefined && !isInstant(submittedAt))
      return fail('submittedAt', `expected an ISO date-time with Z or an offset, got ${show(submittedAt)}`);
    const scores = ids.map(id => {
      const value = answers[id];
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) return value;
      const field = `answers.${id}`;
      const message = `expected an integer score from 1 to 4, got ${show(value)}`;
      if (options.invalid !== 'skip') fail(field, message);
      out.issues.push({ index, field, message });
      return undefined;
    });
    out.rows.push({ index, response, scores });
  });
  return out;
}

/** True when the row answered at least one element. */
export const answered = (row: Row) => row.scores.some(s => s !== undefined);
