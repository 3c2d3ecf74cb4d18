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
import { createResponse, isVisible, validateAnswer, visibleAnswers } from './engine.js';
import type { AnswerError, Answers, ResponseOptions } from './engine.js';
import type { AnswerValue, Page, Question, Survey, SurveyResponse } from './schema.js';

/** Errors keyed by question id (a null-prototype map: ids such as `constructor` are data). */
export type AnswerErrors = Record<string, AnswerError>;

/**
 * How a survey is cut into screens. `pages`: one screen per page. `ratings`: each rating question on a screen of
 * its own (touch kiosks: tap a face, see the next question), the other questions of a page together.
 */
export type SessionLayout = 'pages' | 'ratings';

/** One screen: some questions of one page, in order. */
export interface SessionStep {
  page: Page;
  questions: readonly Question[];
}

export interface SurveySession {
  readonly survey: Survey;
  /** Every screen of the survey, shown or not. */
  readonly steps: readonly SessionStep[];
  /** Index of the current screen in `steps`. */
  readonly step: number;
  readonly answers: Readonly<Answers>;
  /** What is wrong on the current screen, after `next` or `validate`. */
  readonly errors: Readonly<AnswerErrors>;
  /** `next` passed on the last screen: the response can be built and submitted. */
  readonly complete: boolean;
}

const emptyMap = <T>(): Record<string, T> => Object.create(null);

/** Cuts the pages into screens. */
function stepsOf(survey: Survey, layout: SessionLayout): SessionStep[] {
  if (layout === 'pages') return survey.pages.map(page => ({ page, questions: page.questions }));
  const steps: SessionStep[] = [];
  for (const page of survey.pages) {
    let group: Question[] = [];
    for (const question of page.questions) {
      if (question.type !== 'rating') group.push(question);
      else {
        if (group.length) steps.push({ page, questions: group });
        steps.push({ page, questions: [question] });
        group = [];
      }
    }
    if (group.length) steps.push({ page, questions: group });
  }
  return steps;
}

/** A new session at the first screen, with no answers. */
export function createSession(survey: Survey, layout: SessionLayout = 'pages'): SurveySession {
  return { survey, steps: stepsOf(survey, layout), step: 0, answers: emptyMap(), errors: emptyMap(), complete: false };
}

/** The same survey and layout, from the start, with nothing of the previous answers. */
export function reset(session: SurveySession): SurveySession {
  return { ...session, step: 0, answers: emptyMap(), errors: emptyMap(), complete: false };
}

/** The questions of a screen that are shown, given the answers that count (`visibleAnswers`). */
const shownOn = (session: SurveySession, step: number, kept: Answers) =>
  session.steps[step].questions.filter(question => isVisible(question, kept));

/** The questions of a screen that are shown for the current answers. */
export function questionsOf(session: SurveySession, step = session.step): Question[] {
  return shownOn(session, step, visibleAnswers(session.survey, session.answers));
}

/** Records (or, with `undefined`, clears) one answer; clears that question's error. */
export function answer(session: SurveySession, id: string, value: AnswerValue | undefined): SurveySession {
  const answers: Answers = Object.assign(emptyMap(), session.answers);
  if (value === undefined) delete answers[id];
  else answers[id] = value;
  const errors: AnswerErrors = Object.assign(emptyMap(), session.errors);
  delete errors[id];
  return { ...session, answers, errors, complete: false };
}

/** Errors of the shown questions on the current screen, or with `everywhere` on every screen. */
export function validate(session: SurveySession, everywhere = false): AnswerErrors {
  const errors = emptyMap<AnswerError>();
  const kept = visibleAnswers(session.survey, session.answers);
  const steps = everywhere ? session.steps.map((_, i) => i) : [session.step];
  for (const step of steps)
    for (const question of shownOn(session, step, kept)) {
      const error = validateAnswer(question, session.answers[question.id]);
      if (error) errors[question.id] = error;
    }
  return errors;
}

/** The next screen from `from` in `direction` that shows at least one question, if any. */
function nearest(session: SurveySession, from: number, direction: 1 | -1): number | undefined {
  const kept = visibleAnswers(session.survey, session.answers);
  for (let i = from + direction; i >= 0 && i < session.steps.length; i += direction)
    if (shownOn(session, i, kept).length) return i;
  return undefined;
}

/** True when no later screen shows a question: `next` here completes the survey. */
export function isLastStep(session: SurveySession): boolean {
  return nearest(session, session.step, 1) === undefined;
}

/** "Screen 2 of 5", counting only screens that show a question. */
export function progress(session: SurveySession): { index: number; total: number } {
  const kept = visibleAnswers(session.survey, session.answers);
  let index = 0;
  let total = 0;
  session.steps.forEach((_, i) => {
    if (!shownOn(session, i, kept).length) return;
    total++;
    if (i <= session.step) index++;
  });
  return { index, total };
}

/**
 * Validates the current screen. With errors, stays there with `errors` set; otherwise moves to the next screen
 * that shows a question, or, on the last one, sets `complete`.
 */
export function next(session: SurveySession): SurveySession {
  const errors = validate(session);
  if (Object.keys(errors).length) return { ...session, errors, complete: false };
  const step = nearest(session, session.step, 1);
  return step === undefined ? { ...session, errors, complete: true } : { ...session, step, errors, complete: false };
}

/** Back to the previous screen that shows a question (answers are kept); stays on the first one. */
export function back(session: SurveySession): SurveySession {
  const step = nearest(session, session.step, -1) ?? session.step;
  return { ...session, step, errors: emptyMap(), complete: false };
}

/** True when at least one shown question has an answer. */
export function hasAnswers(session: SurveySession): boolean {
  return Object.keys(visibleAnswers(session.survey, session.answers)).length > 0;
}

/** The response for the answers so far: hidden questions' answers left out, numbers as numbers. */
export function toResponse(session: SurveySession, options: ResponseOptions): SurveyResponse {
  return createResponse(session.survey, session.answers, options);
}
