/**
 * What the results reports share: their data sources (the `responses` property, or `src` with JSON responses,
 * collector pages `{ items, next }` or totals), the readable problem box and `masukan-error`, the note on skipped
 * responses, CSV download and printing, numbers in the interface language, and the one translation registry.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MasukanElement } from './masukan-element.js';
import { fetchJson } from './fetch-json.js';
import { registerTranslation, translation } from '../i18n/registry.js';
import type { ReportTerms } from '../i18n/report.js';
import { reportEn } from '../i18n/translations/report.en.js';
import { reportId } from '../i18n/translations/report.id.js';
import type { Survey } from '../core/schema.js';
import type { IkmIssue } from '../core/ikm/read.js';

registerTranslation(reportId, reportEn);

/** `detail` of a report's `masukan-error`. */
export interface MasukanReportErrorDetail {
  error: Error;
}

/** At most this many pages of `{ items, next }` are followed (a guard against a cursor that never ends). */
const MAX_PAGES = 10_000;

/**
 * GETs JSON, following `next` cursors of paged answers (`{ items, next }`) into one array. An array, or any other
 * object (such as totals), is returned as it is.
 */
export async function fetchAll(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const first = await fetchJson(url, headers);
  if (!isPage(first)) return first;
  const items = [...first.items];
  const seen = new Set<string>();
  let next = first.next;
  for (let pages = 1; next && pages < MAX_PAGES; pages++) {
    if (seen.has(next)) throw new Error(`the cursor ${next} came back: the pages do not end`);
    seen.add(next);
    const pageUrl = new URL(url, document.baseURI);
    pageUrl.searchParams.set('cursor', next);
    const page = await fetchJson(pageUrl.href, headers);
    if (!isPage(page)) throw new Error(`page ${pages + 1} is not { items, next }`);
    items.push(...page.items);
    next = page.next;
  }
  return items;
}

const isPage = (v: unknown): v is { items: unknown[]; next?: string | null } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { items?: unknown }).items);

export abstract class MasukanReport<T extends ReportTerms> extends MasukanElement {
  /** Survey responses (an array, e.g. parsed JSON). Takes precedence over `src`. */
  @property({ attribute: false }) responses: unknown = undefined;

  /**
   * URL of the data, fetched without credentials: a JSON array of responses, the pages of a collector's
   * `GET /api/responses` (`{ items, next }`, followed to the end), or totals.
   */
  @property() src = '';

  /**
   * Request headers for `src`, such as a collector's admin key: `{ Authorization: 'Bearer mk_…' }`. A property
   * only, so the key never appears in the HTML.
   */
  @property({ attribute: false }) headers: Record<string, string> = {};

  /** Interface language: `id` (default), `en`, or any language registered with `registerTranslation`. */
  @property({ reflect: true }) override lang = 'id';

  /** Only responses with this `surveyId` are counted (declared by each report with its default). */
  abstract surveyId: string;

  /** The survey definition the responses answer: its option and question labels name the stored keys. */
  @property({ attribute: false }) definition: Survey | undefined = undefined;

  /** The data as loaded; `undefined` while loading. */
  @state() protected data: unknown = undefined;
  @state() protected problem: string | undefined = undefined;
  private loadToken = 0;

  /** The report's terms in its language. */
  protected get t(): T {
    return translation<T>(this.lang || 'id');
  }

  /** Loads `src` again (e.g. after new responses arrived). */
  reload(): Promise<void> {
    return this.load();
  }

  /** The report as CSV, as the download button saves it. */
  abstract toCsv(): string;

  /** The file name of the CSV download. */
  protected abstract csvName(): string;

  /** Turns the loaded data into what is shown; throws for data that cannot be read. */
  protected abstract prepare(): void;

