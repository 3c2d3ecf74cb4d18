/**
 * Templates for each question type, rendered inside `<masukan-survey>`'s shadow root. Every control is a native
 * input: radio groups and checkbox groups inside fieldset/legend, other fields with a `<label for>`. All survey text
 * goes through Lit text bindings, so it is always shown as text, never parsed as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localize, type AnswerError } from '../../core/engine.js';
import type { AnswerValue, Option as ChoiceOption, OptionValue, Question } from '../../core/schema.js';
import type { Translation } from '../../i18n/localize.js';
import { own } from '../../core/own.js';
import { questionsOf, type SurveySession } from '../../core/session.js';

/** The id of the survey's form, which every control names in its `form` attribute (see `<masukan-survey>`). */
export const FORM = 'masukan-form';

export interface QuestionView {
  question: Question;
  value: AnswerValue | undefined;
  error: AnswerError | undefined;
  lang: string;
  t: Translation;
  onAnswer: (value: AnswerValue | undefined) => void;
}

/** The message for an answer error, in the respondent's language. */
export function errorText(error: AnswerError | undefined, t: Translation): string {
  if (!error) return '';
  switch (error.code) {
    case 'required':
      return t.answerRequired;
    case 'notANumber':
    case 'notInteger':
      return t[error.code];
    default:
      return t[error.code](error.limit);
  }
}

// Five faces from very unhappy to very happy; a scale of n points picks evenly among them (4 points: no neutral face).
// One path per face, drawn with the 1.6 stroke: the outline, the eyes (so small that the stroke fills them), the mouth.
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
const head = circle(12, 12, 10) + circle(9, 9.5, 0.6) + circle(15, 9.5, 0.6);
const mouths = ['M8 17q4-4 8 0', 'M8 16q4-2 8 0', 'M8 15h8', 'M8 14q4 2 8 0', 'M8 14q4 4 8 0'];
const face = (index: number, count: number) =>
  html`<svg
    class="face"
    part="face"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="1.6"
    stroke-linecap="round"
  >
    <path d=${head + mouths[Math.round((index * 4) / Math.max(1, count - 1))]} />
  </svg>`;

const ids = (q: Question) => ({ input: `q-${q.id}`, help: `help-${q.id}`, error: `error-${q.id}` });

/** The `aria-describedby` list: help text and the error message when there is one. */
const describedBy = (view: QuestionView) => {
  const { help, error } = ids(view.question);
  return [view.question.help ? help : '', view.error ? error : ''].filter(Boolean).join(' ') || undefined;
};

function labelText(view: QuestionView) {
  const { question: q, t } = view;
  return html`${localize(q.label, view.lang)} <span class="marker">(${q.required ? t.required : t.optional})</span>`;
}

function helpAndError(view: QuestionView) {
  const { help, error } = ids(view.question);
  return html`${
      view.question.help
        ? html`<p class="help" part="help" id=${help}>${localize(view.question.help, view.lang)}</p>`
        : nothing
    }
    <p class="error" part="error-message" id=${error}>${errorText(view.error, view.t)}</p>`;
}

/** Radio (rating, single) or checkbox (multi) groups. */
function choiceGroup(view: QuestionView): TemplateResult {
  const q = view.question as Extract<Question, { options: unknown }>;
  const multi = q.type === 'multi';
  const selected: OptionValue[] = Array.isArray(view.value) ? view.value : view.value === undefined ? [] : [view.value];
  const toggle = (value: OptionValue, checked: boolean) => {
    if (!multi) return view.onAnswer(value);
    const next = q.options.map(o => o.value).filter(v => (v === value ? checked : selected.includes(v)));
    view.onAnswer(next);
  };
  const faces = q.type === 'rating' && q.faces;
  return html`<fieldset
    class="question"
    part="question"
    data-question=${q.id}
    aria-describedby=${ifDefined(describedBy(view))}
  >
    <legend class="label" part="label">${labelText(view)}</legend>
    ${helpAndError(view)}
    <div class="options ${q.type}" part="options">
      ${q.options.map(
        (option, i) =>
          html`<label class="option" part="option">
            <input
              form=${FORM}
              type=${multi ? 'checkbox' : 'radio'}
              name=${q.id}
              value=${String(option.value)}
              .checked=${selected.includes(option.value)}
              ?required=${q.required && !multi}
              aria-invalid=${ifDefined(view.error ? 'true' : undefined)}
              @change=${(e: Event) => toggle(option.value, (e.target as HTMLInputElement).checked)}
            />${faces ? face(i, q.options.length) : nothing}<span part="option-label"
              >${localize(option.label, view.lang)}</span
            >
          </label>`,
      )}
    </div>
  </fieldset>`;
}

