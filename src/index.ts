// Public entry point: named exports only. Importing it defines the elements and registers the presets and the
// terms that explain a survey that cannot be shown.
export * from './base.js';
export { deleteEntry, exportOutbox, fetchTransport, retryFailed } from './outbox/index.js';
import './i18n/problems/index.js';

// Typed definitions in code (npm only: a script-tag page writes JSON)
export { defineSurvey } from './core/define.js';
export type { SurveyDefinition } from './core/define.js';

// Presets (importing them registers `skm` and `konsultasi` for <masukan-survey preset="…">)
export { konsultasi, skm, SKM_ELEMENTS, STANDAR_PELAYANAN } from './presets/index.js';
export type {
  KonsultasiComponent,
  KonsultasiOptions,
  SkmElement,
  SkmOptions,
  SkmProfileField,
} from './presets/index.js';
