/**
 * UI strings for the components (never survey content: that is data in the definition). A small registry in the
 * style of Shoelace's localize: the first translation registered (`id`) is the fallback.
 */
import { id } from './translations/id.js';
import { en } from './translations/en.js';

/** Why a definition failed, as handed to `Translation.definitionIssue`. */
export interface DefinitionIssueInfo {
  /** zod's issue code, or our own key for cross-field checks (`duplicateId`, `unknownQuestion` …). */
  key: string;
  /** A value that helps the message: the referenced id, the minimum, the unknown keys … */
  detail?: string;
}

/** Every UI term. Function terms take counts so each language can phrase plurals its own way. */
export interface Translation {
  $code: string;
  $name: string;
  answerRequired: string;
  back: string;
  chooseOne: string;
  definitionError: string;
  definitionIssue: (issue: DefinitionIssueInfo) => string;
  errorSummary: (count: number) => string;
  loadFailed: string;
  loading: string;
  next: string;
  noDefinition: string;
  notANumber: string;
  notDownloaded: string;
  notInteger: string;
  notJson: string;
  optional: string;
  pageOf: (page: number, total: number) => string;
  required: string;
  responseRefused: string;
  startOver: string;
  submit: string;
  submitting: string;
  thankYou: string;
  tooFew: (min: number) => string;
  tooLarge: (max: number) => string;
  tooLong: (max: number) => string;
  tooMany: (max: number) => string;
  tooSmall: (min: number) => string;
  unknownPreset: (name: string) => string;
  charactersLeft: (left: number) => string;
  statusSent: string;
  statusSaved: string;
  statusUnreachable: string;
  statusWaiting: (count: number) => string;
  statusSaveFailed: string;
  statusFailed: (count: number) => string;
}

const registry = new Map<string, Translation>();

/** Adds translations; a later one with the same code replaces the earlier. */
export function registerTranslation(...translations: Translation[]): void {
  for (const t of translations) registry.set(t.$code.toLowerCase(), t);
}

/** The translation for `lang` (`en-GB` falls back to `en`), or Bahasa Indonesia. */
export function translation(lang = 'id'): Translation {
  const code = lang.toLowerCase();
  return registry.get(code) ?? registry.get(code.split('-')[0]) ?? id;
}

registerTranslation(id, en);