  /** The properties whose change needs `prepare()` again. */
  protected abstract readonly inputs: readonly string[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('responses') || changed.has('src') || changed.has('headers')) void this.load();
    const keys = changed as Map<PropertyKey, unknown>;
    if (this.data !== undefined && ['data', 'surveyId', ...this.inputs].some(k => keys.has(k))) {
      try {
        this.prepare();
        this.problem = undefined;
      } catch (error) {
        this.fail(error as Error, (error as Error).message);
      }
    }
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (this.responses !== undefined || !this.src) {
      this.data = this.responses ?? [];
      return;
    }
    const url = this.src;
    this.data = undefined;
    this.problem = undefined;
    try {
      const json = await fetchAll(url, this.headers);
      if (token === this.loadToken) this.data = json;
    } catch (error) {
      if (token !== this.loadToken) return;
      const reason = (error as Error).message;
      this.fail(new Error(`Could not load ${url}: ${reason}`), this.t.reportLoadError(url, reason));
    }
  }

  /** Shows a readable problem box, logs the details and tells the page. */
  protected fail(error: Error, line: string): void {
    this.problem = line;
    console.error(`<${this.localName}> ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<MasukanReportErrorDetail>('masukan-error', { detail: { error }, bubbles: true, composed: true }),
    );
  }

  /** A number with a fixed number of decimals in the interface language (84,03 / 84.03); `—` for none. */
  protected num(value: number | null | undefined, dp = 0): string {
    if (value === null || value === undefined) return '—';
    return new Intl.NumberFormat(this.lang || 'id', { minimumFractionDigits: dp, maximumFractionDigits: dp }).format(
      value,
    );
  }

  /** A share in percent with one decimal. */
  protected percent(count: number, total: number): string {
    return `${this.num(total ? (count * 100) / total : 0, 1)}%`;
  }

  /** A date (`YYYY-MM-DD`) written out in the interface language: "10 Mei 2026". */
  protected dayLabel(day: string): string {
    const [y, m, d] = day.split('-').map(Number);
    return new Intl.DateTimeFormat(this.lang || 'id', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(y, m - 1, d),
    );
  }

  protected handleDownload(): void {
    const url = URL.createObjectURL(new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.csvName();
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  protected handlePrint(): void {
    window.print();
  }

  protected renderProblem() {
    return html`<div part="base" class="base" lang=${this.lang}>
      <div part="problem" class="problem" role="alert">
        <p>${this.t.reportDataError}</p>
        <ul>
          <li><code>${this.problem}</code></li>
        </ul>
      </div>
    </div>`;
  }

  protected renderLoading() {
    return html`<div part="base" class="base" role="status" lang=${this.lang}>${this.t.reportLoading}</div>`;
  }

  protected renderButtons() {
    return html`<button part="button" type="button" @click=${this.handleDownload}>${this.t.reportDownload}</button>
      <button part="button" type="button" @click=${this.handlePrint}>${this.t.reportPrint}</button>`;
  }

  /** A table of categories with their count and share of `total`. */
  protected renderCounts(className: string, rows: { label: string; count: number }[], total: number, caption = '') {
    const t = this.t;
    return html`<table part="table" class=${className}>
      ${
        caption
          ? html`<caption>
              ${caption}
            </caption>`
          : nothing
      }
      <thead>
        <tr>
          <th scope="col">${t.reportCategory}</th>
          <th scope="col" class="n">${t.reportCount}</th>
          <th scope="col" class="n">${t.reportShare}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          r =>
            html`<tr>
              <th scope="row">${r.label}</th>
              <td class="n">${r.count}</td>
              <td class="n">${this.percent(r.count, total)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** "3 jawaban tidak valid dilewati", with why each one was skipped. */
  protected renderSkipped(issues: readonly IkmIssue[]) {
    if (!issues.length) return nothing;
    const shown = issues.slice(0, 100);
    return html`<details part="skipped" class="skipped">
      <summary>${this.t.reportSkipped(issues.length)}</summary>
      <p>${this.t.reportSkippedWhy}</p>
      <ul>
        ${shown.map(
          i =>
            html`<li>
              <code>responses[${i.index}]${i.id ? ` (${i.id})` : ''}${i.field ? `.${i.field}` : ''}: ${i.message}</code>
            </li>`,
        )}
        ${issues.length > shown.length ? html`<li>…</li>` : nothing}
      </ul>
    </details>`;
  }
}
