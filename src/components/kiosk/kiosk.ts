import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { MasukanElement } from '../../internal/masukan-element.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import {
  hasSource,
  loadDefinition,
  whenChildrenParsed,
  type DefinitionFailure,
  type ProblemLine,
} from '../../internal/definition-source.js';
import { hostStyles } from '../../styles/host.styles.js';
import { surveyStyles } from '../survey/survey.styles.js';
import { kioskStyles } from './kiosk.styles.js';
import { kioskStringsFor } from './kiosk.strings.js';
import { FORM, renderQuestion, renderQuestions } from '../survey/questions.js';
import { localize } from '../../core/engine.js';
import {
  answer,
  back,
  createSession,
  ratingSteps,
  hasAnswers,
  isLastStep,
  next,
  progress,
  questionsOf,
  reset,
  toResponse,
  validate,
  type SurveySession,
} from '../../core/session.js';
import { isOpen } from '../../core/opening-hours.js';
import { pinLockSeconds, verifyPin } from '../../core/pin.js';
import { ensureProblemTerms, translation, type RegisteredTranslation } from '../../i18n/localize.js';
import { checkResponse } from '../../core/response.js';
import { enqueue, flushOutbox } from '../../outbox/outbox.js';
import '../../outbox/delivery.js'; // delivers what the outbox stores
import type { AnswerValue, Context, Question, SurveyResponse } from '../../core/schema.js';
import type { MasukanErrorDetail, MasukanSubmitDetail } from '../survey/survey.js';
import type { KioskDeviceSettings } from './staff-panel.js';
import './staff-panel.js';

type View = 'loading' | 'problem' | 'closed' | 'start' | 'survey' | 'submitting' | 'thanks';

/** What the tablet keeps in localStorage: staff settings and the PIN lock. Never anything a citizen answered. */
interface DeviceState extends KioskDeviceSettings {
  lastDelivery: string;
  pinFailures: number;
  pinLockedUntil: number;
}

const deviceKey = 'masukan-kiosk';
const readDevice = (): DeviceState => {
  const empty = { counter: '', service: '', lastDelivery: '', pinFailures: 0, pinLockedUntil: 0 };
  try {
    return { ...empty, ...JSON.parse(localStorage.getItem(deviceKey) ?? '{}') };
  } catch {
    return empty;
  }
};
const writeDevice = (changes: Partial<DeviceState>) => {
  try {
    localStorage.setItem(deviceKey, JSON.stringify({ ...readDevice(), ...changes }));
  } catch (error) {
    console.error('<masukan-kiosk> device settings cannot be saved', error);
  }
};

/** A rating tap counts as a tap (and advances) when it follows a pointer press this soon. */
const TAP_WINDOW_MS = 1500;

/**
 * @tagname masukan-kiosk
 * @summary A full-screen survey for a shared counter tablet: start screen, one rating per screen, reset between
 * citizens, idle countdown, staff panel behind a PIN, offline outbox.
 *
 * Takes the same sources and settings as `<masukan-survey>`: the `definition` property, `preset` (+
 * `preset-options`), `src`, or inline JSON; `endpoint`, `headers`, `context`, `lang`. Every response carries the
 * page `context`, this tablet's counter and service (set by staff) and `channel: "kiosk"`.
 *
 * Between citizens nothing of the previous answer remains: the form is rebuilt, answers are never saved as drafts,
 * and the page is reset when it is hidden (so the back/forward cache holds no answers).
 *
 * @slot office - The office name on the start screen (else the `office` attribute).
 *
 * @event masukan-submit - Before a response is stored. Cancelable; `event.detail.response`.
 * @event masukan-error - The definition is invalid or could not be loaded. `event.detail.error`, `.problems`.
 *
 * @csspart base - The full-screen wrapper.
 * @csspart start - The start screen.
 * @csspart start-button - The Mulai button.
 * @csspart screen - A question screen.
 * @csspart thank-you - The thank-you screen.
 * @csspart countdown - The "Masih di sini?" dialog.
 * @csspart staff-corner - The hidden corner that opens the staff panel after a 3-second press.
 * @csspart progress - The "Pertanyaan 2 dari 9" text.
 * @csspart error-summary - The live region announcing what needs attention.
 * @csspart nav - The Back / Next / Submit buttons.
 * @csspart button - Each navigation button.
 * @csspart question - One question (as in `<masukan-survey>`, from here to `unit`).
 * @csspart label - A question's label or legend.
 * @csspart help - A question's help text.
 * @csspart error-message - A question's error message.
 * @csspart options - The group of options of a choice question.
 * @csspart option - One option.
 * @csspart option-label - The text of an option.
 * @csspart face - The face icon of a rating option.
 * @csspart control - A text field, number field, textarea or select.
 * @csspart counter - The characters-left text under a textarea.
 * @csspart unit - The unit after a number field.
 *
 * @cssproperty --masukan-kiosk-target-size - Minimum touch target. Default 64px.
 */
