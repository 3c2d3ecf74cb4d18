/**
 * The community satisfaction index (IKM) of PermenPANRB 14/2017, computed exactly. Pure functions, no DOM: works in
 * Node and in the browser (`import { computeIkm } from 'masukan/ikm'`).
 *
 * NIK = 25/9 · Σ (S_i / n_i) over the nine elements, where S_i is the sum of element i's scores and n_i the number of
 * respondents who answered it. The sum is kept as an exact fraction of BigInts (no 0.111 weight, no early rounding),
 * then rounded half-up to 2 decimals; the grade is the highest class whose lower bound (88.31 / 76.61 / 65.00) is at
 * most the rounded value.
 */

/** A text in Bahasa Indonesia and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/** The semantic key of one of the nine SKM elements (unsur). */
export type SkmElementKey =
  | 'persyaratan'
  | 'prosedur'
  | 'waktu'
  | 'biaya'
  | 'produk'
  | 'kompetensi'
  | 'perilaku'
  | 'sarana_prasarana'
  | 'pengaduan';

/** One SKM element: its stable key, its questionnaire column (`U1`–`U9`) and its name. */
export interface IkmElement {
  key: SkmElementKey;
  code: string;
  name: Bilingual;
}

const element = (key: SkmElementKey, code: string, id: string, en: string): IkmElement => ({
  key,
  code,
  name: { id, en },
});

/**
 * The nine elements in the order of the official questionnaire, which puts Sarana dan Prasarana at U8 and Penanganan
 * Pengaduan at U9 (the regulation's scope list has them the other way round; answers are matched by key, never by
 * position).
 */
export const IKM_ELEMENTS: readonly IkmElement[] = [
  element('persyaratan', 'U1', 'Persyaratan', 'Requirements'),
  element('prosedur', 'U2', 'Sistem, Mekanisme, dan Prosedur', 'System, mechanism and procedure'),
  element('waktu', 'U3', 'Waktu Penyelesaian', 'Completion time'),
  element('biaya', 'U4', 'Biaya/Tarif', 'Cost/fee'),
  element('produk', 'U5', 'Produk Spesifikasi Jenis Pelayanan', 'Service product specification'),
  element('kompetensi', 'U6', 'Kompetensi Pelaksana', 'Staff competence'),
  element('perilaku', 'U7', 'Perilaku Pelaksana', 'Staff conduct'),
  element('sarana_prasarana', 'U8', 'Sarana dan Prasarana', 'Facilities and infrastructure'),
  element('pengaduan', 'U9', 'Penanganan Pengaduan, Saran dan Masukan', 'Handling of complaints and suggestions'),
];

/** Service quality grade (mutu pelayanan). */
export type Mutu = 'A' | 'B' | 'C' | 'D';

/** One row of the interval table: `min` is the lower bound of the NIK in hundredths (8831 = 88.31). */
export interface IkmGrade {
  mutu: Mutu;
  min: number;
  kinerja: Bilingual;
}

/** The interval table of PermenPANRB 14/2017 on the NIK scale (25–100), best grade first. */
export const IKM_GRADES: readonly IkmGrade[] = [
  { mutu: 'A', min: 8831, kinerja: { id: 'Sangat baik', en: 'Very good' } },
  { mutu: 'B', min: 7661, kinerja: { id: 'Baik', en: 'Good' } },
  { mutu: 'C', min: 6500, kinerja: { id: 'Kurang baik', en: 'Below standard' } },
  { mutu: 'D', min: 0, kinerja: { id: 'Tidak baik', en: 'Poor' } },
];

/** The grade of a NIK value given in hundredths, already rounded (8403 for 84.03). */
export function gradeOf(nikHundredths: number): IkmGrade {
  return IKM_GRADES.find(g => nikHundredths >= g.min)!;
}

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

