/**
 * The community satisfaction index (IKM) of PermenPANRB 14/2017, computed exactly.
 *
 * NIK = 25/9 · Σ (S_i / n_i) over the nine elements, where S_i is the sum of element i's scores and n_i the number of
 * respondents who answered it. The sum is kept as an exact fraction of BigInts (no 0.111 weight, no early rounding),
 * then rounded half-up to 2 decimals; the grade is the highest class whose lower bound (88.31 / 76.61 / 65.00) is at
 * most the rounded value. Every figure goes through `ikmFromTallies`: from raw responses (`computeIkm`) or from sums
 * and counts an aggregator (SQL) computed.
 */
import { isRecord } from '../json.js';
import { gradeOf, IKM_ELEMENTS, type Bilingual, type IkmElement, type Mutu, type SkmElementKey } from './facts.js';
import { add, fractionText, reduce, roundUnits, rounded, times, unitsText, type Fraction } from './fraction.js';
import { answered, IkmInputError, read, show, type IkmIssue, type IkmOptions, type Row } from './read.js';

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

/** Per-element sum and count, as SQL (or any aggregator) computes them. */
export interface IkmTally {
  n: number;
  sum: number;
}

/** What the IKM is computed from: respondents, and per element the count and sum of its scores. */
export interface IkmTallies {
  /** Responses that answered at least one element. */
  respondents: number;
  /** Per element key; a missing element counts as answered by nobody. */
  elements: Partial<Record<SkmElementKey, IkmTally>>;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The tally of one element, checked: integers with n ≤ respondents and n ≤ sum ≤ 4n. */
function checkedTally(tallies: IkmTallies, key: SkmElementKey): IkmTally {
  const elements = tallies.elements as unknown;
  const tally = isRecord(elements) && Object.hasOwn(elements, key) ? elements[key] : undefined;
  if (tally === undefined) return { n: 0, sum: 0 };
  const { n, sum } = (isRecord(tally) ? tally : {}) as Partial<IkmTally>;
  if (!isCount(n) || !isCount(sum) || n > tallies.respondents || sum < n || sum > 4 * n)
    throw new IkmInputError(
      `elements.${key}: expected { n, sum } with 0 ≤ n ≤ respondents and n ≤ sum ≤ 4n, got ${show(tally)}`,
      undefined,
      `elements.${key}`,
    );
  return { n, sum };
}

/**
 * The exact IKM from per-element sums and counts (the same arithmetic and result as `computeIkm`, whose rows it
 * computes from). Throws `IkmInputError` for counts that cannot come from 1–4 scores.
 *
 * @example ikmFromTallies({ respondents: 4, elements: { persyaratan: { n: 4, sum: 14 }, … } }).nikText
 */
export function ikmFromTallies(tallies: IkmTallies): IkmResult {
  if (!isRecord(tallies) || !isCount(tallies.respondents))
    throw new IkmInputError(`tallies: expected { respondents, elements }, got ${show(tallies).slice(0, 60)}`);
  let total: Fraction | null = [0n, 1n];
  let complete = true;
  const elements = {} as Record<SkmElementKey, IkmElementResult>;
  for (const e of IKM_ELEMENTS) {
    const { n, sum } = checkedTally(tallies, e.key);
    if (n !== tallies.respondents) complete = false;
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
  }
  const ni: Fraction | null = total && times(total, [1n, 9n]);
  const nik: Fraction | null = ni && times(ni, [25n, 1n]);
  const units = nik && roundUnits(nik, 2);
  const grade = units !== null ? gradeOf(Number(units)) : null;
  return {
    respondents: tallies.respondents,
    ignored: 0,
    complete,
    elements,
    ni: ni && rounded(ni, 4),
    niExact: ni && fractionText(ni),
    nik: units !== null ? Number(unitsText(units, 2)) : null,
    nikExact: nik && fractionText(nik),
    nikText: units !== null ? unitsText(units, 2) : null,
    mutu: grade && grade.mutu,
    kinerja: grade && grade.kinerja,
    issues: [],
  };
}

/** Sums and counts checked rows, in one pass. */
export function tallyRows(rows: readonly Row[]): IkmTallies {
  const n = IKM_ELEMENTS.map(() => 0);
  const sum = IKM_ELEMENTS.map(() => 0);
  let respondents = 0;
  for (const row of rows) {
    if (!answered(row)) continue;
    respondents++;
    row.scores.forEach((score, i) => {
      if (score === undefined) return;
      n[i]++;
      sum[i] += score;
    });
  }
  const elements: IkmTallies['elements'] = {};
  IKM_ELEMENTS.forEach((e, i) => {
    elements[e.key] = { n: n[i], sum: sum[i] };
  });
  return { respondents, elements };
}

/** The tallies of SKM responses (what `computeIkm` computes from). Throws `IkmInputError` like `computeIkm`. */
export function tallyOf(responses: unknown, options?: IkmOptions): IkmTallies {
  return tallyRows(read(responses, options).rows);
}

/** The index over checked rows. */
export function ikmOfRows(rows: readonly Row[], ignored = 0, issues: IkmIssue[] = []): IkmResult {
  return { ...ikmFromTallies(tallyRows(rows)), ignored, issues };
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
  return ikmOfRows(rows, ignored, issues);
}

/**
 * The elements with the lowest averages, lowest first: the priorities for follow-up. Compared exactly (S/n as
 * fractions); equal averages keep questionnaire order; elements nobody answered are left out.
 */
export function lowestElements(result: IkmResult, count = 3): IkmElementResult[] {
  return IKM_ELEMENTS.map(e => result.elements[e.key])
    .filter(e => e.n > 0)
    .sort((a, b) => a.sum * b.n - b.sum * a.n)
    .slice(0, count);
}
