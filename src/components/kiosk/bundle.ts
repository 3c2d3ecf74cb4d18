// Entry of the self-contained script-tag file `dist/masukan-kiosk.min.js` (its own copy of lit, the session, the
// outbox and the presets, so one cached file boots a tablet offline): defines <masukan-kiosk> and adds the kiosk
// functions and the outbox API to the global `Masukan`. A kiosk page loads this file alone, not masukan.min.js.
export * from './index.js';
export * from '../../outbox/index.js';
export { konsultasi, skm } from '../../presets/index.js';
