import type { Translation } from '../localize.js';
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

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  answerRequired: 'This question is required.',
  back: 'Back',
  charactersLeft: left => `${left} characters left`,
  chooseOne: '— Choose —',
  definitionError: 'This survey cannot be shown because its definition is invalid:',
  definitionIssue: ({ key, detail }) => (own(issues, key) ?? issues.invalid_union)(detail),
  errorSummary: count => (count === 1 ? '1 question needs attention.' : `${count} questions need attention.`),
  loadFailed: 'This survey cannot be shown because it could not be loaded:',
  loading: 'Loading survey…',
  next: 'Next',
  noDefinition: 'No survey definition: set the definition property, the preset or src attribute, or inline JSON.',
  notANumber: 'Enter a number.',
  notDownloaded: 'could not be downloaded',
  notInteger: 'Enter a whole number.',
  notJson: 'not valid JSON',
  optional: 'optional',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  required: 'required',
  responseRefused: 'Your answer cannot be submitted because of an error in this page. Please tell the staff.',
  startOver: 'Start a new response',
  statusFailed: count =>
    count === 1
      ? '1 answer could not be delivered and is kept for staff to review.'
      : `${count} answers could not be delivered and are kept for staff to review.`,
  statusSaveFailed:
    'Your answer could not be saved on this device. We keep trying to send it while this page stays open.',
  statusSaved: 'Your answer is saved on this device and will be sent when you are online.',
  statusSent: 'Your answer has been sent.',
  statusUnreachable:
    'Your answer is saved on this device. The server could not be reached; we will keep trying to send it.',
  statusWaiting: count => (count === 1 ? '1 answer waiting to be sent.' : `${count} answers waiting to be sent.`),
  submit: 'Submit',
  submitting: 'Saving…',
  thankYou: 'Thank you for your feedback.',
  tooFew: min => `Choose at least ${min}.`,
  tooLarge: max => `The largest value is ${max}.`,
  tooLong: max => `At most ${max} characters.`,
  tooMany: max => `Choose at most ${max}.`,
  tooSmall: min => `The smallest value is ${min}.`,
  unknownPreset: name => `unknown preset "${name}"`,
};
