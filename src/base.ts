// Everything but the presets and the outbox's delivery functions: the script-tag file exposes this as `Masukan` and
// fetches the rest on demand.

// Components
export { MasukanSurvey } from './components/survey/survey.js';
export type { MasukanErrorDetail, MasukanSubmitDetail, ResponseSender } from './components/survey/survey.js';

// Presets registry
export { findPreset, getPreset, registerPreset, setPresetLoader } from './presets/registry.js';
export type { PresetFactory } from './presets/registry.js';

// Core: schemas (each one also a type), parsing and the engine
export {
  AnswerValue,
  Condition,
  Context,
  LocalizedText,
  MultiQuestion,
  NumberQuestion,
  Option,
  OptionValue,
  Page,
  Question,
  RatingQuestion,
  SelectQuestion,
  SingleQuestion,
  Survey,
  SurveyResponse,
  TextQuestion,
  TextareaQuestion,
} from './core/schema.js';
export type { QuestionType } from './core/schema.js';
export { describeProblem, formatPath, parseSurvey, safeParseSurvey, SurveyConfigError } from './core/parse.js';
export type { DefinitionProblem, SafeParseSurveyResult } from './core/parse.js';
export { checkResponse, ResponseError } from './core/response.js';
export type { CheckResponseResult } from './core/response.js';
export {
  createResponse,
  evaluate,
  isAnswered,
  isVisible,
  localize,
  validateAnswer,
  validatePage,
  visibleAnswers,
  visibleQuestions,
} from './core/engine.js';
export type { AnswerError, Answers, ResponseOptions } from './core/engine.js';

// Outbox (also `masukan/outbox`): what every page needs at once. The staff functions (`retryFailed`, `deleteEntry`,
// `exportOutbox`) and `fetchTransport` belong to the delivery part, which `index.ts` exports and the script-tag file
// fetches on demand (`iife.ts`).
export { enqueue, flushOutbox, outboxSettings, readOutbox, setTransport } from './outbox/index.js';
export type {
  AttemptOptions,
  Delivery,
  EnqueueOptions,
  OutboxCounts,
  OutboxEntry,
  OutboxFailure,
  Transport,
} from './outbox/index.js';

// i18n
export { registerTranslation, translation } from './i18n/localize.js';
export type { DefinitionIssueInfo, ProblemTerms, RegisteredTranslation, Translation } from './i18n/localize.js';
