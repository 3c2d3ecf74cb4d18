/**
 * A survey session: where a respondent is in a survey, what they answered and what is wrong, as an immutable value.
 * `<masukan-survey>` and `<masukan-kiosk>` both render a session, so navigation, validation and reset exist once.
 * Pure: no DOM, no clock and no randomness except through `toResponse`'s options.
 *
 * ```ts
 * let s = createSession(survey);
 * s = answer(s, 'kepuasan', 4);
 * s = next(s); // validates the current step; moves on, or stays with `errors`, or sets `complete` on the last one
 * if (s.complete) send(toResponse(s, { lang: 'id' }));
 * ```
 */
import { createResponse, validatePage, visibleAnswers, visibleQuestions } from './engine.js';
import type { AnswerError, Answers, ResponseOptions } from './engine.js';
import type { AnswerValue, Page, Question, Survey, SurveyResponse } from './schema.js';

/** Errors keyed by question id. */
export type AnswerErrors = Record<string, AnswerError>;

export interface SurveySession {
  readonly survey: Survey;
  /** Every screen of the survey, shown or not: a page, or some questions of a page (with its title). */
  readonly steps: readonly Page[];
  /** Index of the current screen in `steps`. */
  readonly step: number;
  readonly answers: Readonly<Answers>;
  /** What is wrong on the current screen, after `next`. */
  readonly errors: Readonly<AnswerErrors>;
  /** `next` passed on the last screen: the response can be built and submitted. */
  readonly complete: boolean;
}

/** A map for ids, which are data: with no prototype, `constructor` or `toString` are just keys. */
const emptyMap = <T>(): Record<string, T> => Object.create(null);

/** One screen per page (`<masukan-survey>`). */
export const pageSteps = (survey: Survey): readonly Page[] => survey.pages;

/**
 * Each rating question on a screen of its own, the other questions of a page together (`<masukan-kiosk>`: tap a
 * face, see the next question).
 */
export function ratingSteps(survey: Survey): Page[] {
  const steps: Page[] = [];
  for (const page of survey.pages) {
    let group: Question[] = [];
    const flush = () => group.length && steps.push({ ...page, questions: group });
    for (const question of page.questions)
      if (question.type !== 'rating') group.push(question);
      else {
        flush();
        steps.push({ ...page, questions: [question] });
        group = [];
      }
    flush();
  }
  return steps;
}

/** A new session at the first screen, with no answers. `steps` cuts the survey into screens (default: pages). */
export function createSession(survey: Survey, steps = pageSteps): SurveySession {
  return { survey, steps: steps(survey), step: 0, answers: emptyMap(), errors: emptyMap(), complete: false };
}

/** The same survey and screens, from the start, with nothing of the previous answers. */
export function reset(session: SurveySession): SurveySession {
  return createSession(session.survey, () => session.steps);
}

/** The questions of a screen that are shown for the current answers. */
export function questionsOf(session: SurveySession, step = session.step): Question[] {
  return visibleQuestions(session.survey, session.steps[step], session.answers);
}

/** Records (or, with `undefined`, clears) one answer; clears that question's error. */
export function answer(session: SurveySession, id: string, value: AnswerValue | undefined): SurveySession {
  const answers: Answers = Object.assign(emptyMap(), session.answers);
  const errors: AnswerErrors = Object.assign(emptyMap(), session.errors);
  if (value === undefined) delete answers[id];
  else answers[id] = value;
  delete errors[id];
  return { ...session, answers, errors, complete: false };
}

/** Errors of the shown questions on the current screen, or with `everywhere` on every screen. */
export function validate(session: SurveySession, everywhere = false): AnswerErrors {
  const { survey, answers, steps } = session;
  return Object.assign(
    emptyMap(),
    ...(everywhere ? steps : [steps[session.step]]).map(step => validatePage(survey, step, answers)),
  );
}

/** The next screen from `from` in `direction` that shows at least one question, if any. */
function nearest(session: SurveySession, from: number, direction: 1 | -1): number | undefined {
  for (let i = from + direction; session.steps[i]; i += direction) if (questionsOf(session, i).length) return i;
  return undefined;
}

/** True when no later screen shows a question: `next` here completes the survey. */
export function isLastStep(session: SurveySession): boolean {
  return nearest(session, session.step, 1) === undefined;
}

/** "Screen 2 of 5", counting only screens that show a question. */
export function progress(session: SurveySession): { index: number; total: number } {
  const shown = session.steps.map((_, i) => questionsOf(session, i).length > 0);
  const count = (list: boolean[]) => list.filter(Boolean).length;
  return { index: count(shown.slice(0, session.step + 1)), total: count(shown) };
}

/**
 * Validates the current screen. With errors, stays there with `errors` set; otherwise moves to the next screen
 * that shows a question, or, on the last one, sets `complete`.
 */
export function next(session: SurveySession): SurveySession {
  const errors = validate(session);
  const step = nearest(session, session.step, 1);
  if (Object.keys(errors).length) return { ...session, errors, complete: false };
  return step === undefined ? { ...session, errors, complete: true } : { ...session, step, errors, complete: false };
}

/** Back to the previous screen that shows a question (answers are kept); stays on the first one. */
export function back(session: SurveySession): SurveySession {
  return { ...session, step: nearest(session, session.step, -1) ?? session.step, errors: emptyMap(), complete: false };
}

/** True when at least one shown question has an answer. */
export function hasAnswers(session: SurveySession): boolean {
  return Object.keys(visibleAnswers(session.survey, session.answers)).length > 0;
}

/** The response for the answers so far: hidden questions' answers left out, numbers as numbers. */
export function toResponse(session: SurveySession, options: ResponseOptions): SurveyResponse {
  return createResponse(session.survey, session.answers, options);
}
