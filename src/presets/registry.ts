/**
 * Named survey presets for `<masukan-survey preset="…">`. A preset is just a function that returns a fresh survey
 * definition; `preset-options` are passed to it.
 */
export type PresetFactory = (options?: Record<string, unknown>) => unknown;

const presets = new Map<string, PresetFactory>();

/** Makes a preset available by name to `<masukan-survey preset="name">`. */
export function registerPreset(name: string, factory: PresetFactory): void {
  presets.set(name, factory);
}

/** The preset registered under `name`, if any. */
export function getPreset(name: string): PresetFactory | undefined {
  return presets.get(name);
}