/**
 * The options of a select, as elements rather than one template each: a list of 80 services is built at the cost
 * of 80 `new Option` calls (the text is set as text, never parsed).
 */
function selectOptions(options: ChoiceOption[], value: AnswerValue | undefined, lang: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const option of options) {
    const selected = option.value === value;
    fragment.append(new Option(localize(option.label, lang), String(option.value), selected, selected));
  }
  return fragment;
}

/** A labelled single field (select, text, textarea, number). */
function field(view: QuestionView, control: TemplateResult): TemplateResult {
  const q = view.question;
  return html`<div class="question" part="question" data-question=${q.id}>
    <label class="label" part="label" for=${ids(q).input}>${labelText(view)}</label>
    ${helpAndError(view)} ${control}
  </div>`;
}

/** Renders one question of any type. */
export function renderQuestion(view: QuestionView): TemplateResult {
  const q = view.question;
  const id = ids(q).input;
  const common = {
    describedBy: describedBy(view),
    invalid: view.error ? 'true' : undefined,
  };
  const text = (e: Event) => view.onAnswer((e.target as HTMLInputElement).value);
  switch (q.type) {
    case 'rating':
    case 'single':
    case 'multi':
      return choiceGroup(view);
    case 'select':
      return field(
        view,
        html`<select
          form=${FORM}
          id=${id}
          part="control"
          ?required=${q.required}
          aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(common.invalid)}
          @change=${(e: Event) => {
            const index = (e.target as HTMLSelectElement).selectedIndex - 1;
            view.onAnswer(index < 0 ? undefined : q.options[index].value);
          }}
        >
          <option value="" ?selected=${view.value === undefined}>
            ${q.placeholder ? localize(q.placeholder, view.lang) : view.t.chooseOne}
          </option>
          ${selectOptions(q.options, view.value, view.lang)}
        </select>`,
      );
    case 'text':
      return field(
        view,
        html`<input
          form=${FORM}
          id=${id}
          type="text"
          part="control"
          .value=${String(view.value ?? '')}
          maxlength=${ifDefined(q.maxLength)}
          placeholder=${ifDefined(q.placeholder ? localize(q.placeholder, view.lang) : undefined)}
          ?required=${q.required}
          aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(common.invalid)}
          @input=${text}
        />`,
      );
    case 'textarea': {
      const left = q.maxLength === undefined ? undefined : q.maxLength - String(view.value ?? '').length;
      return field(
        view,
        html`<textarea
            form=${FORM}
            id=${id}
            part="control"
            rows="4"
            .value=${String(view.value ?? '')}
            maxlength=${ifDefined(q.maxLength)}
            placeholder=${ifDefined(q.placeholder ? localize(q.placeholder, view.lang) : undefined)}
            ?required=${q.required}
            aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${ifDefined(common.invalid)}
            @input=${text}
          ></textarea>
          ${left === undefined ? nothing : html`<p class="help" part="counter">${view.t.charactersLeft(left)}</p>`}`,
      );
    }
    case 'number':
      return field(
        view,
        html`<span class="with-unit"
          ><input
            form=${FORM}
            id=${id}
            type="text"
            part="control"
            inputmode=${q.integer ? 'numeric' : 'decimal'}
            .value=${view.value === undefined ? '' : String(view.value)}
            ?required=${q.required}
            aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${ifDefined(common.invalid)}
            @input=${(e: Event) => {
              const raw = (e.target as HTMLInputElement).value.trim().replace(',', '.');
              view.onAnswer(raw === '' ? undefined : raw);
            }}
          />${q.unit ? html`<span part="unit">${localize(q.unit, view.lang)}</span>` : nothing}</span
        >`,
      );
  }
}

/**
 * The questions of the session's current screen. An answer renders its own question again, not the others (an
 * 80-option select stays as it is while the ratings under it are tapped).
 */
export function renderQuestions(
  session: SurveySession,
  {
    lang,
    t,
    onAnswer,
  }: Pick<QuestionView, 'lang' | 't'> & { onAnswer: (id: string, value: AnswerValue | undefined) => void },
) {
  return questionsOf(session).map(question => {
    const value = own(session.answers, question.id);
    const error = own(session.errors, question.id);
    return guard([question, value, error, lang, t], () =>
      renderQuestion({ question, value, error, lang, t, onAnswer: answer => onAnswer(question.id, answer) }),
    );
  });
}
