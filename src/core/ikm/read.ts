/** Reading survey responses of unknown shape: checks each one and takes its nine element scores. */
import { isRecord, type Json } from '../json.js';
import { own } from '../own.js';
import { IKM_ELEMENTS, type SkmElementKey } from './facts.js';

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

/** A response that `invalid: 'skip'` left out, and why (its first problem). */
export interface IkmIssue {
  /** Position in the array given. */
  index: number;
  /** The response's `id`, when it has a string one. */
  id?: string;
  /** The offending field (`answers.waktu`, `submittedAt`), `''` for the response itself. */
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
   * What to do with a malformed response (a score that is not an integer 1–4 such as `7` or `'3'`, a bad
   * `submittedAt`, answers that are not an object): `throw` (default) an `IkmInputError`, or `skip` the whole
   * response and list it in `issues`.
   */
  invalid?: 'throw' | 'skip';
}

export const show = (v: unknown) => (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));
/** An ISO 8601 date-time with `Z` or an offset, so that it names one instant whatever the machine's time zone. */
const isInstant = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  Number.isFinite(Date.parse(v));

/** What every checked response has: its position in the input, its objects and its time. */
export interface Checked {
  index: number;
  response: Json;
  /** `answers`, checked to be an object. */
  answers: Json;
  /** `context`, or an empty object. */
  context: Json;
  /** `submittedAt` in milliseconds since 1970, when given. */
  time: number | undefined;
}

/** One checked SKM response with its score per element (undefined = not answered). */
export interface Row extends Checked {
  scores: (number | undefined)[];
}

export interface Read<R = Row> {
  rows: R[];
  ignored: number;
  issues: IkmIssue[];
}

/** The first problem of a response: thrown by a row reader, turned into an `IkmInputError` or an issue. */
export class Skip {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}

/** Checks what every response needs (an object with `answers`, optional `context`, an ISO `submittedAt`). */
export function checkRow(response: unknown, index: number): Checked {
  if (!isRecord(response)) throw new Skip('', 'expected a response object');
  const { answers, context, submittedAt } = response;
  if (!isRecord(answers)) throw new Skip('answers', `expected an object, got ${show(answers)}`);
  if (context !== undefined && !isRecord(context))
    throw new Skip('context', `expected an object, got ${show(context)}`);
  if (submittedAt !== undefined && !isInstant(submittedAt))
    throw new Skip('submittedAt', `expected an ISO date-time with Z or an offset, got ${show(submittedAt)}`);
  const time = typeof submittedAt === 'string' ? Date.parse(submittedAt) : undefined;
  return { index, response, answers, context: context ?? {}, time };
}

/**
 * Reads every response with `readRow` (which throws `Skip` for a malformed one): responses of other surveys are
 * counted in `ignored`; a malformed one throws `IkmInputError` naming its index and field, or with
 * `invalid: 'skip'` is left out and listed in `issues`.
 */
export function readWith<R>(
  responses: unknown,
  options: Pick<IkmOptions, 'surveyId' | 'invalid'>,
  readRow: (response: unknown, index: number) => R,
): Read<R> {
  if (!Array.isArray(responses))
    throw new IkmInputError(`responses: expected an array of survey responses, got ${show(responses).slice(0, 40)}`);
  const out: Read<R> = { rows: [], ignored: 0, issues: [] };
  responses.forEach((response: unknown, index) => {
    if (options.surveyId !== undefined && isRecord(response) && response.surveyId !== options.surveyId) {
      out.ignored++;
      return;
    }
    try {
      out.rows.push(readRow(response, index));
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      const { field, message } = error;
      if (options.invalid !== 'skip')
        throw new IkmInputError(`responses[${index}]${field ? '.' + field : ''}: ${message}`, index, field);
      const id = isRecord(response) && typeof response.id === 'string' ? response.id : undefined;
      out.issues.push(id === undefined ? { index, field, message } : { index, id, field, message });
    }
  });
  return out;
}

/**
 * Checks the shape of every SKM response and reads its element scores. Throws `IkmInputError` on malformed input,
 * or with `invalid: 'skip'` leaves malformed responses out and lists them in `issues`.
 */
export function read(responses: unknown, options: IkmOptions = {}): Read {
  const ids = IKM_ELEMENTS.map(e => options.elementIds?.[e.key] ?? e.key);
  return readWith(responses, options, (response, index) => {
    const checked = checkRow(response, index);
    const scores = ids.map(id => {
      const value = own(checked.answers, id);
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) return value;
      throw new Skip(`answers.${id}`, `expected an integer score from 1 to 4, got ${show(value)}`);
    });
    return { ...checked, scores };
  });
}

/** True when the row answered at least one element. */
export const answered = (row: Row) => row.scores.some(s => s !== undefined);
