/**
 * Where an element's survey definition comes from, in this order: the `definition` property, the `preset`
 * attribute, the `src` attribute, or an inline `<script type="application/json">` child. One loader for every
 * element that shows a survey.
 */
import { fetchJson } from './fetch-json.js';
import { safeParseSurvey, type DefinitionProblem } from '../core/parse.js';
import { findPreset, getPreset } from '../presets/registry.js';
import type { Translation } from '../i18n/localize.js';
import type { Survey } from '../core/schema.js';

export interface DefinitionSource {
  definition: unknown;
  preset: string;
  presetOptions: Record<string, unknown>;
  src: string;
}

/** A survey ready to show, or what is wrong: an error for the log and lines for the problem box. */
export type LoadedDefinition =
  | { survey: Survey; error?: undefined }
  | { survey?: undefined; error: Error; lines: Array<(t: Translation) => string>; problems?: DefinitionProblem[] };

const failure = (error: Error, line: (t: Translation) => string): LoadedDefinition => ({ error, lines: [line] });

/** True when a property or attribute names the source (otherwise it is inline JSON, read once children exist). */
export const hasSource = (source: DefinitionSource) =>
  source.definition !== undefined || !!source.preset || !!source.src;

/** Validates a definition object. */
export function checkDefinition(input: unknown): LoadedDefinition {
  const result = safeParseSurvey(input);
  if (result.success) return { survey: result.data };
  const { problems } = result.error;
  return {
    error: result.error,
    lines: problems.map(p => (t: Translation) => `${p.path}: ${t.definitionIssue(p)}`),
    problems,
  };
}

/** Resolves the definition of `host` from its source and validates it. Never rejects. */
export async function loadDefinition(source: DefinitionSource, host: Element): Promise<LoadedDefinition> {
  if (source.definition !== undefined) return checkDefinition(source.definition);
  if (source.preset) {
    const name = source.preset;
    try {
      const factory = getPreset(name) ?? (await findPreset(name));
      if (!factory) return failure(new Error(`Unknown preset "${name}"`), () => `preset: unknown preset "${name}"`);
      return checkDefinition(factory(source.presetOptions));
    } catch (error) {
      return failure(error as Error, () => `preset: ${(error as Error).message}`);
    }
  }
  if (source.src) {
    const url = source.src;
    try {
      return checkDefinition(await fetchJson(url));
    } catch (error) {
      const reason = (error as Error).message;
      return failure(new Error(`Could not load ${url}: ${reason}`), t => t.loadError(url, reason));
    }
  }
  const script = host.querySelector('script[type="application/json"]');
  if (!script) return failure(new Error('No survey definition'), t => t.noDefinition);
  try {
    return checkDefinition(JSON.parse(script.textContent ?? ''));
  } catch (error) {
    return failure(error as Error, () => `script: ${(error as Error).message}`);
  }
}
