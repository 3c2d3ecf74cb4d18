import type { Translation } from '../localize.js';

export const en: Translation = {
  $code: 'en',
  $name: 'English',
  answerRequired: 'This question is required.',
  back: 'Back',
  charactersLeft: left => `${left} characters left`,
  chooseOne: '— Choose —',
  definitionError: 'This survey cannot be shown because its definition is invalid:',
  errorSummary: count => (count === 1 ? '1 question needs attention.' : `${count} questions need attention.`),
  loadFailed: 'This survey cannot be shown because it could not be loaded:',
  loading: 'Loading survey…',
  next: 'Next',
  notANumber: 'Enter a number.',
  notInteger: 'Enter a whole number.',
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
};
