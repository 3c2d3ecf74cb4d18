import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MasukanElement } from '../../internal/masukan-element.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import { hostStyles } from '../../styles/host.styles.js';
import { launcherStyles } from './launcher.styles.js';
import { launcherStrings } from './launcher.strings.js';
import { mayDisplay, systemClock, visitorRecord, type Clock, type VisitorRecord } from '../../core/display.js';
import type { MasukanErrorDetail, MasukanSubmitDetail, MasukanSurvey, ResponseSender } from '../survey/survey.js';
import type { Context } from '../../core/schema.js';

/** What opened the launcher. */
export type LauncherTrigger = 'click' | 'delay' | 'scroll' | 'exit' | 'opener' | 'api';

/** `detail` of `masukan-open`. */
export interface MasukanOpenDetail {
  trigger: LauncherTrigger;
}

/** `detail` of `masukan-close`: `completed` after an answer was submitted, `dismissed` otherwise. */
export interface MasukanCloseDetail {
  reason: 'completed' | 'dismissed';
}

/** Makes `<masukan-survey>` available; resolves when it is defined. */
export type SurveyLoader = (launcher: MasukanLauncher) => Promise<unknown>;

const SURVEY_TAG = 'masukan-survey';

/** Without a loader (the element imported on its own), wait for the page to define `<masukan-survey>`. */
let surveyLoader: SurveyLoader = () =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`<${SURVEY_TAG}> is not defined`)), 10000);
    customElements.whenDefined(SURVEY_TAG).then(() => resolve(clearTimeout(timer)));
  });

/** Sets how the launcher loads the survey element the first time it opens (each build of Masukan sets its own). */
export function setSurveyLoader(loader: SurveyLoader): void {
  surveyLoader = loader;
}

const icons = {
  chat: svg`<path d="M4 5h16v11H8l-4 4z"/>`,
  smile: svg`<circle cx="12" cy="12" r="9"/><path d="M8 14q4 4 8 0M9 9.5h.01M15 9.5h.01"/>`,
  star: svg`<path d="m12 3 2.7 5.6 6.1.8-4.5 4.2 1.1 6.1L12 16.8l-5.4 2.9 1.1-6.1-4.5-4.2 6.1-.8z"/>`,
};
const closeIcon = svg`<path d="M6 6l12 12M18 6L6 18"/>`;
const iconSvg = (paths: unknown, className: string) =>
  html`<svg
    class=${className}
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths}
  </svg>`;

/**
 * @tagname masukan-launcher
 * @summary A floating feedback button that opens a survey in a modal dialog (a bottom sheet on phones).
 *
 * It takes the same definition and delivery attributes as `<masukan-survey>` (`preset`, `preset-options`, `src`,
 * an inline `<script type="application/json">` child, `endpoint`, `context`, `lang`, `persist`, `outbox`) and loads the
 * survey
 * element only when it first opens. It opens on a click on its button (or on any element matching `opener`), after
 * `open-after` seconds, at `open-at-scroll` percent of the page, on exit intent (`open-on-exit`, not on touch
 * screens), or
 * from `open()`.
 *
 * Display rules decide whether it shows itself (its button and its automatic triggers) to a visitor: `sample`
 * (percentage of visitors), `once` (until opened once), `recontact-days` (a pause after an answer or a dismissal).
 * They are remembered per visitor in `localStorage` under `masukan-launcher:<storage-key>`, never in a cookie.
 * `open()` and `opener` clicks are explicit requests and ignore them.
 *
 * @event masukan-open - The dialog opened. `event.detail.trigger` says why.
 * @event masukan-close - The dialog closed. `event.detail.reason` is `completed` or `dismissed`.
 * @event masukan-error - The survey element could not be loaded (`event.detail.error`); the survey's own
 * `masukan-error` and `masukan-submit` bubble out of the launcher too.
 *
 * @slot header - Passed to the survey's `header` slot: an agency logo and name.
 * @slot icon - Replaces the button's icon.
 *
 * @csspart dock - The fixed box that holds the button.
 * @csspart button - The launcher button.
 * @csspart label - The button's text.
 * @csspart dialog - The dialog (a bottom sheet at 640 px and narrower).
 * @csspart close-button - The dialog's close button.
 * @csspart survey - The `<masukan-survey>` inside the dialog.
 *
 * @cssproperty --masukan-color-accent - The button and the survey's accent. Default #0b57a4.
 * @cssproperty --masukan-color-on-accent - Text on the button. Default white or black, by contrast.
 * @cssproperty --masukan-color-surface - Dialog background. Default #fff (dark #1b1c1f).
 * @cssproperty --masukan-color-text - Dialog text. Default #1c1b1f (dark #e6e6ea).
 * @cssproperty --masukan-font-family - Font stack. Default system-ui.
 * @cssproperty --masukan-font-size - Base font size. Default `medium`.
 * @cssproperty --masukan-radius - Corner radius of the side tab and the close button. Default 0.5em.
 * @cssproperty --masukan-target-size - Minimum size of the button. Default 44px.
 */
