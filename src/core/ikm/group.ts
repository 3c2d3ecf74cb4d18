/** Grouping responses by service, by a context field or by a period of `submittedAt` in a time zone. */
import { isRecord, type Json } from '../json.js';
import { own } from '../own.js';
import { ikmOfRows, type IkmResult } from './compute.js';
import { IkmInputError, read, type IkmOptions, type Row } from './read.js';
import { localDate, periodOf, type IkmPeriod } from './time.js';

/**
 * How to group responses: by `service` (`context.service`, else the `jenis_layanan` answer), by a period of
 * `submittedAt`, by any `context` field (`{ context: 'counter' }`) or by a function returning the key.
 */
export type IkmGroupBy = 'service' | IkmPeriod | { context: string } | ((response: Json, index: number) => unknown);

/** Options of the grouping functions. */
export interface IkmGroupOptions extends IkmOptions {
  /** IANA time zone in which periods start. Default `Asia/Jakarta` (WIB). */
  timeZone?: string;
  /** The answer id of the service question, used when `context.service` is absent. Default `jenis_layanan`. */
  serviceId?: string;
}

/** One group and its index. `key` is `''` for responses without a value for the grouping field. */
export interface IkmGroup {
  key: string;
  result: IkmResult;
}

/** A context field or answer as a group key: `''` when absent, numbers and other values as text. */
const keyText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The service of checked answers and context: `context.service`, else the `serviceId` answer, else `''`. */
export const serviceKey = (context: Json, answers: Json, serviceId = 'jenis_layanan') =>
  keyText(own(context, 'service') ?? own(answers, serviceId));

/** The service of a response: `context.service`, else its `jenis_layanan` answer (or `serviceId`), else `''`. */
export function serviceOf(response: unknown, serviceId = 'jenis_layanan'): string {
  if (!isRecord(response)) return '';
  const context = isRecord(response.context) ? response.context : {};
  const answers = isRecord(response.answers) ? response.answers : {};
  return serviceKey(context, answers, serviceId);
}

/** The group key of one checked row. */
function keyOf(row: Row, by: IkmGroupBy, options: IkmGroupOptions): string {
  if (typeof by === 'function') return keyText(by(row.response, row.index));
  if (by === 'service') return serviceKey(row.context, row.answers, options.serviceId);
  if (typeof by === 'object') return keyText(own(row.context, by.context));
  if (row.time === undefined)
    throw new IkmInputError(
      `responses[${row.index}].submittedAt: missing, needed to group by ${by}`,
      row.index,
      'submittedAt',
    );
  return periodOf(localDate(row.time, options.timeZone ?? 'Asia/Jakarta'), by);
}

/** Group keys in report order: numerically where they are numbers, `''` (no value) last. */
export const compareKeys = (a: string, b: string) =>
  !a || !b ? (a ? -1 : b ? 1 : 0) : a.localeCompare(b, undefined, { numeric: true });

/** Groups items by key in one pass, keys sorted by `compareKeys`. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => compareKeys(a, b)));
}

const group = (rows: Row[], by: IkmGroupBy, options: IkmGroupOptions) => groupBy(rows, row => keyOf(row, by, options));

/**
 * Splits responses into groups, keeping each response's own object. Throws `IkmInputError` like `computeIkm`, and
 * when grouping by period a response has no `submittedAt`.
 */
export function groupResponses<T = unknown>(
  responses: readonly T[],
  by: IkmGroupBy,
  options: IkmGroupOptions = {},
): Map<string, T[]> {
  const { rows } = read(responses, { ...options, invalid: 'skip' });
  return new Map([...group(rows, by, options)].map(([key, list]) => [key, list.map(row => row.response as T)]));
}

/**
 * The IKM of each group of responses, e.g. per service, per counter (`{ context: 'counter' }`) or per quarter.
 * Periods follow `options.timeZone` (default `Asia/Jakarta`): 2026-03-31T18:00Z is April 2026. Responses skipped
 * by `invalid: 'skip'` are in no group (`computeIkm` lists them).
 */
export function computeIkmBy(responses: unknown, by: IkmGroupBy, options: IkmGroupOptions = {}): IkmGroup[] {
  const { rows } = read(responses, options);
  return [...group(rows, by, options)].map(([key, list]) => ({ key, result: ikmOfRows(list) }));
}
