// Entry of `dist/masukan-presets.min.js`, which `masukan.min.js` fetches on demand: registers the presets and adds
// the factories to the global `Masukan`.
export { konsultasi, skm, SKM_ELEMENTS, STANDAR_PELAYANAN } from './index.js';
