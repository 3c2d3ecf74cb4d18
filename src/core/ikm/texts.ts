/** Citizens' own words: the free-text answers of SKM responses, with the low ratings that came with them. */
import { own } from '../own.js';
import { IKM_ELEMENTS, LOW_SCORE, type SkmElementKey } from './facts.js';
import { serviceKey } from './group.js';
import { read, type IkmOptions, type Row } from './read.js';

/** One free-text answer (the shape the collector's `GET /api/texts` also returns). */
export interface FreeText {
  /** The response id. */
  id: string;
  submittedAt?: string;
  /** Service key (`context.service`, else the service answer), `''` when none. */
  service: string;
  /** The question id (`perbaikan`, `saran`, …). */
  question: string;
  text: string;
  /** The response's element ratings of 1 or 2, which the `perbaikan` question follows up. */
  ratings: Partial<Record<SkmElementKey, number>>;
}

/** Options of `freeTexts`. */
export interface FreeTextOptions extends IkmOptions {
  /** Answer ids of the free-text questions. Default `perbaikan` and `saran`. */
  questions?: readonly string[];
  /** The answer id of the service question. Default `jenis_layanan`. */
  serviceId?: string;
}

/** The free texts of checked rows, newest first (rows without a date last, in input order). */
export function textsOfRows(rows: readonly Row[], options: FreeTextOptions = {}): FreeText[] {
  const questions = options.questions ?? ['perbaikan', 'saran'];
  const out: { item: FreeText; time: number }[] = [];
  for (const row of rows) {
    const ratings: FreeText['ratings'] = {};
    IKM_ELEMENTS.forEach((e, i) => {
      const score = row.scores[i];
      if (score !== undefined && score <= LOW_SCORE) ratings[e.key] = score;
    });
    const submittedAt = own(row.response, 'submittedAt') as string | undefined;
    const id = own(row.response, 'id');
    for (const question of questions) {
      const text = own(row.answers, question);
      if (typeof text !== 'string' || !text.trim()) continue;
      const item: FreeText = {
        id: typeof id === 'string' ? id : '',
        service: serviceKey(row.context, row.answers, options.serviceId),
        question,
        text,
        ratings,
      };
      if (submittedAt !== undefined) item.submittedAt = submittedAt;
      out.push({ item, time: row.time ?? -Infinity });
    }
  }
  return out.sort((a, b) => (a.time === b.time ? 0 : b.time - a.time)).map(entry => entry.item);
}

/**
 * The free-text answers (`perbaikan`, `saran`, or the `questions` given) of SKM responses, newest first, each with
 * its response id, date, service and the element ratings of 1–2 that came with it. Throws `IkmInputError` like
 * `computeIkm`.
 */
export function freeTexts(responses: unknown, options?: FreeTextOptions): FreeText[] {
  return textsOfRows(read(responses, options).rows, options);
}
