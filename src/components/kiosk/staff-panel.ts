import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MasukanElement } from '../../internal/masukan-element.js';
import { isReachable } from '../../internal/probe.js';
import { hostStyles } from '../../styles/host.styles.js';
import { kioskStyles } from './kiosk.styles.js';
import { kioskStringsFor } from './kiosk.strings.js';
import {
  deleteEntry,
  exportOutbox,
  flushOutbox,
  readOutbox,
  retryFailed,
  type OutboxEntry,
} from '../../outbox/index.js';

/** `detail` of `masukan-staff-settings`: this tablet's counter and service, as staff set them. */
export interface KioskDeviceSettings {
  counter: string;
  service: string;
}

const outboxTypes = ['masukan-delivered', 'masukan-failed', 'masukan-outbox-change'];

/**
 * @tagname masukan-staff-panel
 * @summary The outbox of a counter tablet for staff: network and endpoint state, counts, failed answers, export.
 *
 * `<masukan-kiosk>` shows it after the staff gesture and PIN; it can also stand on a staff page of its own. It
 * reads the outbox named `outbox` and checks whether `endpoint` answers at all, so that a wrong or dead endpoint
 * is not reported as "offline".
 *
 * @event masukan-staff-settings - Staff saved this tablet's counter and service. `event.detail`: `{ counter, service }`.
 * @event masukan-staff-exit - Staff pressed Keluar.
 *
 * @csspart panel - The panel.
 */
export class MasukanStaffPanel extends MasukanElement {
  static override styles = [hostStyles, kioskStyles];

  /** The endpoint whose reachability is shown. */
  @property() endpoint = '';

  /** The outbox (IndexedDB database) to show. */
  @property() outbox = 'masukan';

  /** Language of the panel. */
  @property() override lang = 'id';

  /** This tablet's counter, as last saved. */
  @property() counter = '';

  /** This tablet's service, as last saved. */
  @property() service = '';

  /** When a response was last delivered (ISO 8601), if known. */
  @property({ attribute: 'last-delivery' }) lastDelivery = '';

  @state() private pending: OutboxEntry[] = [];
  @state() private failed: OutboxEntry[] = [];
  @state() private online = navigator.onLine;
  /** Whether the endpoint answered the last probe; undefined while unknown. */
  @state() private reachable: boolean | undefined;
  @state() private probing = false;
  @state() private sending = false;
  @state() private confirming = '';
  @state() private savedNote = false;
  private probeTimer: ReturnType<typeof setInterval> | undefined;