export class MasukanKiosk extends MasukanElement {
  static override styles = [hostStyles, surveyStyles, kioskStyles];

  /** The survey definition as an object. Takes precedence over `preset`, `src` and inline JSON. */
  @property({ attribute: false }) definition: unknown = undefined;

  /** Name of a built-in survey, e.g. `skm`. */
  @property() preset = '';

  /** Options for the preset, as a JSON attribute or an object property. */
  @property({ attribute: 'preset-options', converter: jsonObjectAttribute('<masukan-kiosk> preset-options') })
  presetOptions: Record<string, unknown> = {};

  /** URL of a JSON survey definition. */
  @property() src = '';

  /** The language each citizen starts in: `id` (default) or `en`. The start screen offers both. */
  @property({ reflect: true }) override lang = 'id';

  /** Tags copied into every response (agency, unit …). Attribute: a JSON object. */
  @property({ converter: jsonObjectAttribute('<masukan-kiosk> context') }) context: Context = {};

  /** URL that responses are POSTed to, through the device outbox. */
  @property() endpoint = '';

  /** Extra request headers for the endpoint. A property only. */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** The outbox (IndexedDB database) responses are stored in. */
  @property() outbox = 'masukan';

  /** The office name on the start screen, unless the `office` slot is filled. */
  @property() office = '';

  /** Quick mode: the start screen shows the first rating's faces; a tap on one starts the survey with it. */
  @property({ type: Boolean }) quick = false;

  /** Seconds the thank-you screen stays before the start screen returns. */
  @property({ type: Number, attribute: 'reset-after' }) resetAfter = 5;

  /** Seconds an unfinished survey may stay untouched before the "Masih di sini?" countdown. */
  @property({ type: Number, attribute: 'idle-timeout' }) idleTimeout = 60;

  /** Seconds of the countdown before the survey resets. */
  @property({ type: Number, attribute: 'idle-countdown' }) idleCountdown = 10;

  /**
   * What the countdown does at zero: `discard` the answers (default), or `submit` them as a partial response when
   * the definition allows it (no required question shown so far is unanswered); otherwise they are discarded.
   */
  @property({ attribute: 'idle-action' }) idleAction: 'discard' | 'submit' = 'discard';

  /** Seconds after a submission during which further submissions and starts are ignored (repeat taps). */
  @property({ type: Number, attribute: 'min-interval' }) minInterval = 3;

  /** Opening hours, `"08:00-12:00 13:00-15:30"`; outside them a resting screen shows. Empty: always open. */
  @property() hours = '';

  /** Opening days as ISO weekdays, `"1-5"` (Monday–Friday) or `"1-5,6"`. Empty: every day. */
  @property() days = '';

  /** The staff PIN as made by `hashPin` or `npm run kiosk:pin` (a salted hash; never the PIN itself). */
  @property({ attribute: 'staff-pin' }) staffPin = '';

  /** Whether the browser granted persistent storage (asked for on connect). */
  persisted: boolean | undefined;

