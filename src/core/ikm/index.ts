/**
 * `masukan/ikm`: the community satisfaction index (IKM) of PermenPANRB 14/2017, computed exactly, with grouping,
 * sample size, respondent profile and CSV export. Pure functions, no DOM: works in Node and in the browser
 * (`import { computeIkm } from 'masukan/ikm'`).
 */
export { IKM_ELEMENTS, IKM_GRADES, gradeOf } from './elements.js';
export type { Bilingual, IkmElement, IkmGrade, Mutu, SkmElementKey } from './elements.js';
export { IkmInputError } from './read.js';
export type { IkmIssue, IkmOptions } from './read.js';
export { computeIkm, ikmFromTallies, tallyOf } from './compute.js';
export type { IkmElementResult, IkmResult, IkmTallies, IkmTally } from './compute.js';
export { computeIkmBy, groupResponses, localDay, periodKey, serviceOf } from './group.js';
export type { IkmGroup, IkmGroupBy, IkmGroupOptions, IkmPeriod } from './group.js';
export { krejcieMorgan, sampleAdequacy } from './sample.js';
export type { SampleAdequacy } from './sample.js';
export { ageBand, respondentProfile } from './profile.js';
export type { ProfileCount, ProfileOptions, RespondentProfile } from './profile.js';
export { ikmCsv } from './csv.js';
export type { IkmCsvOptions } from './csv.js';
