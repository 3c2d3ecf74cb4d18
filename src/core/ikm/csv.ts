/** The SKM data-processing sheet as CSV. */
import { IKM_ELEMENTS } from './elements.js';
import { ikmOfRows } from './compute.js';
import { localDay, serviceOf, type IkmGroupOptions } from './group.js';
import { answered, read } from './read.js';

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
  const result = ikmOfRows(rows, ignored, issues);
  const scored = rows.filter(answered);
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
