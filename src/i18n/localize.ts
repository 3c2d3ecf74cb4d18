/**
/**
 * UI strings of the survey (never survey content: that is data in the definition), in the one registry that the
 * reports add their own terms to (`registry.ts`). Bahasa Indonesia is the fallback.
 *
 * The terms that explain a survey that cannot be shown (`ProblemTerms`) are registered separately: importing
 * `masukan` registers them; the script-tag build fetches `masukan-problems.min.js` the first time it needs them.
 */
import { id } from './translations/id.js';
import { en } from './translations/en.js';
import { registerTranslation, translation } from './registry.js';
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

registerTranslation(id, en);
