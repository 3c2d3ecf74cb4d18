import type { ProblemTerms } from '../localize.js';
import { own } from '../../core/own.js';

const issues: Record<string, (d?: string) => string> = {
  required: () => 'is required',
  invalid_type: d => `wrong type (expected ${d})`,
  too_small: d => `too few/small (minimum ${d})`,
  too_big: d => `too many/large (maximum ${d})`,
  invalid_format: () => 'invalid format (use letters, digits, _ or -)',
  unrecognized_keys: d => `unknown field(s): ${d}`,
  unknownType: d => `unknown question type (expected one of ${d})`,
  invalid_union: () => 'does not match any allowed shape',
  invalid_value: d => `value not allowed (expected one of ${d})`,
  duplicateId: d => `question id "${d}" is used more than once`,
  laterQuestion: d => `refers to "${d}", which is not an earlier question`,
  unknownQuestion: d => `refers to unknown question "${d}"`,
  minAboveMax: () => 'min must not exceed max',
  duplicateOption: () => 'option values must be unique',
  noLanguage: () => 'needs at least one language',
  tooDeep: d => `all/any/not nested too deeply (at most ${d} levels)`,
};

export const enProblems: ProblemTerms = {
  $code: 'en',
  definitionIssue: ({ key, detail }) => (own(issues, key) ?? issues.invalid_union)(detail),
  noDefinition: 'No survey definition: set the definition property, the preset or src attribute, or inline JSON.',
  notJson: 'not valid JSON',
  unknownPreset: name => `unknown preset "${name}"`,
};
