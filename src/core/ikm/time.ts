/**
 * Calendar dates and reporting periods of instants in an IANA time zone. `Intl` is slow per call (a few µs), so the
 * zone's offset is looked up once per UTC day and reused for every instant of that day; a day on which the offset
 * changes (a DST switch) is computed instant by instant.
 */

/** A reporting period. Keys: `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
export type IkmPeriod = 'year' | 'semester' | 'quarter' | 'month';

/** A local calendar date: [year, month 1–12, day]. */
export type LocalDate = [number, number, number];

const DAY = 86_400_000;

interface Zone {
  format: Intl.DateTimeFormat;
  /** UTC day number → the zone's offset in ms all that day, or null when it changes during the day. */
  offsets: Map<number, number | null>;
}

const zones = new Map<string, Zone>();

function zone(timeZone: string): Zone {
  let z = zones.get(timeZone);
  if (!z) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    z = { format, offsets: new Map() };
    zones.set(timeZone, z);
  }
  return z;
}

/** The local wall-clock fields of an instant, through Intl. */
function wallClock(z: Zone, ms: number): number[] {
  const parts = new Map(z.format.formatToParts(ms).map(p => [p.type, Number(p.value)]));
  return ['year', 'month', 'day', 'hour', 'minute', 'second'].map(type =>
    parts.get(type as Intl.DateTimeFormatPartTypes)!,
  );
}

/** Local time minus UTC at an instant, in ms (whole seconds). */
function offsetAt(z: Zone, ms: number): number {
  const [y, m, d, h, min, s] = wallClock(z, ms);
  return Date.UTC(y, m - 1, d, h, min, s) - Math.floor(ms / 1000) * 1000;
}

/** The local calendar date of an instant (ms since 1970) in a time zone. */
export function localDate(ms: number, timeZone: string): LocalDate {
  const z = zone(timeZone);
  const day = Math.floor(ms / DAY);
  let offset = z.offsets.get(day);
  if (offset === undefined) {
    const start = offsetAt(z, day * DAY);
    offset = start === offsetAt(z, (day + 1) * DAY - 1000) ? start : null;
    z.offsets.set(day, offset);
  }
  if (offset === null) {
    const [y, m, d] = wallClock(z, ms);
    return [y, m, d];
  }
  const local = new Date(ms + offset);
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of a local date. */
export const dayText = ([y, m, d]: LocalDate) => `${y}-${pad(m)}-${pad(d)}`;

/** The key of the period a local date falls in: `2026`, `2026-S1`, `2026-Q2` or `2026-04`. */
export function periodOf([y, m]: LocalDate, period: IkmPeriod): string {
  if (period === 'year') return `${y}`;
  if (period === 'semester') return `${y}-S${m <= 6 ? 1 : 2}`;
  if (period === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}

/** The local date `YYYY-MM-DD` of an ISO instant in a time zone (default Asia/Jakarta). */
export function localDay(iso: string, timeZone = 'Asia/Jakarta'): string {
  return dayText(localDate(Date.parse(iso), timeZone));
}

/** The period key of an ISO instant: `2026`, `2026-S1`, `2026-Q2` or `2026-04`, in the time zone given. */
export function periodKey(iso: string, period: IkmPeriod, timeZone = 'Asia/Jakarta'): string {
  return periodOf(localDate(Date.parse(iso), timeZone), period);
}

/** The kind of a period key: `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
export const periodKind = (key: string): IkmPeriod =>
  /^\d+$/.test(key) ? 'year' : key.includes('-S') ? 'semester' : key.includes('-Q') ? 'quarter' : 'month';