  @state() private view: View = 'loading';
  @state() private session: SurveySession | undefined;
  @state() private problems: ProblemLine[] = [];
  @state() private problemHeading: DefinitionFailure['heading'] = 'definitionError';
  @state() private citizenLang = 'id';
  /** Seconds left on the idle countdown; 0 when it is not showing. */
  @state() private countdown = 0;
  @state() private staff: '' | 'pin' | 'panel' = '';
  @state() private pinMessage = '';
  @state() private device: DeviceState = readDevice();
  @state() private summary = '';
  /**
   * Incremented at every reset. Screens are keyed by it and the step, so no element of one citizen's screens is
   * reused for the next, nor a control of one screen for the next (an auto-advance renders once, after the tap, so
   * a reused radio would keep the checked state the tap gave it).
   */
  @state() private citizen = 0;

  private loadToken = 0;
  private lastSubmitAt = -Infinity;
  private lastPointerAt = -Infinity;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private countdownTimer: ReturnType<typeof setInterval> | undefined;
  private thanksTimer: ReturnType<typeof setTimeout> | undefined;
  private hoursTimer: ReturnType<typeof setInterval> | undefined;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private wakeLock: { release(): Promise<void> } | undefined;
  private focusAfterUpdate: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.citizenLang = this.lang;
    for (const type of ['pointerdown', 'keydown', 'input']) this.addEventListener(type, this.handleActivity, true);
    addEventListener('pagehide', this.handlePageHide);
    addEventListener('pageshow', this.handlePageShow);
    document.addEventListener('visibilitychange', this.handleVisibility);
    document.addEventListener('masukan-delivered', this.handleDelivered);
    this.hoursTimer = setInterval(() => this.view === 'start' && this.checkHours(), 30000);
    navigator.storage?.persist?.().then(
      granted => (this.persisted = granted),
      () => (this.persisted = false),
    );
    void this.keepAwake();
    if (this.endpoint) void flushOutbox(this.outbox);
    if (!this.staffPin) console.warn('<masukan-kiosk> no staff-pin: the staff panel cannot be opened.');
    if (this.session || hasSource(this)) return;
    // Inline JSON: read once the children are parsed (the script tag may run in <head>).
    whenChildrenParsed(this, () => this.view === 'loading' && this.load());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input']) this.removeEventListener(type, this.handleActivity, true);
    removeEventListener('pagehide', this.handlePageHide);
    removeEventListener('pageshow', this.handlePageShow);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    document.removeEventListener('masukan-delivered', this.handleDelivered);
    [this.idleTimer, this.thanksTimer, this.holdTimer].forEach(clearTimeout);
    [this.countdownTimer, this.hoursTimer].forEach(clearInterval);
    void this.wakeLock?.release().catch(() => {});
    this.wakeLock = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') && this.view !== 'survey') this.citizenLang = this.lang;
    if (changed.has('endpoint') && this.endpoint && this.isConnected) void flushOutbox(this.outbox);
    if (
      hasSource(this) &&
      (changed.has('definition') || changed.has('preset') || changed.has('presetOptions') || changed.has('src'))
    )
      void this.load();
    if ((changed.has('hours') || changed.has('days')) && this.view === 'start') this.checkHours();
  }

  protected override updated(): void {
    const selector = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const loaded = await loadDefinition(this, this);
    if (token !== this.loadToken) return;
    if (loaded.error) return this.fail(loaded);
    this.session = createSession(loaded.survey, ratingSteps);
    this.toStart(false);
  }

  private fail({ error, lines, heading, problems }: DefinitionFailure): void {
    this.session = undefined;
    this.problems = lines;
    this.problemHeading = heading;
    this.view = 'problem';
    this.reportError(error, problems);
    ensureProblemTerms().then(() => this.requestUpdate());
  }

  /** Logs a problem for the page's developer and dispatches `masukan-error`. */
  private reportError(error: Error, problems?: MasukanErrorDetail['problems']): void {
    console.error(`<masukan-kiosk> ${error.message}`);
    const detail: MasukanErrorDetail = { error, problems };
    this.dispatchEvent(new CustomEvent('masukan-error', { detail, bubbles: true, composed: true }));
  }

  private get t() {
    return translation<RegisteredTranslation>(this.citizenLang);
  }

  private get k() {
    return kioskStringsFor(this.citizenLang);
  }

  /** What every response carries: the page context, this tablet's counter and service, and the channel. */
  private get responseContext(): Context {
    const { counter, service } = this.device;
    return { ...this.context, ...(counter && { counter }), ...(service && { service }), channel: 'kiosk' };
  }

  /** The first rating question, for quick mode. */
  private get quickQuestion(): Question | undefined {
    if (!this.quick || !this.session) return undefined;
    const [first] = questionsOf(this.session, 0);
    return first?.type === 'rating' && this.session.steps[0].questions.length === 1 ? first : undefined;
  }

  // ——— citizens ———

  /** Back to the start screen with nothing of the previous citizen: new session, new DOM, timers cleared. */
  private toStart(focus = true): void {
    [this.idleTimer, this.thanksTimer].forEach(clearTimeout);
    clearInterval(this.countdownTimer);
    this.countdown = 0;
    this.summary = '';
    if (this.session) this.session = reset(this.session);
    this.citizen++;
    this.citizenLang = this.lang;
    this.view = 'start';
    this.checkHours();
    if (focus) this.focusAfterUpdate = this.quickQuestion ? '.start .option input' : '[part=start-button]';
  }

  private checkHours(): void {
    if (this.view !== 'start' && this.view !== 'closed') return;
    let open = true;
    try {
      open = isOpen(this.hours, this.days, new Date());
    } catch (error) {
      console.error(`<masukan-kiosk> ${(error as Error).message}`);
    }
    this.view = open ? 'start' : 'closed';
  }

  /** True within `min-interval` of the last submission: a repeat tap, ignored. */
  private get tooSoon(): boolean {
    return performance.now() - this.lastSubmitAt < this.minInterval * 1000;
  }

  private handleStart(): void {
    if (this.tooSoon || !this.session) return;
    this.view = 'survey';
    this.armIdle();
    this.focusAfterUpdate = '.screen-start';
  }

  private setAnswer(id: string, value: AnswerValue | undefined, tapped: boolean): void {
    if (!this.session) return;
    this.session = answer(this.session, id, value);
    if (!Object.keys(this.session.errors).length) this.summary = '';
    // Auto-advance after a tap on a screen that holds a single rating (keyboard users move with Berikutnya).
    const [only, ...more] = questionsOf(this.session);
    if (tapped && only?.type === 'rating' && only.id === id && !more.length && value !== undefined) this.goNext();
  }

  private handleQuickAnswer(id: string, value: AnswerValue | undefined): void {
    if (this.tooSoon || !this.session || value === undefined) return;
    this.session = answer(this.session, id, value);
    this.view = 'survey';
    this.armIdle();
    this.goNext();
  }

  private goNext(): void {
    if (!this.session) return;
    const session = next(this.session);
    this.session = session;
    const errors = Object.keys(session.errors);
    if (errors.length) {
      this.summary = this.t.errorSummary(errors.length);
      this.focusAfterUpdate = `[data-question="${errors[0]}"] :is(input, select, textarea)`;
      return;
    }
    this.summary = '';
    if (session.complete) return void this.submit();
    this.focusAfterUpdate = '.screen-start';
  }

  private handleBack(): void {
    if (!this.session) return;
    this.session = back(this.session);
    this.summary = '';
    this.focusAfterUpdate = '.screen-start';
  }

  private handleFormSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.goNext();
  }

  /** Stores the response and shows the thank-you screen; the answers leave the element at once. */
  private async submit(): Promise<void> {
    const session = this.session;
    if (!session || this.tooSoon || this.view === 'submitting') return;
    const response: SurveyResponse = toResponse(session, { lang: this.citizenLang, context: this.responseContext });
    const event = new CustomEvent<MasukanSubmitDetail>('masukan-submit', {
      detail: { response },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    // The response rule (a page-made `context` value that is an object …): the developer is told, nothing stored.
    const checked = checkResponse(response);
    if (!checked.success) {
      this.reportError(checked.error, checked.error.problems);
      this.summary = this.t.responseRefused;
      return;
    }
    this.lastSubmitAt = performance.now();
    clearTimeout(this.idleTimer);
    this.session = reset(session);
    this.citizen++;
    this.view = 'submitting';
    try {
      if (this.endpoint) await enqueue(checked.data, { endpoint: this.endpoint, headers: this.headers }, this.outbox);
    } catch (error) {
      console.error('<masukan-kiosk> the response could not be stored on this device', error);
    }
    this.view = 'thanks';
    this.focusAfterUpdate = '.thanks';
    this.thanksTimer = setTimeout(() => this.view === 'thanks' && this.toStart(), this.resetAfter * 1000);
  }

  // ——— idle ———

  private handleActivity = (event: Event): void => {
    if (event.type === 'pointerdown') this.lastPointerAt = performance.now();
    if (this.countdown) this.cancelCountdown();
    else if (this.view === 'survey' || this.staff) this.armIdle();
  };

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.handleIdle(), this.idleTimeout * 1000);
  }

  private handleIdle(): void {
    if (this.staff) {
      this.staff = '';
      return this.toStart();
    }
    if (this.view !== 'survey') return;
    this.countdown = Math.max(1, Math.round(this.idleCountdown));
    this.focusAfterUpdate = '[part=countdown] button';
    this.countdownTimer = setInterval(() => {
      if (--this.countdown > 0) return;
      clearInterval(this.countdownTimer);
      this.handleIdleEnd();
    }, 1000);
  }

  private cancelCountdown(): void {
    clearInterval(this.countdownTimer);
    this.countdown = 0;
    this.armIdle();
    this.focusAfterUpdate = '.screen-start';
  }

  private handleIdleEnd(): void {
    const session = this.session;
    const partial =
      this.idleAction === 'submit' && session && hasAnswers(session) && !Object.keys(validate(session, true)).length;
    if (partial) void this.submit().then(() => this.view === 'survey' && this.toStart());
    else this.toStart();
  }

  // ——— device ———

  private handlePageHide = (): void => {
    if (this.session) this.toStart(false);
  };

  private handlePageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && this.session) this.toStart();
  };

  private handleVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.keepAwake();
  };

  private handleDelivered = (): void => {
    const lastDelivery = new Date().toISOString();
    writeDevice({ lastDelivery });
    this.device = { ...this.device, lastDelivery };
  };

  /** Keeps the screen on (Wake Lock API) while the page is visible; the browser releases it when hidden. */
  private async keepAwake(): Promise<void> {
    const wakeLock = (navigator as { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } })
      .wakeLock;
    try {
      this.wakeLock = await wakeLock?.request('screen');
    } catch {
      /* not allowed now (hidden page, battery saver): asked again when visible */
    }
  }

  private handleFullscreen(): void {
    document.documentElement.requestFullscreen?.().catch(() => {});
  }

  // ——— staff ———

  private handleCornerDown(): void {
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => this.openPin(), 3000);
  }

  private handleCornerUp(): void {
    clearTimeout(this.holdTimer);
  }

  /** A keyboard activation of the corner (no pointer press) opens the PIN prompt too: the PIN still guards it. */
  private handleCornerClick(event: MouseEvent): void {
    if (event.detail === 0) this.openPin();
  }

  private openPin(): void {
    this.staff = 'pin';
    this.pinMessage = this.staffPin ? '' : this.k.pinMissing;
    this.armIdle();
    this.focusAfterUpdate = this.staffPin ? '#pin' : '[data-action=pin-cancel]';
  }

  private handlePin(event: SubmitEvent): void {
    event.preventDefault();
    const k = this.k;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#pin')!;
    const pin = input.value;
    input.value = '';
    const device = readDevice();
    const wait = Math.ceil((device.pinLockedUntil - Date.now()) / 1000);
    if (wait > 0) {
      this.pinMessage = k.pinLocked(wait);
      return;
    }
    if (this.staffPin && verifyPin(pin, this.staffPin)) {
      writeDevice({ pinFailures: 0, pinLockedUntil: 0 });
      this.device = readDevice();
      this.staff = 'panel';
      this.pinMessage = '';
      this.focusAfterUpdate = 'masukan-staff-panel';
      return;
    }
    const pinFailures = device.pinFailures + 1;
    const lock = pinLockSeconds(pinFailures);
    writeDevice({ pinFailures, pinLockedUntil: Date.now() + lock * 1000 });
    this.pinMessage = `${k.pinWrong} ${k.pinLocked(lock)}`;
    this.focusAfterUpdate = '#pin';
  }

  private closeStaff(): void {
    this.staff = '';
    this.pinMessage = '';
    if (this.view === 'survey') this.armIdle();
    this.focusAfterUpdate = this.view === 'start' ? '[part=start-button]' : '.screen-start';
  }

  private handleSettings(event: CustomEvent<KioskDeviceSettings>): void {
    writeDevice(event.detail);
    this.device = readDevice();
  }

  // ——— rendering ———

  override render() {
    const k = this.k;
    const overlay = this.staff || this.countdown;
    return html`<div part="base" class="kiosk" lang=${this.citizenLang}>
      <div class="screen" ?inert=${!!overlay} aria-hidden=${overlay ? 'true' : 'false'}>
        ${keyed(`${this.citizen}-${this.session?.step}`, this.renderView())}
      </div>
      ${this.countdown ? this.renderCountdown() : nothing} ${this.staff ? this.renderStaff() : nothing}
      <button
        part="staff-corner"
        class="staff-corner"
        aria-label=${k.staffCorner}
        @pointerdown=${this.handleCornerDown}
        @pointerup=${this.handleCornerUp}
        @pointerleave=${this.handleCornerUp}
        @pointercancel=${this.handleCornerUp}
        @contextmenu=${(e: Event) => e.preventDefault()}
        @click=${this.handleCornerClick}
      ></button>
    </div>`;
  }

  private renderView() {
    const t = this.t;
    const k = this.k;
    switch (this.view) {
      case 'loading':
        return html`<p class="center" role="status">${t.loading}</p>`;
      case 'problem':
        return html`<div class="problem" role="alert">
          <p>${t[this.problemHeading]}</p>
          <ul>
            ${this.problems.map(line => html`<li><code>${line(t)}</code></li>`)}
          </ul>
        </div>`;
      case 'closed':
        return html`<div class="start">
          ${this.renderOffice()}
          <p class="big">${k.closed}</p>
          ${this.hours ? html`<p>${k.openHours(this.hours.replace(/\s+/g, ', '))}</p>` : nothing}
        </div>`;
      case 'start':
        return this.renderStart();
      case 'thanks':
      case 'submitting':
        return html`<div part="thank-you" class="thanks center" tabindex="-1" role="status">
          <h2 class="title">${localize(this.session?.survey.thankYou, this.citizenLang) || t.thankYou}</h2>
        </div>`;
      default:
        return this.renderScreen();
    }
  }

  private renderOffice() {
    return html`<h1 class="office"><slot name="office">${this.office}</slot></h1>`;
  }

  private renderStart() {
    const k = this.k;
    const t = this.t;
    const survey = this.session!.survey;
    const quick = this.quickQuestion;
    const lang = this.citizenLang;
    return html`<div part="start" class="start">
      ${this.renderOffice()}
      <h2 class="title">${localize(survey.title, lang)}</h2>
      <div class="languages" role="group" aria-label=${k.chooseLanguage}>
        ${(['id', 'en'] as const).map(
          code =>
            html`<button
              lang=${code}
              aria-pressed=${lang === code ? 'true' : 'false'}
              @click=${() => {
                this.citizenLang = code;
              }}
            >
              ${translation(code).$name}
            </button>`,
        )}
      </div>
      ${
        quick
          ? html`<form class="quick" id=${FORM} @submit=${(e: Event) => e.preventDefault()}>
              ${renderQuestion({
                question: quick,
                value: undefined,
                error: undefined,
                lang,
                t,
                onAnswer: value => this.handleQuickAnswer(quick.id, value),
              })}
            </form>`
          : html`<button part="start-button" class="primary start-button" @click=${this.handleStart}>
              ${k.start}
            </button>`
      }
      ${
        document.fullscreenEnabled && !document.fullscreenElement
          ? html`<button class="fullscreen" @click=${this.handleFullscreen}>${k.fullscreen}</button>`
          : nothing
      }
    </div>`;
  }

  private renderScreen() {
    const session = this.session!;
    const t = this.t;
    const k = this.k;
    const lang = this.citizenLang;
    const { index, total } = progress(session);
    const last = isLastStep(session);
    const page = session.steps[session.step];
    return html`<form
      part="screen"
      class="form"
      id=${FORM}
      novalidate
      autocomplete="off"
      @submit=${this.handleFormSubmit}
      @pointerdown=${() => (this.lastPointerAt = performance.now())}
    >
      <div class="screen-start" tabindex="-1">
        <p part="progress" class="progress">${k.questionOf(index, total)}</p>
        <progress class="progress-bar" max=${total} value=${index} aria-hidden="true"></progress>
        ${page.title ? html`<h2 class="page-title">${localize(page.title, lang)}</h2>` : nothing}
      </div>
      <div part="error-summary" class="summary" role="alert">${this.summary}</div>
      ${renderQuestions(session, {
        lang,
        t,
        onAnswer: (id, value) => this.setAnswer(id, value, performance.now() - this.lastPointerAt < TAP_WINDOW_MS),
      })}
      <div part="nav" class="nav">
        ${index > 1 ? html`<button type="button" part="button" @click=${this.handleBack}>${t.back}</button>` : nothing}
        <button part="button" class="primary" type="submit">${last ? t.submit : t.next}</button>
      </div>
    </form>`;
  }

  private renderCountdown() {
    const k = this.k;
    return html`<div
      part="countdown"
      class="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
    >
      <div class="dialog">
        <h2 id="idle-title">${k.stillHere}</h2>
        <p id="idle-text" aria-live="assertive">${k.resettingIn(this.countdown)}</p>
        <button class="primary" @click=${this.cancelCountdown}>${k.continue}</button>
      </div>
    </div>`;
  }

  private renderStaff() {
    const k = kioskStringsFor(this.lang);
    if (this.staff === 'panel')
      return html`<div class="overlay staff" role="dialog" aria-modal="true" aria-label=${k.staffTitle}>
        <masukan-staff-panel
          lang=${this.lang}
          .endpoint=${this.endpoint}
          .outbox=${this.outbox}
          .counter=${this.device.counter}
          .service=${this.device.service}
          .lastDelivery=${this.device.lastDelivery}
          @masukan-staff-settings=${this.handleSettings}
          @masukan-staff-exit=${this.closeStaff}
        ></masukan-staff-panel>
      </div>`;
    return html`<div class="overlay" role="dialog" aria-modal="true" aria-labelledby="pin-title">
      <form class="dialog" @submit=${this.handlePin} autocomplete="off" lang=${this.lang}>
        <h2 id="pin-title">${k.pinTitle}</h2>
        ${
          this.staffPin
            ? html`<label for="pin">${k.pinLabel}</label>
                <input id="pin" type="password" inputmode="numeric" autocomplete="off" />
                <button class="primary" type="submit">${k.pinOpen}</button>`
            : nothing
        }
        <p class="pin-message" role="alert">${this.pinMessage}</p>
        <button type="button" data-action="pin-cancel" @click=${this.closeStaff}>${k.cancel}</button>
      </form>
    </div>`;
  }
}

MasukanKiosk.define('masukan-kiosk');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-kiosk': MasukanKiosk;
  }
}
