// Entry of the script-tag build `dist/masukan-ikm-report.min.js`: defines <masukan-ikm-report> and adds the IKM
// functions (computeIkm, ikmFromTallies, ikmCsv …) and the translation registry to the global `Masukan`, next to
// the survey bundle if loaded.
export * from './ikm-report.js';
export * from '../../core/ikm/index.js';
export { registerTranslation, translation } from '../../i18n/registry.js';
