/**
 * The written results of a Forum Konsultasi Publik: participants by category, per component of the draft the
 * count of "Setuju" and "Perlu perubahan", every proposal under its component with the participant's category, and
 * the general comments. Pure functions, no DOM (`import { konsultasiResults } from 'masukan/konsultasi'`).
 */
import { localize } from '../engine.js';
import { own } from '../own.js';
import { csvText } from '../csv.js';
import type { LocalizedText, Survey } from '../schema.js';
import { registerTranslation, translation } from '../../i18n/registry.js';
import type { KonsultasiTerms } from '../../i18n/konsultasi.js';
import { konsultasiEn } from '../../i18n/translations/konsultasi.en.js';
import { konsultasiId } from '../../i18n/translations/konsultasi.id.js';
import { checkRow, readWith, show, Skip, type Checked, type IkmIssue } from '../ikm/read.js';
import { dayText, localDate } from '../ikm/time.js';
import { KONSULTASI_KEYS, PARTICIPANT_CATEGORIES, STANDAR_PELAYANAN, type KonsultasiComponent } from './facts.js';

registerTranslation(konsultasiId, konsultasiEn);

/** Options of the consultation result functions. */
export interface KonsultasiResultOptions {
  /** Only responses with this `surveyId` count. Default: all. */
  surveyId?: string;
  /**
   * The components asked about, in order (as given to the `konsultasi` preset). Default: the 14 of a standar
   * pelayanan. Answers of other components (`setuju` / `perlu_perubahan` under another key) follow, by key.
   */
  components?: readonly KonsultasiComponent[];
  /** The survey definition: its questions name the components and its options the participant categories. */
  survey?: Survey;
  /** `throw` (default) an `IkmInputError` for a malformed response, or `skip` it and list it in `issues`. */
  invalid?: 'throw' | 'skip';
}

/** A proposal or a comment of one participant. */
export interface KonsultasiText {
  /** The response id. */
  id: string;
  submittedAt?: string;
  /** The participant category key, `''` when not given. */
  category: string;
  text: string;
}

/** One component of the draft and what participants said of it. */
export interface KonsultasiComponentResult {
  id: string;
  label: LocalizedText;
  agree: number;
  change: number;
  /** agree + change. */
  answered: number;
  proposals: KonsultasiText[];
}

/** The results of a consultation. */
export interface KonsultasiResult {
  participants: number;
  /** Participants per category: the FKP groups always (zero counts too), others as met, `''` (not given) last. */
  categories: { key: string; label: LocalizedText | undefined; count: number }[];
  components: KonsultasiComponentResult[];
  comments: KonsultasiText[];
  /** The first and last local day (`YYYY-MM-DD`, Asia/Jakarta) of the responses, when dated. */
  days: [first: string, last: string] | undefined;
  ignored: number;
  issues: IkmIssue[];
}

const { agree, change, category: categoryId, comment: commentId, proposalSuffix } = KONSULTASI_KEYS;
const isChoice = (v: unknown) => v === agree || v === change;
const textOf = (answers: Checked['answers'], id: string): string | undefined => {
  const v = own(answers, id);
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw new Skip(`answers.${id}`, `expected text, got ${show(v)}`);
  return v.trim() ? v : undefined;
};

/** The components: from the definition, else the option, else the standar pelayanan. */
function componentsOf(options: KonsultasiResultOptions): KonsultasiComponent[] {
  const fromSurvey = (options.survey?.pages ?? []).flatMap(page =>
    page.questions.flatMap(q =>
      'options' in q && q.options.length === 2 && q.options.every(o => isChoice(o.value))
        ? [{ id: q.id, label: q.label }]
        : [],
    ),
  );
  if (fromSurvey.length) return fromSurvey;
  return options.components?.length ? [...options.components] : STANDAR_PELAYANAN;
}

/** The labels of participant categories: the definition's options of `kategori`, else the FKP groups. */
function categoryLabels(survey: Survey | undefined): Map<string, LocalizedText> {
  const labels = new Map<string, LocalizedText>(PARTICIPANT_CATEGORIES.map(c => [c.value, c.label]));
  for (const page of survey?.pages ?? [])
    for (const q of page.questions)
      if (q.id === categoryId && 'options' in q) for (const o of q.options) labels.set(String(o.value), o.label);
  return labels;
}

/**
 * The results of consultation responses (the `konsultasi` preset, or any survey with its keys: `kategori`, per
 * component `<id>` = `setuju` | `perlu_perubahan` with `<id>_usulan`, and `komentar`). Throws `IkmInputError` for
 * malformed input (or skips it with `invalid: 'skip'`); keys are read as data (`constructor` is a component id
 * like any other).
 */
