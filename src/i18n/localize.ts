/**
/**
 * UI strings of the survey (never survey content: that is data in the definition), in the one registry that the
 * reports add their own terms to (`registry.ts`). Bahasa Indonesia is the fallback.
 *
 * English is registered by `english.ts`, which this module imports; the script-tag file `masukan.min.js` leaves it
 * out and fetches `masukan-en.min.js` the first time a survey is shown in English (`ensureTranslation`).
 *
 * The terms that explain a survey that cannot be shown (`ProblemTerms`) are registered separately: importing
 * `masukan` registers them; the script-tag build fetches `masukan-problems.min.js` the first time it needs them.
 */
import { id } from './translations/id.js';
import './english.js';
import { baseLanguage, registeredTerms, registerTranslation, translation } from './registry.js';
import { onDemand } from '../internal/on-demand.js';

export { registerTranslation, translation } from './registry.js';

/** Why a definition failed, as handed to `ProblemTerms.definitionIssue`. */
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
  errorSummary: (count: number) => string;
  loadFailed: string;
  loading: string;
  next: string;
  notANumber: string;
  notInteger: string;
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
  charactersLeft: (left: number) => string;
  statusSent: string;
  statusSaved: string;
  statusUnreachable: string;
  statusWaiting: (count: number) => string;
  statusSaveFailed: string;
  statusFailed: (count: number) => string;
}

/**
 * The terms that explain why a survey cannot be shown, in the problem box: rarely needed, so kept apart (see above).
 * Until they are registered, the box names each problem by its key and the English reason.
 */
export interface ProblemTerms {
  $code: string;
  definitionIssue: (issue: DefinitionIssueInfo) => string;
  noDefinition: string;
  notJson: string;
  unknownPreset: (name: string) => string;
}

/** The survey's terms, with the problem terms once they are registered: `translation<RegisteredTranslation>(lang)`. */
export type RegisteredTranslation = Translation & Partial<ProblemTerms>;

let loadProblemTerms: (() => Promise<unknown>) | undefined;

/** Sets how problem terms that are not registered yet are fetched (the script-tag build loads a file). */
export function setProblemTermsLoader(load: () => Promise<unknown>): void {
  loadProblemTerms = onDemand(load);
}

/** Fetches the problem terms unless they are registered (or nothing is set to fetch them). Never rejects. */
export async function ensureProblemTerms(): Promise<void> {
  if (!translation<RegisteredTranslation>().definitionIssue) await loadProblemTerms?.().catch(() => {});
}

const translationLoaders = new Map<string, () => Promise<unknown>>();

/**
 * Sets how the survey terms of language `code` (`en`) are fetched while they are not registered (the script-tag
 * build loads `masukan-en.min.js`).
 */
export function setTranslationLoader(code: string, load: () => Promise<unknown>): void {
  translationLoaders.set(code, onDemand(load));
}

/** Whether every survey term is registered for `lang` itself, none filled in from Bahasa Indonesia. */
const complete = (lang: string) => {
  const terms = registeredTerms(lang) ?? {};
  return Object.keys(id).every(key => key in terms);
};

/**
 * Fetches the survey terms of `lang` when some are missing and a loader is set for its language; undefined when
 * there is nothing to wait for. Rejects when they cannot be fetched (the terms then come from Bahasa Indonesia).
 */
export function ensureTranslation(lang: string): Promise<unknown> | undefined {
  return complete(lang) ? undefined : translationLoaders.get(baseLanguage(lang))?.();
}

registerTranslation(id);