/** The result for one element. The values are `null` when nobody answered it. */
export interface IkmElementResult extends IkmElement {
  /** Respondents who answered this element. */
  n: number;
  /** Sum of their scores. */
  sum: number;
  /** Average score (nilai rata-rata, 1–4), rounded half-up to 4 decimals for display. */
  nrr: number | null;
  /** The exact average as a reduced fraction, e.g. `"13/4"`. */
  nrrExact: string | null;
  /** NRR tertimbang: NRR × 1/9, rounded half-up to 4 decimals. */
  weighted: number | null;
  /** NRR × 25 (25–100), rounded half-up to 2 decimals. */
  value: number | null;
  /** The grade of `value`. */
  mutu: Mutu | null;
}

/** The index over a set of responses. Index values are `null` when some element has no answers at all. */
export interface IkmResult {
  /** Responses that answered at least one element. */
  respondents: number;
  /** Responses skipped because of `surveyId`. */
  ignored: number;
  /** True when every respondent answered all nine elements. */
  complete: boolean;
  /** Per element, keyed by element key, in questionnaire order. */
  elements: Record<SkmElementKey, IkmElementResult>;
  /** IKM on the 1–4 scale (Σ NRR / 9), rounded half-up to 4 decimals. */
  ni: number | null;
  /** The exact NI as a reduced fraction, e.g. `"121/36"`. */
  niExact: string | null;
  /** IKM unit pelayanan on the 25–100 scale, rounded half-up to 2 decimals. */
  nik: number | null;
  /** The exact NIK as a reduced fraction, e.g. `"3025/36"`. */
  nikExact: string | null;
  /** The rounded NIK as text with a dot and two decimals, e.g. `"84.03"`. */
  nikText: string | null;
  /** Mutu pelayanan. */
  mutu: Mutu | null;
  /** Kinerja unit pelayanan. */
  kinerja: Bilingual | null;
  /** Answers left out by `invalid: 'skip'`. */
  issues: IkmIssue[];
}

// ---------------------------------------------------------------------------------------------------------------
// Exact arithmetic

type Fraction = [num: bigint, den: bigint];

const gcd = (a: bigint, b: bigint): bigint => {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};

const reduce = ([num, den]: Fraction): Fraction => {
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
};

const add = ([a, b]: Fraction, [c, d]: Fraction): Fraction => reduce([a * d + c * b, b * d]);
const times = ([a, b]: Fraction, [c, d]: Fraction): Fraction => reduce([a * c, b * d]);
const fractionText = ([num, den]: Fraction) => (den === 1n ? `${num}` : `${num}/${den}`);

/** A non-negative fraction rounded half-up to `dp` decimals, as an integer count of 10^-dp units. */
function roundUnits([num, den]: Fraction, dp: number): bigint {
  return (num * 10n ** BigInt(dp) * 2n + den) / (2n * den);
}

/** Integer units of 10^-dp as a decimal string with a dot: (8403n, 2) → "84.03". */
function unitsText(units: bigint, dp: number): string {
  const s = units.toString().padStart(dp + 1, '0');
  return dp ? `${s.slice(0, -dp)}.${s.slice(-dp)}` : s;
}

const rounded = (f: Fraction, dp: number) => Number(unitsText(roundUnits(f, dp), dp));

// ---------------------------------------------------------------------------------------------------------------
// Reading responses

/** A record of unknown shape, as read from JSON. */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));
/** An ISO 8601 date-time with `Z` or an offset, so that it names one instant whatever the machine's time zone. */
const isInstant = (v: unknown) =>
  typeof v === 'string' &&
  /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(v) &&
  Number.isFinite(Date.parse(v));

/** One checked response: its position in the input and its score per element (undefined = not answered). */
interface Row {
  index: number;
  response: Json;
  scores: (number | undefined)[];
}

interface Read {
  rows: Row[];
  ignored: number;
  issues: IkmIssue[];
}

