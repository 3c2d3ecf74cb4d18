/**
 * UI strings of the survey (never survey content: that is data in the definition), in the one registry that the
 * reports add their own terms to (`registry.ts`). Bahasa Indonesia is the fallback.
 */
import { id } from './translations/id.js';
import { en } from './translations/en.js';
import { registerTranslation } from './registry.js';

export { registerTranslation, translation } from './registry.js';

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
  loadError: (url: string, reason: string) => string;
  loading: string;
  next: string;
  noDefinition: string;
  notANumber: string;
  notInteger: string;
  optional: string;
  pageOf: (page: number, total: number) => string;
  required: string;
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
  statusWaiting: (count: number) => string;
  statusSaveFailed: string;
  statusFailed: (count: number) => string;
}

registerTranslation(id, en);