export class MasukanLauncher extends MasukanElement {
  static override styles = [hostStyles, launcherStyles];

  /** The button's text. Default "Beri masukan" / "Give feedback"; also the dialog's accessible name. */
  @property() label = '';

  /** The button's icon: `chat` (default), `smile`, `star` or `none`; or put your own in the `icon` slot. */
  @property() icon: 'chat' | 'smile' | 'star' | 'none' = 'chat';

  /** Where the button sits: `bottom-right` (default), `bottom-left`, or a side tab `right` / `left`. */
  @property({ reflect: true }) position: 'bottom-right' | 'bottom-left' | 'right' | 'left' = 'bottom-right';

  /** No floating button: the dialog opens only by a trigger, an `opener` or `open()`. */
  @property({ attribute: 'no-button', type: Boolean }) noButton = false;

  /** Opens the dialog this many seconds after the page shows the launcher (0: never). */
  @property({ attribute: 'open-after', type: Number }) openAfter = 0;

  /** Opens the dialog once the visitor scrolled this far down the page, in percent (0: never). */
  @property({ attribute: 'open-at-scroll', type: Number }) openAtScroll = 0;

  /** Opens the dialog when the mouse leaves the page through its top edge (not on touch screens). */
  @property({ attribute: 'open-on-exit', type: Boolean }) openOnExit = false;

  /** A CSS selector: a click on a matching page element (a menu link "Beri masukan") opens the dialog. */
  @property() opener = '';

  /** Shows the launcher to this percentage of visitors (100 by default); each visitor is drawn once. */
  @property({ type: Number }) sample = 100;

  /** Shows the launcher to a visitor only until the dialog was opened once. */
  @property({ type: Boolean }) once = false;

  /** After an answer or a dismissal, hides the launcher from that visitor for this many days. */
  @property({ attribute: 'recontact-days', type: Number }) recontactDays = 0;

  /** Names what the display rules remember. Default: the element's `id`, else its `preset` or `src`. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** `light`, `dark` or `auto`, as on `<masukan-survey>`; the survey inside follows it. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | undefined = undefined;

  /** `compact` or `comfortable`, passed to the survey. */
  @property() density: 'compact' | 'comfortable' | undefined = undefined;

  // The survey's own attributes and properties, passed on to it (see <masukan-survey>).
  /** The survey definition as an object. */
  @property({ attribute: false }) definition: unknown = undefined;
  /** A built-in survey by name (`skm`, `konsultasi`). */
  @property() preset = '';
  /** Options for the preset (JSON attribute or object). */
  @property({ attribute: 'preset-options', converter: jsonObjectAttribute('<masukan-launcher> preset-options') })
  presetOptions: Record<string, unknown> = {};
  /** URL of a JSON survey definition. */
  @property() src = '';
  /** Interface language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';
  /** Tags copied into every response (JSON object attribute or object). */
  @property({ converter: jsonObjectAttribute('<masukan-launcher> context') }) context: Context = {};
  /** URL that responses are POSTed to, through the device outbox. */
  @property() endpoint = '';
  /** Extra request headers for the endpoint (property only). */
  @property({ attribute: false }) headers: Record<string, string> = {};
  /** Replaces the default storage and delivery of responses. */
  @property({ attribute: false }) sender: ResponseSender | undefined = undefined;
  /** Asks for persistent storage. */
  @property({ type: Boolean }) persist = false;
  /** Name of the device outbox (default `masukan`). */
  @property() outbox = 'masukan';

  /** The time source of the triggers and display rules (replace it in tests). */
  clock: Clock = systemClock;

  @state() private isOpen = false;
  @state() private loaded = false;
  @state() private loadError = '';
  @state() private record: VisitorRecord = visitorRecord(undefined);

