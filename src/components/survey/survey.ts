import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MasukanElement } from '../../internal/masukan-element.js';
import {
  hasSource,
  loadDefinition,
  whenChildrenParsed,
  type DefinitionFailure,
} from '../../internal/definition-source.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import { hostStyles } from '../../styles/host.styles.js';
import { surveyStyles } from './survey.styles.js';
import { FORM, renderQuestions } from './questions.js';
import { localize } from '../../core/engine.js';
import {
  answer,
  back,
  createSession,
  isLastStep,
  next,
  progress,
  reset,
  toResponse,
  type SurveySession,
} from '../../core/session.js';
import type { DefinitionProblem } from '../../core/parse.js';
import { checkResponse, type ResponseError } from '../../core/response.js';
import { ensureProblemTerms, ensureTranslation, translation, type RegisteredTranslation } from '../../i18n/localize.js';
import { enqueue, flushOutbox, setTransport, type OutboxCounts, type OutboxEntry } from '../../outbox/outbox.js';
// Delivers what the outbox stores (masukan.min.js leaves this import out and fetches the module when it is needed).
import '../../outbox/delivery.js';
import type { Transport } from '../../outbox/transport.js';
import type { AnswerValue, Context, Survey, SurveyResponse } from '../../core/schema.js';

export { defineSurvey } from '../../core/define.js';
export type { SurveyDefinition } from '../../core/define.js';
export type { Context, Survey, SurveyResponse } from '../../core/schema.js';

/**
 * Delivers a stored response your own way instead of POSTing it to `endpoint`. Resolve once it is delivered; a
 * rejection is retried with backoff, like a network error.
 */
export type ResponseSender = (response: SurveyResponse) => Promise<unknown>;

/** A `sender` as an outbox transport: resolved means delivered, a rejection is retried. */
const senderTransport =
  (send: ResponseSender): Transport =>
  async entry => {
    await send(entry.response);
    return { outcome: 'delivered' };
  };

/** `detail` of `masukan-submit`. */
export interface MasukanSubmitDetail {
  response: SurveyResponse;
}

/** `detail` of `masukan-error`: the definition problems, a load failure, or a response the page made invalid. */
export interface MasukanErrorDetail {
  error: Error;
  problems?: DefinitionProblem[];
}

/** The outbox events the status line listens to (on `document`). */
const outboxTypes = ['masukan-delivered', 'masukan-retry', 'masukan-failed', 'masukan-outbox-change'];

type View = 'loading' | 'form' | 'problem' | 'submitting' | 'thanks';

