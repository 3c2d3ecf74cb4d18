/** Grouping responses by service, by a context field or by a period of `submittedAt` in a time zone. */
import { ikmOfRows, type IkmResult } from './compute.js';
import { IkmInputError, isObject, read, type IkmOptions, type Json, type Row } from './read.js';

/** A reporting period. Keys: `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
export type IkmPeriod = 'year' | 'semester' | 'quarter' | 'month';

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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a time zone: [year, month 1–12, day]. */
function localDate(iso: string, timeZone: string): [number, number, number] {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(iso)).map(p => [p.type, p.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local date `YYYY-MM-DD` of an ISO instant in a time zone (default Asia/Jakarta). */
export function localDay(iso: string, timeZone = 'Asia/Jakarta'): string {
  const [y, m, d] = localDate(iso, timeZone);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The period key of an ISO instant: `2026`, `2026-S1`, `2026-Q2` or `2026-04`, in the time zone given. */
export function periodKey(iso: string, period: IkmPeriod, timeZone = 'Asia/Jakarta'): string {
  const [y, m] = localDate(iso, timeZone);
  if (period === 'year') return `${y}`;
  if (period === 'semester') return `${y}-S${m <= 6 ? 1 : 2}`;
  if (period === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}

/** The service of a response: `context.service`, else its `jenis_layanan` answer (or `serviceId`), else `''`. */
export function serviceOf(response: unknown, serviceId = 'jenis_layanan'): string {
  if (!isObject(response)) return '';
  const context = isObject(response.context) ? response.context : {};
  const answers = isObject(response.answers) ? response.answers : {};
  return String(context.service ?? answers[serviceId] ?? '');
}

/** The group key of one checked row. */
function keyOf(row: Row, by: IkmGroupBy, options: IkmGroupOptions): string {
  const r = row.response;
  if (typeof by === 'function') return String(by(r, row.index) ?? '');
  if (by === 'service') return serviceOf(r, options.serviceId);
  if (typeof by === 'object') {
    const value = isObject(r.context) ? r.context[by.context] : undefined;
    return value === undefined || value === null ? '' : String(value);
  }
  if (typeof r.submittedAt !== 'string')
    throw new IkmInputError(
      `responses[${row.index}].submittedAt: missing, needed to group by ${by}`,
      row.index,
      'submittedAt',
    );
  return periodKey(r.submittedAt, by, options.timeZone);
}

/** Groups rows by key, keys sorted (numerically where they are numbers, `''` last). */
function group(rows: Row[], by: IkmGroupBy, options: IkmGroupOptions): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row, by, options);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const sorted = [...groups].sort(([a], [b]) =>
    !a || !b ? (a ? -1 : b ? 1 : 0) : a.localeCompare(b, undefined, { numeric: true }),
  );
  return new Map(sorted);
}

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
 * Periods follow `options.timeZone` (default `Asia/Jakarta`): 2026-03-31T18:00Z is April 2026.
 */
export function computeIkmBy(responses: unknown, by: IkmGroupBy, options: IkmGroupOptions = {}): IkmGroup[] {
  const { rows, issues } = read(responses, options);
  return [...group(rows, by, options)].map(([key, list]) => {
    const indexes = new Set(list.map(r => r.index));
    return {
      key,
      result: ikmOfRows(
        list,
        0,
        issues.filter(i => indexes.has(i.index)),
      ),
    };
  });
}
