/**
 * The survey definition format and the response format, as zod/mini schemas. Each schema shares its name with the
 * TypeScript type inferred from it (`Survey` is both), so the JSON format has one source of truth.
 */
import * as z from 'zod/mini';
import { field, isObject, listOf } from './json.js';

// A building block used in several places is one schema, shared.

/** A non-empty string. */
const Text = z.string().check(z.minLength(1));
const OptionalFlag = z.optional(z.boolean());
const OptionalNumber = z.optional(z.number());

/** A language code such as `id`, `en` or `jv`. */
const LangCode = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/));

/**
 * Text shown to respondents: either a plain string (Bahasa Indonesia) or a map of language code to string
 * (`{ "id": "Terima kasih", "en": "Thank you" }`). Bahasa Indonesia is the fallback.
 */
export const LocalizedText = z.union([
  Text,
  z.record(LangCode, Text).check(z.refine(map => Object.keys(map).length > 0, { params: { key: 'noLanguage' } })),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;
const OptionalText = z.optional(LocalizedText);

/** A non-empty string or a number: an option's value, a survey's version. */
const TextOrNumber = z.union([Text, z.number()]);

/** A stable option key. Answers store this value, never the option's position. */
export const OptionValue = TextOrNumber;
export type OptionValue = z.infer<typeof OptionValue>;

export const Option = z.strictObject({ value: OptionValue, label: LocalizedText });
export type Option = z.infer<typeof Option>;

/** A question id: letters, digits, `_` and `-`, starting with a letter or `_`. */
const QuestionId = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_-]*$/));

/**
 * A `showIf` condition: plain JSON, never code. Comparisons read earlier answers; `all`, `any` and `not` combine them.
 * For a multi-choice answer, `equals` means "includes" and `in` means "includes any of".
 */
