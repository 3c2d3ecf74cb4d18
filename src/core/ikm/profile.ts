/** The respondent profile: counts per gender, age band, education and occupation. */
import { answered, IkmInputError, read, show, type IkmOptions, type Json } from './read.js';

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
}

/** Options of `respondentProfile`. */
export interface ProfileOptions extends IkmOptions {
  /** Answer ids of the profile questions. Defaults: `jenis_kelamin`, `usia`, `pendidikan`, `pekerjaan`. */
  fields?: { gender?: string; age?: string; education?: string; occupation?: string };
  /** Lower bounds of the age bands after the first. Default `[20, 30, 40, 50, 60]`: `<20`, `20-29` … `60+`. */
  ageBands?: number[];
}

const officialOrder = {
  gender: ['L', 'P'],
  education: ['SD', 'SMP', 'SMA', 'S1', 'S2', 'S3'],
  occupation: ['PNS', 'TNI', 'POLRI', 'SWASTA', 'WIRAUSAHA', 'LAINNYA'],
};
/** Where the common local extensions of the SKM preset sort among the official education levels. */
const educationOrder = ['TIDAK_SEKOLAH', 'SD', 'SMP', 'SMA', 'D1_D3', 'D4', 'S1', 'S2', 'S3'];

/** The band of an age: `<20`, `20-29` … `60+` for the default bounds. */
export function ageBand(age: number, bands: readonly number[] = [20, 30, 40, 50, 60]): string {
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
  const rank = (k: string) => (k === '' ? 2e9 : order.includes(k) ? order.indexOf(k) : 1e9);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => rank(a.key) - rank(b.key)); // stable: others keep the order they were met in
}

/**
 * Counts respondents (responses that answered at least one element) by gender, age band, education and occupation.
 * Official categories are always listed (with zero counts); the preset's extensions (`TIDAK_SEKOLAH`, `D1_D3`, `D4`)
 * sort among them, other local values follow as met, and `''` (not answered) comes last. An age that
 * is not a number from 0 to 150 throws `IkmInputError`.
 */
export function respondentProfile(responses: unknown, options: ProfileOptions = {}): RespondentProfile {
  const rows = read(responses, options).rows.filter(answered);
  const f = {
    gender: 'jenis_kelamin',
    age: 'usia',
    education: 'pendidikan',
    occupation: 'pekerjaan',
    ...options.fields,
  };
  const bands = options.ageBands ?? [20, 30, 40, 50, 60];
  const values = (id: string) =>
    rows.map(r => {
      const v = (r.response.answers as Json)[id];
      return v === undefined || v === null ? '' : String(v);
    });
  const ages = rows.map(r => {
    const v = (r.response.answers as Json)[f.age];
    if (v === undefined || v === null || v === '') return '';
    const age = typeof v === 'string' ? Number(v) : v;
    if (typeof age !== 'number' || !Number.isFinite(age) || age < 0 || age > 150)
      throw new IkmInputError(
        `responses[${r.index}].answers.${f.age}: expected an age in years, got ${show(v)}`,
        r.index,
        `answers.${f.age}`,
      );
    return ageBand(age, bands);
  });
  return {
    respondents: rows.length,
    gender: tally(values(f.gender), officialOrder.gender),
    age: tally(ages, bands.map((b, i) => (i ? ageBand(b - 1, bands) : `<${b}`)).concat(`${bands[bands.length - 1]}+`)),
    education: tally(values(f.education), officialOrder.education, educationOrder),
    occupation: tally(values(f.occupation), officialOrder.occupation),
  };
}