/**
 * @tagname masukan-survey
 * @summary Renders a survey definition as an accessible form, validates it page by page and submits a response.
 *
 * The definition comes from, in this order: the `definition` property, the `preset` attribute, the `src` attribute,
 * or an inline `<script type="application/json">` child.
 *
 * With `endpoint` (or `sender`), each response is stored in the device outbox (IndexedDB) before the thank-you view
 * shows, then POSTed (or handed to `sender`) until it is delivered; a polite status line says whether it was sent or
 * is waiting. The outbox events `masukan-delivered`, `masukan-retry`, `masukan-failed` and `masukan-outbox-change`
 * are dispatched on `document`, once per page.
 *
 * Navigation, answers and validation are a survey session (`core/session.ts`), the same one `<masukan-kiosk>`
 * renders.
 *
 * @event masukan-submit - Before a response is stored. Cancelable; `event.detail.response` is the response.
 * @event masukan-error - The definition is invalid or could not be loaded, the `headers` cannot be sent, the
 * response breaks the response rule (a `context` value that is an object …), or the terms of `lang` could not be
 * fetched (the survey then speaks Bahasa Indonesia). `event.detail.error`, `.problems`.
 *
 * @slot header - Shown above the survey title: an agency logo and name.
 *
 * @attribute theme - `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Without it the survey follows the
 * page's `color-scheme`, which is light unless the page declares dark support.
 * @attribute density - `compact` tightens the spacing (touch targets keep their size); `comfortable` is the default.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title and description.
 * @csspart title - The survey title.
 * @csspart progress - The "Halaman 2 dari 3" text.
 * @csspart progress-bar - The native progress bar.
 * @csspart form - The form of the current page.
 * @csspart question - One question (a fieldset, or a div for single fields).
 * @csspart label - A question's label or legend.
 * @csspart help - A question's help text.
 * @csspart error-message - A question's error message.
 * @csspart options - The group of options of a choice question.
 * @csspart option - One option (its label box).
 * @csspart option-label - The text of an option.
 * @csspart face - The face icon of a rating option.
 * @csspart control - A text field, number field, textarea or select.
 * @csspart counter - The characters-left text under a textarea with a `maxLength`.
 * @csspart unit - The unit after a number field ("tahun").
 * @csspart error-summary - The live region announcing how many questions need attention.
 * @csspart nav - The Back / Next / Submit buttons.
 * @csspart button - Each navigation button.
 * @csspart thank-you - The view shown after submitting.
 * @csspart problem - The box shown for an invalid definition.
 *
 * @cssproperty --masukan-color-accent - Buttons, selected options and focus rings; the other colours derive from it.
 * Default #0b57a4 (lifted to a light tone in the dark scheme).
 * @cssproperty --masukan-color-on-accent - Text on accent-coloured buttons. Default white or black, whichever
 * contrasts with the accent.
 * @cssproperty --masukan-color-accent-tint - Background of a selected option. Default 14 % accent on the surface.
 * @cssproperty --masukan-color-text - Text colour. Default #1c1b1f (dark scheme #e6e6ea).
 * @cssproperty --masukan-color-muted - Secondary text (help, progress). Default #4a4d52 (dark #bfc2c9).
 * @cssproperty --masukan-color-surface - Background. Default #fff (dark #1b1c1f).
 * @cssproperty --masukan-color-border - Field and option borders. Default #6b6f76 (dark #9a9ea6).
 * @cssproperty --masukan-color-error - Error text and borders. Default #b3261e (dark #ffb4ab).
 * @cssproperty --masukan-font-family - Font stack. Default system-ui.
 * @cssproperty --masukan-font-size - Base font size. Default `medium` (the reader's browser setting, whatever the
 * page's root font size).
 * @cssproperty --masukan-radius - Corner radius. Default 0.5em.
 * @cssproperty --masukan-spacing - Base spacing. Default 1em (0.625em with `density="compact"`).
 * @cssproperty --masukan-target-size - Minimum touch target. Default 44px.
 * @cssproperty --masukan-max-width - Maximum width of the survey. Default 48em.
 */
export class MasukanSurvey extends MasukanElement {
  static override styles = [hostStyles, surveyStyles];

  /** The survey definition as an object (JSON already parsed). Takes precedence over `preset`, `src` and inline JSON. */
  @property({ attribute: false }) definition: unknown = undefined;

  /** Name of a built-in survey, e.g. `skm` or `konsultasi`. */
  @property() preset = '';

  /** Options for the preset, as a JSON attribute (`preset-options='{"services": …}'`) or an object property. */
  @property({ attribute: 'preset-options', converter: jsonObjectAttribute('<masukan-survey> preset-options') })
  presetOptions: Record<string, unknown> = {};

  /** URL of a JSON survey definition. */
  @property() src = '';

  /** Interface language: `id` (default) or `en`. Survey texts given as language maps follow it too. */
  @property({ reflect: true }) override lang = 'id';

  /** Tags copied into every response (agency, unit, counter, service, channel …). Attribute: a JSON object. */
  @property({ converter: jsonObjectAttribute('<masukan-survey> context') }) context: Context = {};

  /**
   * Delivers responses your own way instead of POSTing them to `endpoint`. They are still stored in the outbox
   * first (as endpoint `sender:<survey id>`) and handed to it until it resolves.
   */
  @property({ attribute: false }) sender: ResponseSender | undefined = undefined;

  /** Name of the device outbox the responses go to (another name keeps another app's responses apart). */
  @property() outbox = 'masukan';

  /**
   * URL that responses are POSTed to. Each response is first stored in the device outbox (IndexedDB) and stays
   * there until the endpoint accepts it. The outbox events (`masukan-delivered`, `masukan-failed`,
   * `masukan-outbox-change`) are dispatched on `document`, once per page, not on the element.
   */
  @property() endpoint = '';

  /** Extra request headers for the endpoint (an API key …). A property only, so it never appears in the HTML. */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** Asks the browser to keep the outbox even when storage runs low (for kiosks). The answer lands in `persisted`. */
  @property({ type: Boolean }) persist = false;

  /** Shows an "Isi survei baru" button on the thank-you view, for a shared device without the kiosk. */
  @property({ type: Boolean }) restart = false;

  /** Whether the browser granted persistent storage, once `persist` asked for it. */
  persisted: boolean | undefined;

