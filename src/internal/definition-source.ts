/**
 * Where an element's survey definition comes from, in this order: the `definition` property, the `preset`
 * attribute, the `src` attribute, or an inline `<script type="application/json">` child. One loader for
 * `<masukan-survey>` and `<masukan-kiosk>`.
 */
import { fetchJson, NOT_JSON } from './fetch-json.js';
import { problemKey, safeParseSurvey, type DefinitionProblem } from '../core/parse.js';
import { findPreset, getPreset } from '../presets/registry.js';
import type { RegisteredTranslation } from '../i18n/localize.js';
import type { Survey } from '../core/schema.js';

export interface DefinitionSource {
  definition: unknown;
  preset: string;
  presetOptions: Record<string, unknown>;
  src: string;
}

/** One line of the problem box, in the language it is shown in. */
export type ProblemLine = (t: RegisteredTranslation) => string;

/** What went wrong: an error for the log, lines and a heading for the problem box, the definition's problems. */
export interface DefinitionFailure {
  survey?: undefined;
  error: Error;
  lines: ProblemLine[];
  /** The definition is invalid, or it could not be loaded (network, presets file). */
  heading: 'definitionError' | 'loadFailed';
  problems?: DefinitionProblem[];
}

export type LoadedDefinition = { survey: Survey; error?: undefined } | DefinitionFailure;

const failure = (error: Error, line: ProblemLine, heading: DefinitionFailure['heading'] = 'definitionError') => ({
  error,
  lines: [line],
  heading,
});

/** True when a property or attribute names the source (otherwise it is inline JSON, read once children exist). */
export const hasSource = (source: DefinitionSource) =>
  source.definition !== undefined || !!source.preset || !!source.src;

/** True when the parser has passed the end of `node`: something follows it or one of its ancestors. */
function endParsed(node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return true;
  return false;
}

/**
 * Calls `ready` once, as soon as the children of `host` are complete: at once when the document is parsed or the
 * parser is past the end of `host`, else when it gets there (a `<script>` tag in `<head>` upgrades the element
 * before its inline JSON is parsed). Without inline JSON, `ready` waits one more task, so that a framework that
 * creates the element can set `definition` first.
 */
export function whenChildrenParsed(host: Element, ready: () => void): void {
  const check = () => {
    if (document.readyState === 'loading' && !endParsed(host)) return;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', check);
    if (host.querySelector('script[type="application/json"]')) ready();
    else setTimeout(ready);
  };
  // What ends `host` is a node added after it or after one of its ancestors: only their child lists are watched.
  const observer = new MutationObserver(check);
  for (let at: Node | null = host.parentNode; at; at = at.parentNode) observer.observe(at, { childList: true });
  document.addEventListener('DOMContentLoaded', check);
  check();
}

/** Validates a definition object. */
export function checkDefinition(input: unknown): LoadedDefinition {
  const result = safeParseSurvey(input);
  if (result.success) return { survey: result.data };
  const { problems } = result.error;
  return {
    error: result.error,
    lines: problems.map(p => (t: RegisteredTranslation) => `${p.path}: ${t.definitionIssue?.(p) ?? problemKey(p)}`),
    heading: 'definitionError',
    problems,
  };
}

/**
 * Resolves the definition of `host` from its source and validates it. Synchronous for a `definition` object (so an
 * element shows it in the same update), a promise otherwise. Never throws or rejects.
 */
export function loadDefinition(source: DefinitionSource, host: Element): LoadedDefinition | Promise<LoadedDefinition> {
  if (source.definition !== undefined) return checkDefinition(source.definition);
  if (source.preset) return loadPreset(source.preset, source.presetOptions);
  if (source.src) return loadUrl(source.src);
  const script = host.querySelector('script[type="application/json"]');
  const missing = new Error('No survey definition');
  if (!script) return failure(missing, t => t.noDefinition ?? missing.message);
  try {
    return checkDefinition(JSON.parse(script.textContent ?? ''));
  } catch (error) {
    return failure(error as Error, t => `script: ${t.notJson ?? NOT_JSON}`);
  }
}

async function loadPreset(name: string, options: Record<string, unknown>): Promise<LoadedDefinition> {
  let factory = getPreset(name);
  try {
    factory ??= await findPreset(name);
  } catch (error) {
    // The presets file could not be fetched (offline, not next to the script, refused by the page's policies).
    return failure(error as Error, () => `preset: ${(error as Error).message}`, 'loadFailed');
  }
  const unknown = new Error(`Unknown preset "${name}"`);
  if (!factory) return failure(unknown, t => `preset: ${t.unknownPreset?.(name) ?? unknown.message}`);
  try {
    return checkDefinition(factory(options));
  } catch (error) {
    return failure(error as Error, () => `preset: ${(error as Error).message}`);
  }
}

async function loadUrl(url: string): Promise<LoadedDefinition> {
  try {
    return checkDefinition(await fetchJson(url));
  } catch (error) {
    // `HTTP 404` needs no translation; a network error is said by the heading ("could not be loaded").
    const { message } = error as Error;
    const reason = (t: RegisteredTranslation) =>
      message === NOT_JSON ? `: ${t.notJson ?? NOT_JSON}` : /^HTTP \d/.test(message) ? `: ${message}` : '';
    return failure(new Error(`Could not load ${url}: ${message}`), t => url + reason(t), 'loadFailed');
  }
}
