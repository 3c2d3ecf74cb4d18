/**
 * Parsing survey definitions. `parseSurvey` throws a `SurveyConfigError` whose message names every problem by path
 * (`pages[0].questions[3].options: …`); `safeParseSurvey` returns a result instead, in zod's `safeParse` shape.
 */
import type * as z from 'zod/mini';
import { Survey } from './schema.js';
import { translation, type RegisteredTranslation } from '../i18n/localize.js';

/**
 * One problem in a definition (or a response): where (`pages[0].questions[2].type`), what (a key), and a detail for
 * the message.
 */
export interface DefinitionProblem {
  path: string;
  key: string;
  detail?: string;
}

/** `['pages', 0, 'questions', 3]` → `pages[0].questions[3]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  const text = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
  return text || '(root)';
}

const list = (values: readonly unknown[]) => values.map(v => JSON.stringify(v)).join(', ');

/** Turns a zod issue into language-neutral problems; the words come from the UI translation or `describeProblem`. */
function toProblems(issue: z.core.$ZodIssue): DefinitionProblem[] {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        issue.input === undefined ? { path, key: 'required' } : { path, key: issue.code, detail: issue.expected },
      ];
    case 'too_small':
    case 'too_big':
      return [{ path, key: issue.code, detail: String(issue.code === 'too_small' ? issue.minimum : issue.maximum) }];
    case 'unrecognized_keys':
      return [{ path, key: issue.code, detail: issue.keys.join(', ') }];
    case 'invalid_value':
      return [{ path, key: issue.code, detail: list(issue.values) }];
    case 'invalid_union': {
      // A question of no known `type`: name the types there are.
      if (issue.discriminator && 'options' in issue)
        return [{ path, key: 'unknownType', detail: list(issue.options ?? []) }];
      const branches = issue.errors;
      // A value of the wrong kind for every branch (LocalizedText given a number): name the kinds expected.
      const kinds = branches.map(b =>
        b.length === 1 && b[0].code === 'invalid_type' && !b[0].path.length ? b[0].expected : '',
      );
      if (branches.length && kinds.every(Boolean))
        return [
          issue.input === undefined
            ? { path, key: 'required' }
            : { path, key: 'invalid_type', detail: kinds.join(' or ') },
        ];
      return [{ path, key: issue.code }];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { key?: string; ref?: string };
      return [{ path, key: params.key ?? 'custom', detail: params.ref }];
    }
    default:
      return [{ path, key: issue.code }];
  }
}

/** A problem by its key and detail (`unknownType "rating", …`): its words while no problem terms are registered. */
export const problemKey = (p: DefinitionProblem): string => (p.detail === undefined ? p.key : `${p.key} ${p.detail}`);

/**
 * One problem as an English line for developers: `pages[0].questions[1].type: unknown question type …` (by its key
 * until the problem terms are registered, see `ProblemTerms`).
 */
export function describeProblem(p: DefinitionProblem): string {
  return `${p.path}: ${translation<RegisteredTranslation>('en').definitionIssue?.(p) ?? problemKey(p)}`;
}

/** Thrown by `parseSurvey`: `message` lists every problem by path; `problems` holds them for tools and the UI. */
export class SurveyConfigError extends Error {
  override readonly name: string = 'SurveyConfigError';
  readonly problems: DefinitionProblem[];

  /** `what` is invalid: the survey definition, or (for `ResponseError`) a response. */
  constructor(problems: DefinitionProblem[], what = 'survey definition') {
    super(`Invalid ${what}:\n${problems.map(p => `  ${describeProblem(p)}`).join('\n')}`);
    this.problems = problems;
  }
}

export type SafeParseSurveyResult = { success: true; data: Survey } | { success: false; error: SurveyConfigError };

/**
 * zod issues (of a definition or a response) as problems, without repeats (a union reports one issue per failed
 * branch at the same path); `prefix` goes in front of every path.
 */
export function problemsOf(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): DefinitionProblem[] {
  const seen = new Set<string>();
  return issues
    .flatMap(issue => toProblems({ ...issue, path: [...prefix, ...issue.path] }))
    .filter(p => {
      const key = `${p.path}|${p.key}|${p.detail}`;
      return !seen.has(key) && seen.add(key);
    });
}

/** Validates a definition and returns a result, never throws. */
export function safeParseSurvey(input: unknown): SafeParseSurveyResult {
  const result = Survey.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new SurveyConfigError(problemsOf(result.error.issues)) };
}

/** Validates a definition and returns it typed, or throws a `SurveyConfigError`. */
export function parseSurvey(input: unknown): Survey {
  const result = safeParseSurvey(input);
  if (!result.success) throw result.error;
  return result.data;
}
