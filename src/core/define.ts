import type * as z from 'zod/mini';
import type { Survey } from './schema.js';

/** A survey definition as written (in JSON or code): what `parseSurvey` and `<masukan-survey>` accept. */
export type SurveyDefinition = z.input<typeof Survey>;

/**
 * Returns the definition unchanged: it only gives the editor the shape of a survey, so that keys autocomplete and a
 * typo (`requried`, a `type: 'ratting'`) is a type error where it is written. Validation still happens at run time.
 *
 * ```ts
 * survey.definition = defineSurvey({ id: 'antrean', version: '1', title: 'Antrean', pages: [ … ] });
 * ```
 */
export function defineSurvey(definition: SurveyDefinition): SurveyDefinition {
  return definition;
}
