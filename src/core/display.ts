/**
 * Display rules of the launcher, as pure functions: whether a survey may show itself to this visitor now, given what
 * was remembered about them. No storage and no DOM here; the launcher keeps the record in localStorage.
 */

/** A source of time, so that triggers and rules can be tested without waiting (`launcher.clock = …`). */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real time. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What is remembered about one visitor and one survey (timestamps in ms). */
export interface VisitorRecord {
  /** A number in [0, 100) drawn once per visitor: they are in the sample when it is below `sample`. */
  roll: number;
  /** When the survey was last opened. */
  displayed?: number;
  /** When it was last closed without an answer. */
  dismissed?: number;
  /** When it was last answered. */
  completed?: number;
}

export interface DisplayRules {
  /** Percentage of visitors to show the survey to (0–100). */
  sample: number;
  /** Show it to each visitor only until it has been opened once. */
  once: boolean;
  /** Days to stay away after the visitor answered or dismissed it (0: no pause). */
  recontactDays: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whether the survey may show itself (its button, its automatic triggers) to the visitor at `now`. */
export function mayDisplay(record: VisitorRecord, rules: DisplayRules, now: number): boolean {
  if (record.roll >= rules.sample) return false;
  if (rules.once && record.displayed !== undefined) return false;
  const last = Math.max(record.dismissed ?? -Infinity, record.completed ?? -Infinity);
  return !(rules.recontactDays > 0 && now - last < rules.recontactDays * DAY);
}

/** A record read back from storage, or a fresh one (with a new roll) when it is missing or malformed. */
export function visitorRecord(stored: unknown, random: () => number = Math.random): VisitorRecord {
  const record = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof VisitorRecord, unknown>>;
  const time = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const roll = time(record.roll);
  return {
    roll: roll !== undefined && roll >= 0 && roll < 100 ? roll : random() * 100,
    displayed: time(record.displayed),
    dismissed: time(record.dismissed),
    completed: time(record.completed),
  };
}
