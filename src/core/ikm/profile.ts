/** The respondent profile: counts per gender, age band, education and occupation. */
import { own } from '../own.js';
import {
  EDUCATION_EXTENSIONS,
  EDUCATION_LEVELS,
  GENDERS,
  OCCUPATIONS,
  PROFILE_FIELDS,
  type ProfileCode,
} from './facts.js';
import { answered, IkmInputError, read, show, type IkmIssue, type IkmOptions, type Row } from './read.js';

/** One category and how many respondents fall in it. `key` is `''` for "not answered". */
export interface ProfileCount {
  key: string;
  count: number;
}

/** Counts per category of each profile field. */
export interface RespondentProfile {
  respondents: number;
  gender: ProfileCount[];
  age: ProfileCount[];
  education: ProfileCount[];
  occupation: ProfileCount[];
  /** Ages left out by `invalid: 'skip'`. */
  issues: IkmIssue[];
}

/** Options of `respondentProfile`. */
export interface ProfileOptions extends IkmOptions {
  /** Answer ids of the profile questions. Defaults: `jenis_kelamin`, `usia`, `pendidikan`, `pekerjaan`. */
  fields?: { gender?: string; age?: string; education?: string; occupation?: string };
  /** Lower bounds of the age bands after the first. Default `[20, 30, 40, 50, 60]`: `<20`, `20-29` … `60+`. */
  ageBands?: number[];
}

const codesOf = (list: readonly ProfileCode[]) => list.map(c => c.code);
const official = (list: readonly ProfileCode[]) => codesOf(list).filter(c => !EDUCATION_EXTENSIONS.includes(c));
const DEFAULT_BANDS = [20, 30, 40, 50, 60];

/** The band of an age: `<20`, `20-29` … `60+` for the default bounds. */
export function ageBand(age: number, bands: readonly number[] = DEFAULT_BANDS): string {
  const i = bands.findIndex(b => age < b);
  if (i === 0) return `<${bands[0]}`;
  if (i < 0) return `${bands[bands.length - 1]}+`;
  return `${bands[i - 1]}-${bands[i] - 1}`;
}

/**
 * Counts values: the `zero` categories always (with zero counts), sorted by `order`, then others as met, `''`
 * (not answered) last.
 */
function tally(values: string[], zero: readonly string[], order: readonly string[] = zero): ProfileCount[] {
  const counts = new Map<string, number>(zero.map(k => [k, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const rank = (k: string) => (k === '' ? Infinity : order.includes(k) ? order.indexOf(k) : order.length);
  // Array sort is stable: other values keep the order they were met in.
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => rank(a.key) - rank(b.key));
}

/** A coded answer as text, `''` when not answered. */
const codeText = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The profile of checked rows (respondents only); see `respondentProfile`. */
export function profileOfRows(all: readonly Row[], options: ProfileOptions = {}): RespondentProfile {
  const rows = all.filter(answered);
  const f = { ...PROFILE_FIELDS, ...options.fields };
  const bands = options.ageBands ?? DEFAULT_BANDS;
  const issues: IkmIssue[] = [];
  const values = (id: string) => rows.map(r => codeText(own(r.answers, id)));
  const ages = rows.map(r => {
    const v = own(r.answers, f.age);
    if (v === undefined || v === null || v === '') return '';
    const age = typeof v === 'string' ? Number(v) : v;
    if (typeof age === 'number' && Number.isFinite(age) && age >= 0 && age <= 150) return ageBand(age, bands);
    const field = `answers.${f.age}`;
    const message = `expected an age in years, got ${show(v)}`;
    if (options.invalid !== 'skip')
      throw new IkmInputError(`responses[${r.index}].${field}: ${message}`, r.index, field);
    issues.push({ index: r.index, field, message });
    return '';
  });
  const ageKeys = bands.map((b, i) => (i ? ageBand(b - 1, bands) : `<${b}`)).concat(`${bands[bands.length - 1]}+`);
  return {
    respondents: rows.length,
    gender: tally(values(f.gender), codesOf(GENDERS)),
    age: tally(ages, ageKeys),
    education: tally(values(f.education), official(EDUCATION_LEVELS), codesOf(EDUCATION_LEVELS)),
    occupation: tally(values(f.occupation), codesOf(OCCUPATIONS)),
    issues,
  };
}

/**
 * Counts respondents (responses that answered at least one element) by gender, age band, education and occupation.
 * Official categories are always listed (with zero counts); the preset's extensions (`TIDAK_SEKOLAH`, `D1_D3`, `D4`)
 * sort among them, other local values follow as met, and `''` (not answered) comes last. An age that is not a
 * number from 0 to 150 throws `IkmInputError`, or with `invalid: 'skip'` counts as not answered and is listed in
 * `issues`.
 */
export function respondentProfile(responses: unknown, options: ProfileOptions = {}): RespondentProfile {
  return profileOfRows(read(responses, options).rows, options);
}