  /** The inline JSON definition, copied into the survey when it is created. */
  private inlineDefinition: Node | undefined;
  private loading: Promise<void> | undefined;
  private submitted = false;
  private armed = false;
  private delayTimer: unknown;

  /** The survey inside the dialog, once it was opened. */
  get survey(): MasukanSurvey | null {
    return this.renderRoot?.querySelector<MasukanSurvey>(SURVEY_TAG) ?? null;
  }

  /** Whether the dialog is open. */
  get opened(): boolean {
    return this.isOpen;
  }

  private get key(): string {
    return `masukan-launcher:${this.storageKey || this.id || this.preset || this.src || 'survey'}`;
  }

  /** Whether the display rules let the launcher show itself now. */
  private get displayable(): boolean {
    const rules = { sample: this.sample, once: this.once, recontactDays: this.recontactDays };
    return mayDisplay(this.record, rules, this.clock.now());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.handleDocumentClick);
    if (this.hasUpdated) this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.handleDocumentClick);
    this.disarm();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('storageKey') || changed.has('preset') || changed.has('src')) this.readRecord();
  }

  protected override firstUpdated(): void {
    this.arm();
  }

  protected override updated(): void {
    // The dock goes into the top layer, where nothing on the page can cover it.
    const dock = this.renderRoot.querySelector<HTMLElement>('.dock');
    if (dock?.isConnected && 'showPopover' in dock && !dock.matches(':popover-open')) dock.showPopover();
  }

  private readRecord(): void {
    let stored: unknown;
    try {
      stored = JSON.parse(localStorage.getItem(this.key) ?? 'null');
    } catch {
      /* no storage (a sandboxed frame, a locked-down browser) or a malformed entry: start afresh */
    }
    this.record = visitorRecord(stored);
    this.saveRecord(); // keeps the roll, so the visitor stays in (or out of) the sample
  }

  private saveRecord(changes: Partial<VisitorRecord> = {}): void {
    this.record = { ...this.record, ...changes };
    try {
      localStorage.setItem(this.key, JSON.stringify(this.record));
    } catch {
      /* storage unavailable or full: the rules then hold for this page view only */
    }
  }

  /** Starts the automatic triggers, if the display rules allow. */
  private arm(): void {
    this.disarm();
    if (!this.displayable) return;
    this.armed = true;
    if (this.openAfter > 0) this.delayTimer = this.clock.setTimeout(() => this.trigger('delay'), this.openAfter * 1000);
    if (this.openAtScroll > 0) window.addEventListener('scroll', this.handleScroll, { passive: true });
    if (this.openOnExit && !matchMedia('(pointer: coarse)').matches)
      // no exit intent on touch screens
      document.addEventListener('mouseout', this.handleMouseOut);
  }

  private disarm(): void {
    this.armed = false;
    if (this.delayTimer !== undefined) this.clock.clearTimeout(this.delayTimer);
    this.delayTimer = undefined;
    window.removeEventListener('scroll', this.handleScroll);
    document.removeEventListener('mouseout', this.handleMouseOut);
  }

  /** An automatic trigger fired: opens once per page view, if the rules still allow. */
  private trigger(trigger: LauncherTrigger): void {
    if (!this.armed) return;
    this.disarm();
    if (!this.isOpen && this.displayable) this.open(trigger);
  }

  private handleScroll = () => {
    const scrollable = document.documentElement.scrollHeight - window.innerHeight;
    if (scrollable > 0 && (window.scrollY / scrollable) * 100 >= this.openAtScroll) this.trigger('scroll');
  };

  private handleMouseOut = (event: MouseEvent) => {
    if (!event.relatedTarget && event.clientY <= 0) this.trigger('exit');
  };

  private handleDocumentClick = (event: MouseEvent) => {
    if (!this.opener || this.isOpen) return;
    let target: Element | null | undefined;
    try {
      target = (event.target as Element | null)?.closest?.(this.opener);
    } catch {
      console.error(`<masukan-launcher> opener is not a valid CSS selector: ${this.opener}`);
      return;
    }
    if (!target) return;
    event.preventDefault(); // an <a href="#feedback"> opener does not jump
    this.open('opener');
  };

  /** Opens the dialog (loading the survey the first time), whatever the display rules say. */
  async open(trigger: LauncherTrigger = 'api'): Promise<void> {
    if (this.isOpen || !this.isConnected) return;
    this.disarm(); // once opened, automatic triggers stay quiet for this page view
    this.isOpen = true;
    if (this.submitted) this.survey?.reset();
    this.submitted = false;
    this.saveRecord({ displayed: this.clock.now() });
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')!.showModal();
    this.dispatchEvent(new CustomEvent<MasukanOpenDetail>('masukan-open', { detail: { trigger }, bubbles: true }));
    await this.load();
  }

  /** Closes the dialog; focus goes back to where it was. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.handleClose(); // now, not when the close event comes
  }

  /** Makes `<masukan-survey>` available once, then renders it. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      this.loadError = '';
      try {
        if (!customElements.get(SURVEY_TAG)) await surveyLoader(this);
        await customElements.whenDefined(SURVEY_TAG);
        this.inlineDefinition = this.querySelector(':scope > script[type="application/json"]')?.cloneNode(true);
        this.loaded = true;
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught));
        this.loading = undefined; // a later open tries again
        this.loadError = error.message;
        console.error(`<masukan-launcher> the survey could not be loaded: ${error.message}`);
        this.dispatchEvent(
          new CustomEvent<MasukanErrorDetail>('masukan-error', {
            detail: { error },
            bubbles: true,
            composed: true,
          }),
        );
      }
    })();
    return this.loading;
  }

  /** Esc (`cancel`, at once) or any other way the dialog closed (`close`, a task later): counted once. */
  private handleClose(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    const reason = this.submitted ? 'completed' : 'dismissed';
    this.saveRecord({ [reason]: this.clock.now() });
    this.dispatchEvent(new CustomEvent<MasukanCloseDetail>('masukan-close', { detail: { reason }, bubbles: true }));
  }

  private handleSubmit(event: CustomEvent<MasukanSubmitDetail>): void {
    // The page may still cancel the submit in its own listener: look once the event is done.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.submitted = true;
    });
  }

  override render() {
    const t = launcherStrings(this.lang || 'id');
    const label = this.label || t.label;
    const showButton = !this.noButton && (this.isOpen || this.displayable);
    return html`${
        showButton
          ? html`<div class="dock" part="dock" popover="manual">
              <button
                class="base launch"
                part="button"
                type="button"
                aria-haspopup="dialog"
                aria-expanded=${this.isOpen ? 'true' : 'false'}
                @click=${() => this.open('click')}
              >
                <slot name="icon"
                  >${this.icon === 'none' ? nothing : iconSvg(icons[this.icon] ?? icons.chat, 'icon')}</slot
                ><span part="label">${label}</span>
              </button>
            </div>`
          : nothing
      }
      <dialog part="dialog" aria-label=${label} @cancel=${this.handleClose} @close=${this.handleClose}>
        <div class="base panel">
          <div class="bar">
            <button part="close-button" class="close" type="button" @click=${this.close}>
              ${iconSvg(closeIcon, '')}${t.close}
            </button>
          </div>
          ${this.renderBody(t)}
        </div>
      </dialog>`;
  }

  private renderBody(t: ReturnType<typeof launcherStrings>) {
    if (this.loadError) return html`<p class="problem" role="alert">${t.loadError(this.loadError)}</p>`;
    if (!this.loaded) return html`<p class="status" role="status">${t.loading}</p>`;
    return html`<masukan-survey
      part="survey"
      .definition=${this.definition}
      .preset=${this.preset}
      .presetOptions=${this.presetOptions}
      .src=${this.src}
      .lang=${this.lang || 'id'}
      .context=${this.context}
      .endpoint=${this.endpoint}
      .headers=${this.headers}
      .sender=${this.sender}
      .persist=${this.persist}
      .outbox=${this.outbox}
      density=${ifDefined(this.density)}
      @masukan-submit=${this.handleSubmit}
      >${this.inlineDefinition ?? nothing}<slot name="header" slot="header"></slot
    ></masukan-survey>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'masukan-launcher': MasukanLauncher;
  }
  interface HTMLElementEventMap {
    'masukan-open': CustomEvent<MasukanOpenDetail>;
    'masukan-close': CustomEvent<MasukanCloseDetail>;
  }
  interface DocumentEventMap {
    'masukan-open': CustomEvent<MasukanOpenDetail>;
    'masukan-close': CustomEvent<MasukanCloseDetail>;
  }
}
