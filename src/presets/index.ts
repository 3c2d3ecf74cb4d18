/**
 * The built-in presets. Importing this module registers them for `<masukan-survey preset="skm">` and
 * `preset="konsultasi"`; the factories can also be called directly for a definition to adapt.
 */
import { registerPreset, type PresetFactory } from './registry.js';
import { skm } from './skm.js';
import { konsultasi } from './konsultasi.js';

export { skm, SKM_ELEMENTS } from './skm.js';
export type { SkmElement, SkmOptions, SkmProfileField } from './skm.js';
export { konsultasi, STANDAR_PELAYANAN } from './konsultasi.js';
export type { KonsultasiComponent, KonsultasiOptions } from './konsultasi.js';

registerPreset('skm', skm as PresetFactory);
registerPreset('konsultasi', konsultasi as PresetFactory);
