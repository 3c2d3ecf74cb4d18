/**
 * `masukan/konsultasi`: the results of a Forum Konsultasi Publik (PermenPANRB 16/2017) from the responses of the
 * `konsultasi` preset. Pure functions, no DOM.
 */
export { KONSULTASI_KEYS, PARTICIPANT_CATEGORIES, STANDAR_PELAYANAN } from './facts.js';
export type { KonsultasiComponent, ParticipantCategory } from './facts.js';
export { konsultasiCsv, konsultasiResults } from './results.js';
export type {
  KonsultasiComponentResult,
  KonsultasiCsvOptions,
  KonsultasiResult,
  KonsultasiResultOptions,
  KonsultasiText,
} from './results.js';
export { IkmInputError } from '../ikm/read.js';
export { csvCell } from '../csv.js';