  private handleOutbox = () => void this.refresh();
  private handleNetwork = () => {
    this.online = navigator.onLine;
    void this.probe();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of outboxTypes) document.addEventListener(type, this.handleOutbox);
    addEventListener('online', this.handleNetwork);
    addEventListener('offline', this.handleNetwork);
    this.probeTimer = setInterval(() => this.probe(), 15000);
    void this.refresh();
    void this.probe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of outboxTypes) document.removeEventListener(type, this.handleOutbox);
    removeEventListener('online', this.handleNetwork);
    removeEventListener('offline', this.handleNetwork);
    clearInterval(this.probeTimer);
  }

  /** Moves focus to the panel's heading (once rendered). */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  /** Reads the outbox again. */
  async refresh(): Promise<void> {
    try {
      const { pending, failed } = await readOutbox(this.outbox);
      this.pending = pending;
      this.failed = failed;
    } catch (error) {
      console.error('<masukan-staff-panel> the outbox cannot be read', error);
    }
  }

  /** Checks whether the endpoint answers (not while offline: nothing could). */
  async probe(): Promise<void> {
    this.online = navigator.onLine;
    if (!this.endpoint || !this.online) return void (this.reachable = undefined);
    this.probing = true;
    this.reachable = await isReachable(new URL(this.endpoint, location.href).href);
    this.probing = false;
  }

  private get t() {
    return kioskStringsFor(this.lang);
  }

  private async handleSendNow(): Promise<void> {
    this.sending = true;
    await flushOutbox(this.outbox);
    await Promise.all([this.refresh(), this.probe()]);
    this.sending = false;
  }

  private async handleRetry(key: string): Promise<void> {
    await retryFailed(key, this.outbox);
    await this.refresh();
  }

  private async handleDelete(key: string): Promise<void> {
    this.confirming = '';
    await deleteEntry(key, this.outbox);
    await this.refresh();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private handleSave(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const detail: KioskDeviceSettings = { counter: value('counter'), service: value('service') };
    this.savedNote = true;
    this.dispatchEvent(new CustomEvent('masukan-staff-settings', { detail, bubbles: true, composed: true }));
  }

  private handleExit(): void {
    this.dispatchEvent(new CustomEvent('masukan-staff-exit', { bubbles: true, composed: true }));
  }

  private endpointText(): string {
    const t = this.t;
    if (!this.endpoint) return t.noEndpoint;
    if (!this.online) return t.offlineUnknown;
    if (this.reachable === undefined || (this.probing && this.reachable !== false)) return t.checking;
    return this.reachable ? t.reachable : t.unreachable;
  }

  override render() {
    const t = this.t;
    const when = this.lastDelivery ? new Date(this.lastDelivery).toLocaleString(this.lang) : t.never;
    return html`<section part="panel" class="panel" lang=${this.lang} aria-labelledby="staff-title">
      <h2 id="staff-title" tabindex="-1">${t.staffTitle}</h2>
      <dl class="facts">
        <div>
          <dt>${t.network}</dt>
          <dd data-fact="network">${this.online ? t.online : t.offline}</dd>
        </div>
        <div>
          <dt>${t.endpoint}</dt>
          <dd data-fact="endpoint">
            ${this.endpoint ? html`<code>${this.endpoint}</code><br />` : nothing}${this.endpointText()}
          </dd>
        </div>
        <div>
          <dt>${t.pending}</dt>
          <dd data-fact="pending">${this.pending.length}</dd>
        </div>
        <div>
          <dt>${t.failed}</dt>
          <dd data-fact="failed">${this.failed.length}</dd>
        </div>
        ${this.renderLastAttempt()}
        <div>
          <dt>${t.lastDelivery}</dt>
          <dd data-fact="last-delivery">${when}</dd>
        </div>
      </dl>
      <p class="hint">${t.whatToDo}</p>
      <div class="actions">
        <button class="primary" data-action="send" ?disabled=${this.sending} @click=${this.handleSendNow}>
          ${this.sending ? t.sending : t.sendNow}
        </button>
        <button data-action="export" @click=${() => exportOutbox(this.outbox)}>${t.exportFile}</button>
      </div>
      <h3>${t.failedEntries}</h3>
      ${
        this.failed.length
          ? html`<ul class="entries">
              ${this.failed.map(entry => this.renderFailed(entry))}
            </ul>`
          : html`<p>${t.noFailed}</p>`
      }
      <h3>${t.device}</h3>
      <form class="settings" @submit=${this.handleSave} @input=${() => (this.savedNote = false)}>
        <label for="counter">${t.counter}</label>
        <input id="counter" name="counter" autocomplete="off" .value=${this.counter} />
        <label for="service">${t.service}</label>
        <input id="service" name="service" autocomplete="off" .value=${this.service} />
        <button type="submit">${t.save}</button>
        <p role="status">${this.savedNote ? t.saved : ''}</p>
      </form>
      <div class="actions">
        <button data-action="exit" @click=${this.handleExit}>${t.exit}</button>
      </div>
    </section>`;
  }

  /** Why the latest retried attempt of a waiting answer did not arrive, as the outbox recorded it. */
  private renderLastAttempt() {
    const errors = this.pending.flatMap(entry => (entry.lastError ? [entry.lastError] : []));
    const last = errors.sort((a, b) => a.at.localeCompare(b.at)).pop();
    if (!last) return nothing;
    return html`<div>
      <dt>${this.t.lastAttempt}</dt>
      <dd data-fact="last-attempt">
        <time datetime=${last.at}>${new Date(last.at).toLocaleString(this.lang)}</time>:
        ${this.t.attemptReason(last.status, last.reason)}
      </dd>
    </div>`;
  }

  private renderFailed(entry: OutboxEntry) {
    const t = this.t;
    const failure = entry.failed!;
    const asking = this.confirming === entry.key;
    return html`<li data-key=${entry.key}>
      <p>
        <time datetime=${failure.at}>${new Date(failure.at).toLocaleString(this.lang)}</time> —
        ${t.failedReason(failure.status, failure.reason)}
      </p>
      <div class="actions">
        ${
          asking
            ? html`<span role="alert">${t.confirmRemove}</span>
                <button class="danger" data-action="confirm-delete" @click=${() => this.handleDelete(entry.key)}>
                  ${t.confirmYes}
                </button>
                <button data-action="cancel-delete" @click=${() => (this.confirming = '')}>${t.cancel}</button>`
            : html`<button data-action="retry" @click=${() => this.handleRetry(entry.key)}>${t.retry}</button>
                <button data-action="delete" @click=${() => (this.confirming = entry.key)}>${t.remove}</button>`
        }
      </div>
    </li>`;
  }
}

MasukanStaffPanel.define('masukan-staff-panel');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-staff-panel': MasukanStaffPanel;
  }
}
