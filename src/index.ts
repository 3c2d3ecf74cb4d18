// Public entry point: named exports only. Importing it defines the elements.

// Components
export { MasukanSurvey } from './components/survey/survey.js';
export type { MasukanErrorDetail, MasukanSubmitDetail, ResponseSender } from './components/survey/survey.js';

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

// Presets (importing them registers `skm` and `konsultasi` for <masukan-survey preset="…">)
export { getPreset, registerPreset } from './presets/registry.js';
export type { PresetFactory } from './presets/registry.js';
export { konsultasi, skm, SKM_ELEMENTS, STANDAR_PELAYANAN } from './presets/index.js';
export type {
  KonsultasiComponent,
  KonsultasiOptions,
  SkmElement,
  SkmOptions,
  SkmProfileField,
} from './presets/index.js';

// Outbox (also `masukan/outbox`)
export * from './outbox/index.js';

// i18n
export { registerTranslation, translation } from './i18n/localize.js';
export type { DefinitionIssueInfo, Translation } from './i18n/localize.js';