/** Checks the shape of every response and reads its element scores. Throws `IkmInputError` on malformed input. */
function read(responses: unknown, options: IkmOptions = {}): Read {
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

/** Computes the index over checked rows. */
function aggregate(rows: Row[], ignored: number, issues: IkmIssue[]): IkmResult {
  const answered = rows.filter(r => r.scores.some(s => s !== undefined));
  let total: Fraction | null = [0n, 1n];
  const elements = {} as Record<SkmElementKey, IkmElementResult>;
  IKM_ELEMENTS.forEach((e, i) => {
    let n = 0;
    let sum = 0;
    for (const row of answered) {
      const s = row.scores[i];
      if (s !== undefined) (n++, (sum += s));
    }
    const nrr: Fraction | null = n ? reduce([BigInt(sum), BigInt(n)]) : null;
    total = nrr && total && add(total, nrr);
    const value = nrr && times(nrr, [25n, 1n]);
    elements[e.key] = {
      ...e,
      n,
      sum,
      nrr: nrr && rounded(nrr, 4),
      nrrExact: nrr && fractionText(nrr),
      weighted: nrr && rounded(times(nrr, [1n, 9n]), 4),
      value: value && rounded(value, 2),
      mutu: value && gradeOf(Number(roundUnits(value, 2))).mutu,
    };
  });
  const ni: Fraction | null = total && times(total, [1n, 9n]);
  const nik: Fraction | null = ni && times(ni, [25n, 1n]);
  const units = nik && roundUnits(nik, 2);
  const grade = units !== null ? gradeOf(Number(units)) : null;
  return {
    respondents: answered.length,
    ignored,
    complete: answered.every(r => r.scores.every(s => s !== undefined)),
    elements,
    ni: ni && rounded(ni, 4),
    niExact: ni && fractionText(ni),
    nik: units !== null ? Number(unitsText(units, 2)) : null,
    nikExact: nik && fractionText(nik),
    nikText: units !== null ? unitsText(units, 2) : null,
    mutu: grade && grade.mutu,
    kinerja: grade && grade.kinerja,
    issues,
  };
}

/**
 * Computes the IKM of SKM responses. Each element's average is taken over the respondents who answered it (counts
 * in `elements[key].n`); missing answers are never counted as 1. Throws `IkmInputError` (naming the response index
 * and field) for input that is not an array of responses or holds a score other than an integer 1–4.
 *
 * @example computeIkm(responses).nikText // "84.03"
 */
export function computeIkm(responses: unknown, options?: IkmOptions): IkmResult {
  const { rows, ignored, issues } = read(responses, options);
  return aggregate(rows, ignored, issues);
}

// ---------------------------------------------------------------------------------------------------------------
// Grouping

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
      result: aggregate(
        list,
        0,
        issues.filter(i => indexes.has(i.index)),
      ),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Sample size

/**
 * Krejcie & Morgan (1970) sample size for a population of `population` service users: S = χ²NP(1−P) / (d²(N−1) +
 * χ²P(1−P)) with χ² = 3.841, P = 0.5, d = 0.05, computed exactly and rounded to the nearest integer. This gives 383
 * at N = 100 000 where the printed table says 384 (the table is reached at N ≈ 1 000 000).
 */
export function krejcieMorgan(population: number): number {
  if (!Number.isInteger(population) || population < 1)
    throw new IkmInputError(`population: expected a positive integer, got ${show(population)}`);
  // ×100000: χ²P(1−P) = 0.96025 → 96025, d² = 0.0025 → 250.
  const n = BigInt(population);
  return Number(roundUnits([96025n * n, 250n * (n - 1n) + 96025n], 0));
}

/** Target versus achieved sample. */
export interface SampleAdequacy {
  population: number;
  /** Krejcie–Morgan target. */
  target: number;
  /** Respondents obtained. */
  achieved: number;
  /** achieved ≥ target. */
  adequate: boolean;
  /** Respondents still missing (0 when adequate). */
  shortfall: number;
}

/** Compares the respondents obtained with the Krejcie–Morgan target for the population. */
export function sampleAdequacy(population: number, achieved: number): SampleAdequacy {
  const target = krejcieMorgan(population);
  return { population, target, achieved, adequate: achieved >= target, shortfall: Math.max(0, target - achieved) };
}

// ---------------------------------------------------------------------------------------------------------------
// Respondent profile

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
  const rows = read(responses, options).rows.filter(r => r.scores.some(s => s !== undefined));
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

// ---------------------------------------------------------------------------------------------------------------
// CSV export

/** Options of `ikmCsv`. */
export interface IkmCsvOptions extends IkmGroupOptions {
  /** Language of the labels. Default `id`. */
  lang?: 'id' | 'en';
  /** Field separator. Default `;` for `id` (Excel with Indonesian regional settings), `,` for `en`. */
  separator?: string;
  /** Decimal mark. Default `,` for `id`, `.` for `en`. */
  decimal?: string;
  /** Start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8. Default true. */
  bom?: boolean;
}

const csvLabels = {
  id: {
    head: ['No', 'Tanggal', 'Layanan'],
    sum: 'Jumlah nilai per unsur',
    n: 'Jumlah responden per unsur',
    nrr: 'NRR per unsur',
    weighted: 'NRR tertimbang per unsur',
    ni: 'IKM (jumlah NRR tertimbang, skala 1-4)',
    nik: 'IKM unit pelayanan (skala 25-100)',
    mutu: 'Mutu pelayanan',
    kinerja: 'Kinerja unit pelayanan',
    legend: ['Kode', 'Unsur pelayanan', 'NRR', 'NRR x 25', 'Mutu'],
  },
  en: {
    head: ['No', 'Date', 'Service'],
    sum: 'Sum of scores per element',
    n: 'Respondents per element',
    nrr: 'Average score (NRR) per element',
    weighted: 'Weighted NRR per element',
    ni: 'IKM (sum of weighted NRR, scale 1-4)',
    nik: 'Service unit IKM (scale 25-100)',
    mutu: 'Service quality grade',
    kinerja: 'Service unit performance',
    legend: ['Code', 'Element', 'NRR', 'NRR x 25', 'Grade'],
  },
};

/**
 * The SKM data-processing sheet as CSV: one row per respondent with the scores U1–U9 (questionnaire order), then the
 * sum, count, NRR and weighted NRR of each element, the IKM on both scales, the grade and the performance label, and
 * a legend of the element names. Lines end with CRLF; cells holding the separator, quotes or line breaks are quoted,
 * and text cells starting with `= + - @` get a leading `'` so that spreadsheets do not run them as formulas.
 */
export function ikmCsv(responses: unknown, options: IkmCsvOptions = {}): string {
  const lang = options.lang === 'en' ? 'en' : 'id';
  const L = csvLabels[lang];
  const sep = options.separator ?? (lang === 'id' ? ';' : ',');
  const dec = options.decimal ?? (lang === 'id' ? ',' : '.');
  const { rows, ignored, issues } = read(responses, options);
  const result = aggregate(rows, ignored, issues);
  const scored = rows.filter(r => r.scores.some(s => s !== undefined));
  const num = (v: number | null, dp: number) => (v === null ? '' : v.toFixed(dp).replace('.', dec));
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const els = IKM_ELEMENTS.map(e => result.elements[e.key]);
  const line = (label: string, values: string[]) => [cell(label), '', '', ...values].join(sep);
  const lines = [
    [...L.head, ...IKM_ELEMENTS.map(e => e.code)].join(sep),
    ...scored.map((r, i) =>
      [
        String(i + 1),
        typeof r.response.submittedAt === 'string' ? localDay(r.response.submittedAt, options.timeZone) : '',
        cell(serviceOf(r.response, options.serviceId)),
        ...r.scores.map(s => (s === undefined ? '' : String(s))),
      ].join(sep),
    ),
    '',
    line(
      L.sum,
      els.map(e => String(e.sum)),
    ),
    line(
      L.n,
      els.map(e => String(e.n)),
    ),
    line(
      L.nrr,
      els.map(e => num(e.nrr, 4)),
    ),
    line(
      L.weighted,
      els.map(e => num(e.weighted, 4)),
    ),
    line(L.ni, [num(result.ni, 4)]),
    line(L.nik, [num(result.nik, 2)]),
    line(L.mutu, [result.mutu ?? '']),
    line(L.kinerja, [result.kinerja ? cell(result.kinerja[lang]) : '']),
    '',
    L.legend.join(sep),
    ...els.map(e => [e.code, cell(e.name[lang]), num(e.nrr, 4), num(e.value, 2), e.mutu ?? ''].join(sep)),
  ];
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