export type Condition =
  | { question: string; equals: OptionValue }
  | { question: string; in: OptionValue[] }
  | { question: string; lte: number }
  | { question: string; gte: number }
  | { question: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** How deeply `all`, `any` and `not` may nest in a `showIf`. */
export const MAX_CONDITION_DEPTH = 32;

/**
 * The nodes of a condition (any JSON), level by level, at most one level past `MAX_CONDITION_DEPTH`. A loop, not a
 * recursion: a definition nested deeply enough would overflow the stack.
 */
function conditionLevels(condition: unknown): unknown[][] {
  const levels: unknown[][] = [];
  for (let level = [condition]; level.length && levels.length <= MAX_CONDITION_DEPTH;) {
    levels.push(level);
    level = level.flatMap(c =>
      isObject(c) ? [...listOf(c.all), ...listOf(c.any), ...('not' in c ? [c.not] : [])] : [],
    );
  }
  return levels;
}

// Recursion through getters (zod evaluates them on first use), which costs less than z.lazy.
const ConditionShape: z.ZodMiniType<Condition> = z.union([
  z.strictObject({ question: QuestionId, equals: OptionValue }),
  z.strictObject({ question: QuestionId, in: z.array(OptionValue).check(z.minLength(1)) }),
  z.strictObject({ question: QuestionId, lte: z.number() }),
  z.strictObject({ question: QuestionId, gte: z.number() }),
  z.strictObject({ question: QuestionId, answered: z.boolean() }),
  z.strictObject({
    get all() {
      return z.array(ConditionShape).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get any() {
      return z.array(ConditionShape).check(z.minLength(1));
    },
  }),
  z.strictObject({
    get not() {
      return ConditionShape;
    },
  }),
]);

/** A condition, whose depth is checked before zod recurses into it. */
export const Condition = z.pipe(
  z.unknown().check(
    z.refine(c => conditionLevels(c).length <= MAX_CONDITION_DEPTH, {
      params: { key: 'tooDeep', ref: String(MAX_CONDITION_DEPTH) },
    }),
  ),
  ConditionShape,
);

/** A whole number ≥ `min` (cheaper in the bundle than `z.int()`). */
const count = (min: number) =>
  z.number().check(z.refine(Number.isInteger, { params: { key: 'invalid_type', ref: 'integer' } }), z.minimum(min));
/** An optional whole number ≥ 1 (`max`, `maxLength`). */
const OptionalCount = z.optional(count(1));

const base = {
  id: QuestionId,
  label: LocalizedText,
  help: OptionalText,
  required: OptionalFlag,
  showIf: z.optional(Condition),
};

const unique = <T extends { value: OptionValue }>(list: T[]) => new Set(list.map(o => o.value)).size === list.length;
const options = (min: number) =>
  z.array(Option).check(z.minLength(min), z.refine(unique, { params: { key: 'duplicateOption' } }));

/** A scale of 2 to 11 labelled points, such as the 4-point SKM scale. `faces` adds face icons beside the labels. */
export const RatingQuestion = z.strictObject({
  ...base,
  type: z.literal('rating'),
  options: z
    .array(z.strictObject({ value: z.number(), label: LocalizedText }))
    .check(z.minLength(2), z.maxLength(11), z.refine(unique, { params: { key: 'duplicateOption' } })),
  faces: OptionalFlag,
});

/** One choice from a short list, as radio buttons. */
export const SingleQuestion = z.strictObject({ ...base, type: z.literal('single'), options: options(2) });

/** Any number of choices, as checkboxes, with optional `min` and `max` selections. */
export const MultiQuestion = z.strictObject({
  ...base,
  type: z.literal('multi'),
  options: options(1),
  min: z.optional(count(0)),
  max: OptionalCount,
});

/** One choice from a long list (for example 80 services), as a dropdown. */
export const SelectQuestion = z.strictObject({
  ...base,
  type: z.literal('select'),
  options: options(1),
  placeholder: OptionalText,
});

/** A one-line text answer. */
export const TextQuestion = z.strictObject({
  ...base,
  type: z.literal('text'),
  maxLength: OptionalCount,
  placeholder: OptionalText,
});

/** A multi-line text answer. */
export const TextareaQuestion = z.strictObject({
  ...base,
  type: z.literal('textarea'),
  maxLength: OptionalCount,
  placeholder: OptionalText,
});

/** A number, with optional bounds and an integer-only switch; `unit` is shown after the field ("tahun"). */
export const NumberQuestion = z.strictObject({
  ...base,
  type: z.literal('number'),
  min: OptionalNumber,
  max: OptionalNumber,
  integer: OptionalFlag,
  unit: OptionalText,
});

// Discriminated by `type`, so a question is checked against its own kind only (a plain union is ~500 bytes gzip
// smaller, but checks a select question's options once per kind it tries: validation took twice as long).
export const Question = z.discriminatedUnion('type', [
  RatingQuestion,
  SingleQuestion,
  MultiQuestion,
  SelectQuestion,
  TextQuestion,
  TextareaQuestion,
  NumberQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
export type RatingQuestion = z.infer<typeof RatingQuestion>;
export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type MultiQuestion = z.infer<typeof MultiQuestion>;
export type SelectQuestion = z.infer<typeof SelectQuestion>;
export type TextQuestion = z.infer<typeof TextQuestion>;
export type TextareaQuestion = z.infer<typeof TextareaQuestion>;
export type NumberQuestion = z.infer<typeof NumberQuestion>;

/** A page (section) of questions. */
export const Page = z.strictObject({
  id: z.optional(QuestionId),
  title: OptionalText,
  description: OptionalText,
  questions: z.array(Question).check(z.minLength(1)),
});
export type Page = z.infer<typeof Page>;

/**
 * The checks across questions: duplicate ids, `showIf` references to unknown or later questions, `min` above `max`.
 * They run even when parts of the definition are malformed (so every problem is listed at once), and so read the
 * definition as any JSON.
 */
function checkAcrossQuestions(survey: unknown, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }): void {
  const issue = (path: PropertyKey[], key: string, ref?: string) =>
    ctx.addIssue({ code: 'custom', path, params: { key, ref }, message: key, input: ref });
  const questions = listOf(field(survey, 'pages')).flatMap((page, p) =>
    listOf(field(page, 'questions')).map((q, i) => [q, ['pages', p, 'questions', i]] as const),
  );
  const all = new Set(questions.map(([q]) => field(q, 'id')));
  const seen = new Set<unknown>();
  for (const [q, path] of questions) {
    const id = field(q, 'id');
    if (typeof id === 'string' && seen.has(id)) issue([...path, 'id'], 'duplicateId', id);
    for (const ref of conditionLevels(field(q, 'showIf'))
      .flat()
      .map(c => field(c, 'question')))
      if (typeof ref === 'string' && !seen.has(ref))
        issue([...path, 'showIf'], all.has(ref) ? 'laterQuestion' : 'unknownQuestion', ref);
    const [type, min, max] = ['type', 'min', 'max'].map(key => field(q, key));
    if ((type === 'multi' || type === 'number') && typeof min === 'number' && typeof max === 'number' && min > max)
      issue([...path, 'min'], 'minAboveMax');
    seen.add(id);
  }
}

/** A whole survey definition. */
export const Survey = z
  .strictObject({
    id: Text,
    version: TextOrNumber,
    title: LocalizedText,
    description: OptionalText,
    pages: z.array(Page).check(z.minLength(1)),
    thankYou: OptionalText,
  })
  .check(z.superRefine(checkAcrossQuestions, { when: () => true }));
export type Survey = z.infer<typeof Survey>;

/** An answer value: a number (rating, number), an option value (single, select), a list (multi) or a string. */
export const AnswerValue = z.union([z.string(), z.number(), z.array(OptionValue)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** One context value: flat JSON only (no objects or arrays). */
export const ContextValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Page-supplied tags copied into every response (agency, unit, counter, service, channel …). */
export const Context = z.record(z.string(), ContextValue);
export type Context = z.infer<typeof Context>;

/** One submitted response, as stored in the outbox and POSTed to the endpoint. */
export const SurveyResponse = z.strictObject({
  id: z.string().check(z.minLength(8), z.maxLength(100)),
  surveyId: Text,
  surveyVersion: TextOrNumber,
  /** ISO 8601 in UTC, as `Date.prototype.toISOString` writes it. */
  submittedAt: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/)),
  lang: LangCode,
  context: Context,
  answers: z.record(z.string(), AnswerValue),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;
