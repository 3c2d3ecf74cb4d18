// Entry of the script-tag build `dist/masukan-konsultasi-report.min.js`: defines <masukan-konsultasi-report> and adds
// the consultation functions (konsultasiResults, konsultasiCsv …) and the translation registry to the global
// `Masukan`, next to the other Masukan scripts if loaded.
export * from './konsultasi-report.js';
export * from '../../core/konsultasi/index.js';
export { registerTranslation, translation } from '../../i18n/registry.js';
