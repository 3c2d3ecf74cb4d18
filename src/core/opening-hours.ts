/**
 * Opening hours of a counter, for kiosks that rest outside them. `hours` is a list of `HH:MM-HH:MM` ranges
 * (`"08:00-12:00 13:00-15:30"`), `days` a list of ISO weekdays or ranges of them (`"1-5"`: Monday to Friday;
 * `"1-5,6"`). Both are read in the device's local time. Empty means always.
 */

/** [from, to) in minutes after midnight. */
type Range = [number, number];

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The ranges of an `hours` text; throws an Error naming the part that cannot be read. */
export function parseHours(hours: string): Range[] {
  return hours
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(part => {
      const match = /^([01]?\d|2[0-3]):([0-5]\d)-([01]?\d|2[0-4]):([0-5]\d)$/.exec(part);
      if (!match) throw new Error(`hours: "${part}" is not HH:MM-HH:MM`);
      const [from, to] = part.split('-').map(minutes);
      if (to <= from) throw new Error(`hours: "${part}" ends before it starts`);
      return [from, to] as Range;
    });
}

/** The ISO weekdays (1 = Monday … 7 = Sunday) of a `days` text; throws an Error naming the bad part. */
export function parseDays(days: string): Set<number> {
  const set = new Set<number>();
  for (const part of days.split(/[\s,;]+/).filter(Boolean)) {
    const match = /^([1-7])(?:-([1-7]))?$/.exec(part);
    if (!match) throw new Error(`days: "${part}" is not a weekday 1–7 or a range such as 1-5`);
    for (let d = Number(match[1]); d <= Number(match[2] ?? match[1]); d++) set.add(d);
  }
  return set;
}

/** True when `date` falls on one of `days` and inside one of `hours` (each empty meaning "any"). */
export function isOpen(hours: string, days: string, date: Date): boolean {
  const weekdays = parseDays(days);
  const weekday = date.getDay() || 7;
  if (weekdays.size && !weekdays.has(weekday)) return false;
  const ranges = parseHours(hours);
  const now = date.getHours() * 60 + date.getMinutes();
  return !ranges.length || ranges.some(([from, to]) => now >= from && now < to);
}
