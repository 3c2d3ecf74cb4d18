/**
 * Named survey presets for `<masukan-survey preset="…">`. A preset is just a function that returns a fresh survey
 * definition; `preset-options` are passed to it.
 *
 * The registry lives on the global object, so that every copy of Masukan on a page (the script-tag file, the
 * on-demand presets file, an ESM build) sees the same presets.
 */
import { onDemand } from '../internal/on-demand.js';

export type PresetFactory = (options?: Record<string, unknown>) => unknown;

const presets: Map<string, PresetFactory> = ((
  globalThis as { masukanPresets?: Map<string, PresetFactory> }
).masukanPresets ??= new Map());

let loader: (() => Promise<unknown>) | undefined;

/** Makes a preset available by name to `<masukan-survey preset="name">`. */
export function registerPreset(name: string, factory: PresetFactory): void {
  presets.set(name, factory);
}

/** The preset registered under `name`, if any. */
export function getPreset(name: string): PresetFactory | undefined {
  return presets.get(name);
}

/** Sets how presets that are not registered yet are fetched (the script-tag build loads its presets file). */
export function setPresetLoader(load: () => Promise<unknown>): void {
  loader = onDemand(load);
}

/** The preset registered under `name`, loading the presets first when a loader is set; rejects if loading fails. */
export async function findPreset(name: string): Promise<PresetFactory | undefined> {
  if (!presets.has(name)) await loader?.();
  return presets.get(name);
}