export function konsultasiResults(responses: unknown, options: KonsultasiResultOptions = {}): KonsultasiResult {
  const given = componentsOf(options);
  const known = new Set(given.map(c => c.id));
  const { rows, ignored, issues } = readWith(responses, options, (response, index) => {
    const checked = checkRow(response, index);
    for (const id of known) {
      const v = own(checked.answers, id);
      if (v !== undefined && v !== null && v !== '' && !isChoice(v))
        throw new Skip(`answers.${id}`, `expected "${agree}" or "${change}", got ${show(v)}`);
    }
    const category = own(checked.answers, categoryId);
    if (category !== undefined && category !== null && typeof category !== 'string')
      throw new Skip(`answers.${categoryId}`, `expected a category key, got ${show(category)}`);
    return { ...checked, category: category ?? '' };
  });
  // Components in order: the given ones, then others found in the answers.
  const results = new Map<string, KonsultasiComponentResult>();
  const add = (c: KonsultasiComponent) =>
    results.set(c.id, { id: c.id, label: c.label, agree: 0, change: 0, answered: 0, proposals: [] });
  given.forEach(add);
  const counts = new Map<string, number>(PARTICIPANT_CATEGORIES.map(c => [c.value, 0]));
  const comments: KonsultasiText[] = [];
  const times: number[] = [];
  for (const row of rows) {
    const text = (body: string): KonsultasiText => {
      const item: KonsultasiText = { id: String(own(row.response, 'id') ?? ''), category: row.category, text: body };
      const at = own(row.response, 'submittedAt');
      if (typeof at === 'string') item.submittedAt = at;
      return item;
    };
    counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
    if (row.time !== undefined) times.push(row.time);
    for (const [id, value] of Object.entries(row.answers)) {
      if (!isChoice(value)) continue;
      if (!results.has(id)) add({ id, label: id });
      const result = results.get(id)!;
      result.answered++;
      if (value === agree) result.agree++;
      else result.change++;
    }
    for (const result of results.values()) {
      const proposal = textOf(row.answers, result.id + proposalSuffix);
      if (proposal !== undefined) result.proposals.push(text(proposal));
    }
    const comment = textOf(row.answers, commentId);
    if (comment !== undefined) comments.push(text(comment));
  }
  const labels = categoryLabels(options.survey);
  const order = PARTICIPANT_CATEGORIES.map(c => c.value);
  // The FKP groups in their order, other keys after them as met (the sort is stable), '' last.
  const rank = (key: string) => (key === '' ? Infinity : order.includes(key) ? order.indexOf(key) : order.length);
  const categories = [...counts]
    .map(([key, count]) => ({ key, label: labels.get(key), count }))
    .sort((a, b) => rank(a.key) - rank(b.key));
  const day = (ms: number) => dayText(localDate(ms, 'Asia/Jakarta'));
  const days: KonsultasiResult['days'] = times.length ? [day(Math.min(...times)), day(Math.max(...times))] : undefined;
  return { participants: rows.length, categories, components: [...results.values()], comments, days, ignored, issues };
}

/** Options of `konsultasiCsv`. */
export interface KonsultasiCsvOptions extends KonsultasiResultOptions {
  /** Language of the labels (any registered translation). Default `id`. */
  lang?: string;
  /** Field separator. Default `;` for `id`, `,` for `en`. */
  separator?: string;
  /** Start with a UTF-8 byte-order mark. Default true. */
  bom?: boolean;
}

/**
 * The consultation results as CSV, in four blocks: participants by category, the count and share of each answer per
 * component, every proposal (date, component and category, keys next to labels), and the general comments. Cells
 * that could run as spreadsheet formulas are neutralised (see `csvCell`).
 */
export function konsultasiCsv(responses: unknown, options: KonsultasiCsvOptions = {}): string {
  const lang = options.lang ?? 'id';
  const t = translation<KonsultasiTerms>(lang);
  const r = konsultasiResults(responses, options);
  const name = (label: LocalizedText | undefined, key: string) => (label === undefined ? key : localize(label, lang));
  const share = (n: number, of: number) => (of ? ((n * 100) / of).toFixed(1).replace('.', t.konsultasiCsvDecimal) : '');
  const date = (item: KonsultasiText) =>
    item.submittedAt ? dayText(localDate(Date.parse(item.submittedAt), 'Asia/Jakarta')) : '';
  const categoryName = (key: string) => name(r.categories.find(c => c.key === key)?.label, key);
  const rows: string[][] = [
    [t.konsultasiCategoryCode, t.konsultasiByCategory, t.konsultasiParticipants],
    ...r.categories.map(c => [c.key, c.key ? name(c.label, c.key) : '', String(c.count)]),
    [],
    [t.konsultasiComponentCode, t.konsultasiComponent, t.konsultasiAgree, '%', t.konsultasiChange, '%'],
    ...r.components.map(c => [
      c.id,
      name(c.label, c.id),
      String(c.agree),
      share(c.agree, c.answered),
      String(c.change),
      share(c.change, c.answered),
    ]),
    [],
    [
      'No',
      t.konsultasiDate,
      t.konsultasiComponentCode,
      t.konsultasiComponent,
      t.konsultasiCategoryCode,
      t.konsultasiByCategory,
      t.konsultasiProposal,
    ],
    ...r.components
      .flatMap(c => c.proposals.map(p => [c, p] as const))
      .map(([c, p], i) => [
        String(i + 1),
        date(p),
        c.id,
        name(c.label, c.id),
        p.category,
        categoryName(p.category),
        p.text,
      ]),
    [],
    ['No', t.konsultasiDate, t.konsultasiCategoryCode, t.konsultasiByCategory, t.konsultasiComment],
    ...r.comments.map((c, i) => [String(i + 1), date(c), c.category, categoryName(c.category), c.text]),
  ];
  return csvText(rows, options.separator ?? t.konsultasiCsvSeparator, options.bom !== false);
}