  @state() private survey: Survey | undefined = undefined;
  @state() private view: View = 'loading';
  /** The terms of `lang` are being fetched (the script-tag build has only Bahasa Indonesia built in). */
  @state() private awaitingTerms = false;
  /** What is wrong, as lines rendered in the current language. */
  @state() private problems: Array<(t: RegisteredTranslation) => string> = [];
  /** Where the respondent is, what they answered and what is wrong. */
  @state() private session: SurveySession | undefined;
  @state() private summary = '';
  /** The heading of the problem box: the definition is invalid, or it could not be loaded. */
  @state() private problemHeading: 'definitionError' | 'loadFailed' = 'definitionError';
  /** The state of the last response submitted here, as a translation key. */
  @state() private lastStatus: 'statusSent' | 'statusSaved' | 'statusUnreachable' | 'statusSaveFailed' | '' = '';
  @state() private counts: OutboxCounts | undefined;
  private lastResponseId = '';
  /** Follows the outbox: the counts for the status line, and what became of the last response submitted here. */
  private handleOutboxEvent = (event: Event) => {
    const { type, detail } = event as CustomEvent<OutboxCounts | OutboxEntry>;
    if (!('response' in detail)) {
      if (detail.outbox === this.outbox) this.counts = detail;
    } else if (detail.response?.id === this.lastResponseId) {
      this.counts = undefined; // the last count may still include this response: wait for the next one
      if (type === 'masukan-delivered') this.lastStatus = 'statusSent';
      else if (type === 'masukan-failed') this.lastStatus = '';
      // An attempt failed while the browser says it is online: the server could not be reached (a wrong name, a
      // server down), so "when you are online" would not be true. (An answer only in memory keeps saying so.)
      else if (this.lastStatus !== 'statusSaveFailed')
        this.lastStatus = navigator.onLine ? 'statusUnreachable' : 'statusSaved';
    }
  };

  private loadToken = 0;
  private focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;

