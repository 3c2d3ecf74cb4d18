/**
 * `masukan/ikm`: the community satisfaction index (IKM) of PermenPANRB 14/2017, computed exactly, with grouping,
 * sample size, respondent profile and CSV export. Pure functions, no DOM: works in Node and in the browser
 * (`import { computeIkm } from 'masukan/ikm'`).
 */
export {
  EDUCATION_EXTENSIONS,
  EDUCATION_LEVELS,
  GENDERS,
  gradeOf,
  IKM_ELEMENTS,
  IKM_GRADES,
  LOW_SCORE,
  OCCUPATIONS,
  PROFILE_FIELDS,
  SKM_ELEMENT_KEYS,
} from './facts.js';
export type { Bilingual, IkmElement, IkmGrade, Mutu, ProfileCode, SkmElementKey } from './facts.js';
export { IkmInputError } from './read.js';
export type { IkmIssue, IkmOptions } from './read.js';
export { computeIkm, ikmFromTallies, lowestElements, tallyOf } from './compute.js';
export type { IkmElementResult, IkmResult, IkmTallies, IkmTally } from './compute.js';
export { computeIkmBy, groupResponses, serviceOf } from './group.js';
export type { IkmGroup, IkmGroupBy, IkmGroupOptions } from './group.js';
export { localDay, periodKey } from './time.js';
export type { IkmPeriod } from './time.js';
export { krejcieMorgan, sampleAdequacy } from './sample.js';
export type { SampleAdequacy } from './sample.js';
export { ageBand, respondentProfile } from './profile.js';
export type { ProfileCount, ProfileOptions, RespondentProfile } from './profile.js';
export { ikmCsv } from './csv.js';
export type { IkmCsvOptions } from './csv.js';
export { freeTexts } from './texts.js';
export type { FreeText, FreeTextOptions } from './texts.js';
export type { LabelOptions } from './labels.js';
export { csvCell } from '../csv.js';
