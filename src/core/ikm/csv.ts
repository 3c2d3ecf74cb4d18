/** The SKM data-processing sheet as CSV, with labels next to keys and the citizens' own words. */
import { own } from '../own.js';
import { localize } from '../engine.js';
import { csvText } from '../csv.js';
import { translation } from '../../i18n/registry.js';
import type { IkmTerms } from '../../i18n/ikm.js';
import { ikmOfRows } from './compute.js';
import { IKM_ELEMENTS, PROFILE_FIELDS } from './facts.js';
import { serviceKey, type IkmGroupOptions } from './group.js';
import { labeller, type LabelOptions } from './labels.js';
import { answered, read, type Row } from './read.js';
import { dayText, localDate } from './time.js';
import './terms.js';

/** Options of `ikmCsv`. */
export interface IkmCsvOptions extends IkmGroupOptions, LabelOptions {
  /** Language of the labels (any registered translation). Default `id`. */
  lang?: string;
  /** Field separator. Default `;` for `id` (Excel with Indonesian regional settings), `,` for `en`. */
  separator?: string;
  /** Decimal mark. Default `,` for `id`, `.` for `en`. */
  decimal?: string;
  /** Start with a UTF-8 byte-order mark so that Excel reads the file as UTF-8. Default true. */
  bom?: boolean;
}

const profileColumns = [PROFILE_FIELDS.gender, PROFILE_FIELDS.age, PROFILE_FIELDS.education, PROFILE_FIELDS.occupation];

/**
 * The SKM data-processing sheet as CSV: one row per respondent with the date, the service key and its label, the
 * scores U1–U9 (questionnaire order), the profile answers by label and the free texts (`perbaikan`, `saran`, or the
 * definition's text questions; a profile or text column only when someone answered it); then the sum, count, NRR and weighted NRR of each element, the IKM on both scales,
 * the grade and the performance label, and a legend of the element names. UTF-8 with BOM, CRLF; every cell that
 * could run as a spreadsheet formula is neutralised (see `csvCell`).
 */
export function ikmCsv(responses: unknown, options: IkmCsvOptions = {}): string {
  const lang = options.lang ?? 'id';
  const t = translation<IkmTerms>(lang);
  const sep = options.separator ?? t.ikmCsvSeparator;
  const dec = options.decimal ?? t.ikmCsvDecimal;
  const labels = labeller(options, lang);
  const { rows, ignored, issues } = read(responses, options);
  const result = ikmOfRows(rows, ignored, issues);
  const scored = rows.filter(answered);
  const num = (v: number | null, dp: number) => (v === null ? '' : v.toFixed(dp).replace('.', dec));
  const text = (row: Row, id: string) => {
    const v = own(row.answers, id);
    return v === undefined || v === null ? '' : String(v);
  };
  const profile = profileColumns.filter(id => scored.some(r => text(r, id) !== ''));
  const profileCell = (row: Row, id: string) => {
    const value = text(row, id);
    if (id === PROFILE_FIELDS.age || value === '') return value;
    const other = id === PROFILE_FIELDS.occupation ? text(row, PROFILE_FIELDS.occupationOther) : '';
    return labels.answer(id, value) + (other ? `: ${other}` : '');
  };
  const textIds = labels.textIds.filter(id => scored.some(r => text(r, id) !== ''));
  const els = IKM_ELEMENTS.map(e => result.elements[e.key]);
  const line = (label: string, values: string[]) => [label, '', '', '', ...values];
  const rowsOut: string[][] = [
    [
      ...t.ikmCsvHead,
      ...IKM_ELEMENTS.map(e => e.code),
      ...profile.map(labels.question),
      ...textIds.map(labels.question),
    ],
    ...scored.map((r, i) => {
      const service = serviceKey(r.context, r.answers, options.serviceId);
      return [
        String(i + 1),
        r.time === undefined ? '' : dayText(localDate(r.time, options.timeZone ?? 'Asia/Jakarta')),
        service,
        service && labels.service(service),
        ...r.scores.map(s => (s === undefined ? '' : String(s))),
        ...profile.map(id => profileCell(r, id)),
        ...textIds.map(id => text(r, id)),
      ];
    }),
    [],
    line(
      t.ikmCsvSum,
      els.map(e => String(e.sum)),
    ),
    line(
      t.ikmCsvN,
      els.map(e => String(e.n)),
    ),
    line(
      t.ikmCsvNrr,
      els.map(e => num(e.nrr, 4)),
    ),
    line(
      t.ikmCsvWeighted,
      els.map(e => num(e.weighted, 4)),
    ),
    line(t.ikmCsvNi, [num(result.ni, 4)]),
    line(t.ikmCsvNik, [num(result.nik, 2)]),
    line(t.ikmGrade, [result.mutu ?? '']),
    line(t.ikmPerformance, [result.kinerja ? localize(result.kinerja, lang) : '']),
    [],
    t.ikmCsvLegend,
    ...els.map(e => [e.code, localize(e.name, lang), num(e.nrr, 4), num(e.value, 2), e.mutu ?? '']),
  ];
  return csvText(rowsOut, sep, options.bom !== false);
}