  /** The parsed survey being shown, if any. */
  get currentSurvey(): Survey | undefined {
    return this.survey;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of outboxTypes) document.addEventListener(type, this.handleOutboxEvent);
    // A definition inline in the page: <masukan-survey><script type="application/json">{…}</script></masukan-survey>.
    if (this.survey || hasSource(this)) return;
    whenChildrenParsed(this, () => this.view === 'loading' && this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of outboxTypes) document.removeEventListener(type, this.handleOutboxEvent);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.fetchTerms();
    if (changed.has('endpoint') && this.endpoint) flushOutbox(this.outbox);
    if (changed.has('headers')) this.checkHeaders();
    // (Persistent storage exists only in secure contexts: elsewhere the answer is no.)
    if (changed.has('persist') && this.persist)
      navigator.storage ? navigator.storage.persist().then(p => (this.persisted = p)) : (this.persisted = false);
    // Without any of these the source is inline JSON, read once the children are parsed (connectedCallback).
    const source = hasSource(this);
    if (
      source &&
      (changed.has('definition') || changed.has('preset') || changed.has('presetOptions') || changed.has('src'))
    )
      this.load();
    // A sender is the transport of this survey's entries; set again on every page load, so that responses stored
    // before a reload are delivered too. (After `load`, which may have shown the survey already.)
    if (
      this.sender &&
      this.survey &&
      (changed.has('sender') || changed.has('outbox') || (changed as PropertyValues).has('survey'))
    ) {
      setTransport(this.senderEndpoint, senderTransport(this.sender), this.outbox);
      flushOutbox(this.outbox);
    }
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate?.();
    this.focusAfterUpdate = undefined;
    target?.focus();
  }

  /** Resolves the definition from its source and shows it, or shows what is wrong. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    let loaded = loadDefinition(this, this);
    if (loaded instanceof Promise) {
      this.view = 'loading';
      loaded = await loaded;
      if (token !== this.loadToken) return;
    }
    if (loaded.error) return this.fail(loaded);
    this.survey = loaded.survey;
    this.session = createSession(loaded.survey);
    this.summary = '';
    this.view = 'form';
  }

  /** Shows a readable problem box (under its heading), logs the details for the developer and tells the page. */
  private fail({ error, lines, heading, problems }: DefinitionFailure): void {
    this.survey = undefined;
    this.view = 'problem';
    this.problemHeading = heading;
    this.problems = lines;
    this.reportError(error, problems);
    // The words that explain problems may still have to be fetched (script-tag build): show the box at once, then
    // again with them.
    ensureProblemTerms().then(() => this.requestUpdate());
  }

  /**
   * Fetches the terms of `lang` when they are not there yet. Until they arrive the survey shows an empty busy box
   * (never Bahasa Indonesia first, then the language asked for); if they cannot be fetched, it shows Bahasa
   * Indonesia and says so to the developer.
   */
  private fetchTerms(): void {
    const lang = this.lang || 'id';
    const fetching = ensureTranslation(lang);
    this.awaitingTerms = fetching !== undefined;
    fetching
      ?.catch((error: Error) => {
        if (lang !== (this.lang || 'id')) return;
        const message = `the "${lang}" terms could not be loaded (${error.message}), so it shows Bahasa Indonesia`;
        this.reportError(new Error(message), undefined, 'warn');
      })
      .finally(() => {
        if (lang === (this.lang || 'id')) this.awaitingTerms = false;
      });
  }

  /** Logs a problem for the page's developer and dispatches `masukan-error`. */
  private reportError(error: Error, problems?: DefinitionProblem[], level: 'error' | 'warn' = 'error'): void {
    console[level](`<masukan-survey> ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<MasukanErrorDetail>('masukan-error', {
        detail: { error, problems },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Headers are checked when they are set: one that cannot be sent would make every delivery fail. */
  private checkHeaders(): void {
    try {
      new Headers(this.headers);
    } catch (error) {
      this.reportError(new Error(`headers cannot be sent: ${(error as Error).message}`));
    }
  }

  private get t() {
    return translation<RegisteredTranslation>(this.lang || 'id');
  }

  private setAnswer(id: string, value: AnswerValue | undefined): void {
    this.session = answer(this.session!, id, value);
    if (!Object.keys(this.session.errors).length) this.summary = '';
  }

  private focusPageStart(): void {
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.page-start');
  }

  private handleBack(): void {
    this.session = back(this.session!);
    this.summary = '';
    this.focusPageStart();
  }

  /**
   * Next and Kirim: validates the page; on failure shows the messages, announces the count and focuses the first
   * problem; else moves on, or on the last page stores the response and thanks.
   */
  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const session = next(this.session!);
    this.session = session;
    const errors = Object.keys(session.errors);
    this.summary = errors.length ? this.t.errorSummary(errors.length) : '';
    if (errors.length) {
      this.focusAfterUpdate = () =>
        this.renderRoot.querySelector<HTMLElement>(`[data-question="${errors[0]}"] :is(input, select, textarea)`);
      return;
    }
    if (!session.complete) return this.focusPageStart();
    const response = this.buildResponse(session);
    if (!response) return;
    this.view = 'submitting';
    await this.store(response);
    if (this.view !== 'submitting') return; // reset() meanwhile
    this.session = reset(session); // the thank-you view needs none of the answers
    this.view = 'thanks';
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.thanks');
  }

  /**
   * The response to store: built from the answers, shown to `masukan-submit` listeners (who may cancel it), then
   * held to the response rule. A response the rule refuses was broken by the page (a `context` value that is an
   * object, a field a listener added): the developer is told, the respondent is asked to tell the staff, and the
   * answers stay in the form. Undefined when there is nothing to store.
   */
  private buildResponse(session: SurveySession): SurveyResponse | undefined {
    const response = toResponse(session, { lang: this.lang || 'id', context: this.context });
    const submit = new CustomEvent<MasukanSubmitDetail>('masukan-submit', {
      detail: { response },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(submit)) return;
    const checked = checkResponse(response);
    if (checked.success) return checked.data;
    this.refuse(checked.error);
  }

  private refuse(error: ResponseError): void {
    this.reportError(error, error.problems);
    this.summary = this.t.responseRefused;
  }

  /** Where a `sender` gets this survey's responses from (the endpoint of their outbox entries). */
  private get senderEndpoint(): string {
    return `sender:${this.survey!.id}`;
  }

  /** Stores the response in the outbox, for `sender` or `endpoint`, before the thank-you view shows. */
  private async store(response: SurveyResponse): Promise<void> {
    const endpoint = this.sender ? this.senderEndpoint : this.endpoint;
    this.lastResponseId = response.id;
    this.counts = undefined;
    this.lastStatus = endpoint ? 'statusSaved' : '';
    if (!endpoint) return;
    try {
      await enqueue(response, { endpoint, headers: this.headers }, this.outbox);
    } catch (error) {
      this.lastStatus = 'statusSaveFailed';
      console.error('<masukan-survey> the response could not be stored', error);
    }
  }

  /** Clears the answers and starts again at the first page (for shared devices). */
  reset(): void {
    if (!this.session) return;
    this.session = reset(this.session);
    this.summary = '';
    this.lastStatus = '';
    this.view = 'form';
    this.focusPageStart();
  }

  override render() {
    if (this.awaitingTerms) return html`<div part="base" class="base" aria-busy="true"></div>`;
    const t = this.t;
    switch (this.view) {
      case 'loading':
        return html`<div part="base" class="base" role="status">${t.loading}</div>`;
      case 'problem':
        return html`<div part="base" class="base">
          <div part="problem" class="problem" role="alert">
            <p>${t[this.problemHeading]}</p>
            <ul>
              ${this.problems.map(line => html`<li><code>${line(t)}</code></li>`)}
            </ul>
          </div>
        </div>`;
      case 'thanks':
        return html`<div part="base" class="base">
          <div part="thank-you" class="thanks" tabindex="-1">
            <h2 class="title">${localize(this.survey?.thankYou, this.lang) || t.thankYou}</h2>
            <p class="status" role="status" aria-live="polite">${this.renderStatus(t)}</p>
            ${
              this.restart
                ? html`<button part="button restart" class="primary" @click=${() => this.reset()}>
                    ${t.startOver}
                  </button>`
                : nothing
            }
          </div>
        </div>`;
      default:
        return this.renderForm();
    }
  }

  /**
   * Sent / saved on this device / N waiting / N failed. "Saved" waits for the first count after the submit, so a
   * response delivered at once is announced as sent without "saved" flashing first.
   */
  private renderStatus(t: RegisteredTranslation): string {
    const { lastStatus, counts } = this;
    if (!counts) return lastStatus && lastStatus !== 'statusSaved' ? t[lastStatus] : '';
    const { pending, failed } = counts;
    // while the last response is still waiting, it is not counted among the others
    const others = lastStatus && lastStatus !== 'statusSent' ? pending - 1 : pending;
    return [lastStatus && t[lastStatus], others > 0 && t.statusWaiting(pending), failed > 0 && t.statusFailed(failed)]
      .filter(Boolean)
      .join(' ');
  }

  private renderForm() {
    const session = this.session!;
    const { survey } = session;
    const t = this.t;
    const lang = this.lang || 'id';
    const page = session.steps[session.step];
    const { index, total } = progress(session);
    const last = isLastStep(session);
    const busy = this.view === 'submitting';
    // The controls join the (empty) form through their `form` attribute rather than by sitting inside it: Chromium
    // associates each control inserted into a form at a cost that grows with the form, which made the first render
    // of a long page quadratic (5,000 questions took 24 s).
    return html`<div part="base" class="base" lang=${lang}>
      <header part="header" class="header">
        <slot name="header"></slot>
        <h2 part="title" class="title">${localize(survey.title, lang)}</h2>
        ${survey.description ? html`<p class="description">${localize(survey.description, lang)}</p>` : nothing}
      </header>
      <form id=${FORM} novalidate @submit=${this.handleSubmit}></form>
      <div part="form" class="page" aria-busy=${busy ? 'true' : 'false'}>
        <div class="page-start ${total > 1 || page.title || page.description ? '' : 'bare'}" tabindex="-1">
          ${
            total > 1
              ? html`<p part="progress" class="progress">${t.pageOf(index, total)}</p>
                  <progress
                    part="progress-bar"
                    class="progress-bar"
                    max=${total}
                    value=${index}
                    aria-hidden="true"
                  ></progress>`
              : nothing
          }
          ${page.title ? html`<h3 class="page-title">${localize(page.title, lang)}</h3>` : nothing}
          ${page.description ? html`<p class="description">${localize(page.description, lang)}</p>` : nothing}
        </div>
        <div part="error-summary" class="summary" role="alert">${this.summary}</div>
        ${renderQuestions(session, { lang, t, onAnswer: (id, value) => this.setAnswer(id, value) })}
        <div part="nav" class="nav">
          ${
            index > 1
              ? html`<button part="button" type="button" form=${FORM} @click=${this.handleBack} ?disabled=${busy}>
                  ${t.back}
                </button>`
              : nothing
          }
          <button part="button" class="primary" type="submit" form=${FORM} ?disabled=${busy}>
            ${busy ? t.submitting : last ? t.submit : t.next}
          </button>
        </div>
      </div>
    </div>`;
  }
}

MasukanSurvey.define('masukan-survey');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-survey': MasukanSurvey;
  }
  interface HTMLElementEventMap {
    'masukan-submit': CustomEvent<MasukanSubmitDetail>;
    'masukan-error': CustomEvent<MasukanErrorDetail>;
  }
  // Both bubble out of shadow roots, so a page can listen on document.
  interface DocumentEventMap {
    'masukan-submit': CustomEvent<MasukanSubmitDetail>;
    'masukan-error': CustomEvent<MasukanErrorDetail>;
  }
}
