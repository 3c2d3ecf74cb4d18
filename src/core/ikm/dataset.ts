/**
 * What a results report reads, prepared once so that changing the period or the service is a linear pass:
 * individual responses (checked, with their local dates), or the totals a collector computed (`GET /api/ikm`).
 */
import { isRecord } from '../json.js';
import { ikmFromTallies, ikmOfRows, type IkmResult, type IkmTallies } from './compute.js';
import { compareKeys, groupBy, serviceKey, type IkmGroup } from './group.js';
import { IkmInputError, read, show, type IkmIssue, type IkmOptions, type Row } from './read.js';
import { localDate, periodKind, periodOf, type IkmPeriod, type LocalDate } from './time.js';

/** Options of `readDataset`. */
export interface DatasetOptions extends IkmOptions {
  /** IANA time zone of periods and dates. Default `Asia/Jakarta`. */
  timeZone?: string;
  /** The answer id of the service question. Default `jenis_layanan`. */
  serviceId?: string;
}

/** Responses, checked once (malformed ones skipped and listed). */
export interface IkmDataset {
  rows: Row[];
  /** Local date of each row's `submittedAt`, in the dataset's time zone. */
  dates: (LocalDate | undefined)[];
  /** Service key of each row. */
  services: string[];
  issues: IkmIssue[];
  ignored: number;
  /** Period keys with data, per kind, latest first. */
  periods: Map<IkmPeriod, string[]>;
  /** Service keys with data, sorted (`''` last). */
  serviceKeys: string[];
  serviceId?: string;
}

const PERIODS: IkmPeriod[] = ['year', 'semester', 'quarter', 'month'];

/** Checks responses (skipping malformed ones) and computes each one's date, periods and service once. */
export function readDataset(responses: unknown, options: DatasetOptions = {}): IkmDataset {
  const { rows, issues, ignored } = read(responses, { ...options, invalid: 'skip' });
  const timeZone = options.timeZone ?? 'Asia/Jakarta';
  const dates = rows.map(r => (r.time === undefined ? undefined : localDate(r.time, timeZone)));
  const services = rows.map(r => serviceKey(r.context, r.answers, options.serviceId));
  const periods = new Map<IkmPeriod, string[]>();
  for (const kind of PERIODS) {
    const keys = new Set<string>();
    for (const date of dates) if (date) keys.add(periodOf(date, kind));
    if (keys.size) periods.set(kind, [...keys].sort().reverse());
  }
  const serviceKeys = [...new Set(services)].sort(compareKeys);
  return { rows, dates, services, issues, ignored, periods, serviceKeys, serviceId: options.serviceId };
}

/** The rows of one period (`''` for all) and one service (`undefined` for all). */
export function selectRows(dataset: IkmDataset, period: string, service?: string): Row[] {
  const kind = period ? periodKind(period) : undefined;
  return dataset.rows.filter((_, i) => {
    if (service !== undefined && dataset.services[i] !== service) return false;
    if (!kind) return true;
    const date = dataset.dates[i];
    return date !== undefined && periodOf(date, kind) === period;
  });
}

/** The IKM of each service among rows of the dataset. */
export function serviceGroups(dataset: IkmDataset, rows: readonly Row[]): IkmGroup[] {
  const groups = groupBy(rows, row => serviceKey(row.context, row.answers, dataset.serviceId));
  return [...groups].map(([key, list]) => ({ key, result: ikmOfRows(list) }));
}

/** The totals of `GET /api/ikm`: overall and per group, as sums and counts. */
export interface IkmTotals {
  survey?: string;
  /** What the groups are: `service`, `unit`, `counter`, `month`, `quarter`, `year`. */
  group?: string | null;
  from?: string | null;
  to?: string | null;
  total: IkmTallies;
  groups: (IkmTallies & { key: string })[];
}

/** True for the totals shape (an object with `total` and `groups`), as opposed to an array of responses. */
export const isIkmTotals = (data: unknown): boolean =>
  isRecord(data) && Object.hasOwn(data, 'total') && Object.hasOwn(data, 'groups');

/** Totals checked and computed: the overall IKM and each group's. Throws `IkmInputError` naming the path. */
export function readTotals(data: unknown): { totals: IkmTotals; total: IkmResult; groups: IkmGroup[] } {
  const totals = data as IkmTotals;
  const at = (path: string, compute: () => IkmResult) => {
    try {
      return compute();
    } catch (error) {
      if (error instanceof IkmInputError) throw new IkmInputError(`${path}.${error.message.replace(/^tallies: /, '')}`);
      throw error;
    }
  };
  if (!Array.isArray(totals.groups)) throw new IkmInputError(`groups: expected an array, got ${show(totals.groups)}`);
  const total = at('total', () => ikmFromTallies(totals.total));
  const groups = totals.groups.map((g, i) => {
    const key = isRecord(g) && (typeof g.key === 'string' || typeof g.key === 'number') ? String(g.key) : undefined;
    if (key === undefined)
      throw new IkmInputError(`groups[${i}].key: expected a string, got ${show(isRecord(g) ? g.key : g)}`);
    return { key, result: at(`groups[${i}]`, () => ikmFromTallies(g)) };
  });
  return { totals, total, groups };
}
