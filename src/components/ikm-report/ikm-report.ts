import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MasukanElement } from '../../internal/masukan-element.js';
import { fetchJson } from '../../internal/fetch-json.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import { hostStyles } from '../../styles/host.styles.js';
import { ikmReportStyles } from './ikm-report.styles.js';
import { ikmReportStrings, type IkmReportStrings } from './ikm-report.strings.js';
import {
  computeIkm,
  computeIkmBy,
  groupResponses,
  ikmCsv,
  IKM_ELEMENTS,
  respondentProfile,
  sampleAdequacy,
  type IkmGroup,
  type IkmGroupOptions,
  type IkmPeriod,
  type IkmResult,
  type Mutu,
  type ProfileCount,
  type RespondentProfile,
  type SampleAdequacy,
} from '../../core/ikm/index.js';

/** `detail` of the report's `masukan-error`. */
export interface MasukanIkmReportErrorDetail {
  error: Error;
}

const PERIODS: IkmPeriod[] = ['year', 'semester', 'quarter', 'month'];

/** The kind of a period key: `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
const kindOf = (key: string): IkmPeriod =>
  /^\d+$/.test(key) ? 'year' : key.includes('-S') ? 'semester' : key.includes('-Q') ? 'quarter' : 'month';

/** What the report shows for the selected period. */
interface ReportView {
  periods: [IkmPeriod, string[]][];
  selected: unknown[];
  result: IkmResult;
  services: IkmGroup[];
  profile: RespondentProfile;
  sample?: SampleAdequacy;
}

/**
 * @summary The SKM results report: the IKM with its grade, the nine elements as a chart and a table, IKM per
 * service, the respondent profile, sample adequacy and a CSV download, printable on A4.
 *
 * Data comes from the `responses` property or from `src`, a URL returning a JSON array of survey responses (such
 * as the reference collector's `GET /api/responses`). Responses of other surveys (by `survey-id`) are left out.
 * Figures are computed exactly by `computeIkm` (PermenPANRB 14/2017, weight 1/9, half-up to 2 decimals).
 *
 * @tagname masukan-ikm-report
 * @event masukan-error - The data could not be loaded or is malformed. `event.detail.error`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, period and number of respondents.
 * @csspart controls - The period filter and the buttons (hidden when printing).
 * @csspart button - The download and print buttons.
 * @csspart headline - The IKM, its grade and performance label.
 * @csspart chart - The bar chart of the nine elements (its numbers are in the table that follows).
 * @csspart table - Every data table.
 * @csspart section - Each section (elements, services, profile, sample).
 * @csspart problem - The box shown when the data cannot be loaded or processed.
 *
 * @cssproperty --masukan-color-accent - Buttons, bars and focus rings. Default #0b57a4.
 * @cssproperty --masukan-color-text - Text colour. Default #1c1b1f.
 * @cssproperty --masukan-color-muted - Secondary text. Default #4a4d52.
 * @cssproperty --masukan-color-surface - Background. Default #fff.
 * @cssproperty --masukan-color-border - Table rules. Default #6b6f76.
 * @cssproperty --masukan-color-error - Error box. Default #b3261e.
 * @cssproperty --masukan-font-family - Font stack. Default system-ui.
 * @cssproperty --masukan-font-size - Base font size. Default 1rem.
 * @cssproperty --masukan-radius - Corner radius. Default 0.5rem.
 * @cssproperty --masukan-spacing - Base spacing. Default 1rem.
 * @cssproperty --masukan-target-size - Minimum touch target. Default 44px.
 * @cssproperty --masukan-max-width - Maximum width of the report. Default 60rem.
 * @cssproperty --masukan-grade-a - Badge and bar colour of grade A (white text on it). Default #1b6e3a.
 * @cssproperty --masukan-grade-b - Grade B. Default #0b57a4.
 * @cssproperty --masukan-grade-c - Grade C. Default #8a4b00.
 * @cssproperty --masukan-grade-d - Grade D. Default #b3261e.
 */
export class MasukanIkmReport extends MasukanElement {
  static override styles = [hostStyles, ikmReportStyles];

  /** Survey responses (an array, e.g. parsed JSON). Takes precedence over `src`. */
  @property({ attribute: false }) responses: unknown = undefined;

  /** URL of a JSON array of responses, fetched without credentials. */
  @property() src = '';

  /** Interface language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';

  /** Only responses with this `surveyId` are counted. Default `skm`, the id of the SKM preset. */
  @property({ attribute: 'survey-id' }) surveyId = 'skm';

  /** Number of service users in the period; shows the Krejcie–Morgan target against the respondents obtained. */
  @property({ type: Number }) population: number | undefined = undefined;

  /** IANA time zone in which months, quarters and years begin. Default `Asia/Jakarta` (WIB). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Jakarta';

  /** The selected period: `''` for all, or a key such as `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
  @property({ reflect: true }) period = '';

  /** Display names of service values (`{"ktp": "KTP elektronik"}`), as a JSON attribute or an object. */
  @property({ attribute: 'service-labels', converter: jsonObjectAttribute('<masukan-ikm-report> service-labels') })
  serviceLabels: Record<string, string> = {};

  @state() private data: unknown = undefined;
  @state() private problem: string[] | undefined = undefined;
  private view: ReportView | undefined = undefined;
  private loadToken = 0;

  private get t(): IkmReportStrings {
    return ikmReportStrings[this.locale];
  }

  private get options(): IkmGroupOptions {
    return { surveyId: this.surveyId || undefined, timeZone: this.timeZone || 'Asia/Jakarta' };
  }

  /** The report as CSV (the rows of the selected period), as the download button saves it. */
  toCsv(): string {
    return ikmCsv(this.view?.selected ?? [], { ...this.options, lang: this.locale });
  }

  /** Loads `src` again (e.g. after new responses arrived). */
  reload(): Promise<void> {
    return this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('responses') || changed.has('src')) void this.load();
    const inputs = ['data', 'period', 'surveyId', 'timeZone', 'population', 'lang'];
    if (this.data !== undefined && inputs.some(k => (changed as Map<PropertyKey, unknown>).has(k))) this.compute();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (this.responses !== undefined || !this.src) {
      this.data = this.responses ?? [];
      return;
    }
    const url = this.src;
    this.data = undefined;
    this.view = undefined;
    this.problem = undefined;
    let json: unknown;
    try {
      json = await fetchJson(url);
    } catch (error) {
      if (token !== this.loadToken) return;
      const reason = (error as Error).message;
      return this.fail(new Error(`Could not load ${url}: ${reason}`), this.t.loadError(url, reason));
    }
    if (token === this.loadToken) this.data = json;
  }

  /** Computes everything shown for the selected period; malformed data shows the problem box instead. */
  private compute(): void {
    const data = this.data;
    const options = this.options;
    try {
      computeIkm(data, options); // checks every response, with its index, before anything else
      const all = data as unknown[];
      // Latest first; a chosen period without data still gets its option, so the select shows what is reported.
      const periods = PERIODS.map(kind => {
        const keys = [...groupResponses(all, kind, options).keys()].filter(Boolean);
        if (this.period && kindOf(this.period) === kind && !keys.includes(this.period)) keys.push(this.period);
        return [kind, keys.sort().reverse()];
      }).filter(([, keys]) => keys.length) as [IkmPeriod, string[]][];
      const selected = this.period ? (groupResponses(all, kindOf(this.period), options).get(this.period) ?? []) : all;
      const result = computeIkm(selected, options);
      this.view = {
        periods,
        selected,
        result,
        services: computeIkmBy(selected, 'service', options),
        profile: respondentProfile(selected, options),
        sample: this.population ? sampleAdequacy(this.population, result.respondents) : undefined,
      };
      this.problem = undefined;
    } catch (error) {
      this.view = undefined;
      this.fail(error as Error, (error as Error).message);
    }
  }

  /** Shows a readable problem box, logs the details and tells the page. */
  private fail(error: Error, line: string): void {
    this.problem = [line];
    console.error(`<masukan-ikm-report> ${error.message}`);
    this.dispatchEvent(
      new CustomEvent<MasukanIkmReportErrorDetail>('masukan-error', {
        detail: { error },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private handlePeriod(event: Event): void {
    this.period = (event.target as HTMLSelectElement).value;
  }

  private handleDownload(): void {
    const url = URL.createObjectURL(new Blob([this.toCsv()], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `ikm-${this.period || 'semua'}.csv`;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private handlePrint(): void {
    window.print();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  /** `en` or `id`: the language of the texts, numbers and dates. */
  private get locale(): 'id' | 'en' {
    return this.lang?.toLowerCase().startsWith('en') ? 'en' : 'id';
  }

  /** A number with a fixed number of decimals in the interface language (84,03 / 84.03); `—` for none. */
  private num(value: number | null | undefined, dp = 0): string {
    if (value === null || value === undefined) return '—';
    return new Intl.NumberFormat(this.locale, { minimumFractionDigits: dp, maximumFractionDigits: dp }).format(value);
  }

  private periodLabel(key: string): string {
    const t = this.t;
    if (!key) return t.allPeriods;
    const [year, part = ''] = key.split('-');
    const kind = kindOf(key);
    if (kind === 'year') return year;
    if (kind === 'semester') return t.semester(Number(part.slice(1)), year);
    if (kind === 'quarter') return t.quarter(Number(part.slice(1)), year);
    return new Intl.DateTimeFormat(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(Number(year), Number(part) - 1, 1),
    );
  }

  private grade(mutu: Mutu | null) {
    return mutu ? html`<span class="grade grade-${mutu.toLowerCase()}">${mutu}</span>` : '—';
  }

  override render() {
    const t = this.t;
    const lang = this.locale;
    if (this.problem)
      return html`<div part="base" class="base" lang=${lang}>
        <div part="problem" class="problem" role="alert">
          <p>${t.dataError}</p>
          <ul>
            ${this.problem.map(line => html`<li><code>${line}</code></li>`)}
          </ul>
        </div>
      </div>`;
    const view = this.view;
    if (!view) return html`<div part="base" class="base" role="status" lang=${lang}>${t.loading}</div>`;
    const { result } = view;
    return html`<div part="base" class="base" lang=${lang}>
      <header part="header" class="header">
        <h2 class="title">${t.title}</h2>
        <p class="subtitle">${this.periodLabel(this.period)} · ${t.respondents(result.respondents)}</p>
      </header>
      <div part="controls" class="controls">
        <div class="field">
          <label for="period">${t.period}</label>
          <select id="period" @change=${this.handlePeriod}>
            <option value="" ?selected=${!this.period}>${t.allPeriods}</option>
            ${view.periods.map(
              ([kind, keys]) =>
                html`<optgroup
                  label=${{ year: t.years, semester: t.semesters, quarter: t.quarters, month: t.months }[kind]}
                >
                  ${keys.map(
                    key =>
                      html`<option value=${key} ?selected=${key === this.period}>${this.periodLabel(key)}</option>`,
                  )}
                </optgroup>`,
            )}
          </select>
        </div>
        <button part="button" type="button" @click=${this.handleDownload}>${t.download}</button>
        <button part="button" type="button" @click=${this.handlePrint}>${t.print}</button>
      </div>
      ${
        result.respondents
          ? [
              this.renderHeadline(result),
              this.renderElements(result),
              this.renderServices(view),
              this.renderProfile(view),
            ]
          : html`<p class="empty" role="status">${t.noData}</p>`
      }
      ${view.sample ? this.renderSample(view.sample) : nothing}
      <p class="method">${t.method}</p>
    </div>`;
  }

  private renderHeadline(result: IkmResult) {
    const t = this.t;
    return html`<section part="headline" class="headline">
      <h3 class="visually-hidden">${t.headline}</h3>
      <dl class="figures">
        <div class="figure main">
          <dt>${t.headline}</dt>
          <dd class="nik">${this.num(result.nik, 2)}</dd>
        </div>
        <div class="figure">
          <dt>${t.grade}</dt>
          <dd>${this.grade(result.mutu)}</dd>
        </div>
        <div class="figure">
          <dt>${t.performance}</dt>
          <dd class="kinerja">${result.kinerja?.[this.locale] ?? '—'}</dd>
        </div>
        <div class="figure">
          <dt>${t.niScale}</dt>
          <dd>${this.num(result.ni, 4)}</dd>
        </div>
      </dl>
      ${result.complete ? nothing : html`<p class="note">${t.incomplete}</p>`}
    </section>`;
  }

  private renderElements(result: IkmResult) {
    const t = this.t;
    const lang = this.locale;
    const els = IKM_ELEMENTS.map(e => result.elements[e.key]);
    const left = 32;
    const width = 300;
    const rowHeight = 30;
    const x = (v: number) => left + (v / 100) * width;
    const bounds: [number, string][] = [
      [65, 'C'],
      [76.61, 'B'],
      [88.31, 'A'],
    ];
    const height = els.length * rowHeight + 24;
    return html`<section part="section" class="section">
      <h3>${t.elements}</h3>
      <svg
        part="chart"
        class="chart"
        viewBox="0 0 400 ${height}"
        aria-hidden="true"
        focusable="false"
        xmlns="http://www.w3.org/2000/svg"
      >
        ${bounds.map(
          ([v, label]) =>
            svg`<line class="bound" x1=${x(v)} x2=${x(v)} y1="14" y2=${height}></line>
              <text class="bound-label" x=${x(v)} y="11" text-anchor="middle">${label}</text>`,
        )}
        ${els.map((e, i) => {
          const y = 18 + i * rowHeight;
          const v = e.value ?? 0;
          return svg`<text class="axis" x="0" y=${y + 16}>${e.code}</text>
            <rect class="bar grade-${(e.mutu ?? 'd').toLowerCase()}" x=${left} y=${y} width=${(v / 100) * width}
              height=${rowHeight - 8} rx="3"></rect>
            <text class="bar-value" x=${x(v) + 4} y=${y + 16}>${this.num(e.value, 2)}</text>`;
        })}
      </svg>
      <div class="scroll" role="region" aria-label=${t.elementsCaption} tabindex="0">
        <table part="table">
          <caption>
            ${t.elementsCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.code}</th>
              <th scope="col">${t.element}</th>
              <th scope="col" class="n">${t.count}</th>
              <th scope="col" class="n">${t.sum}</th>
              <th scope="col" class="n">${t.nrr}</th>
              <th scope="col" class="n">${t.weighted}</th>
              <th scope="col" class="n">${t.value}</th>
              <th scope="col">${t.grade}</th>
            </tr>
          </thead>
          <tbody>
            ${els.map(
              e =>
                html`<tr>
                  <td>${e.code}</td>
                  <th scope="row">${e.name[lang]}</th>
                  <td class="n">${e.n}</td>
                  <td class="n">${e.sum}</td>
                  <td class="n">${this.num(e.nrr, 4)}</td>
                  <td class="n">${this.num(e.weighted, 4)}</td>
                  <td class="n">${this.num(e.value, 2)}</td>
                  <td>${this.grade(e.mutu)}</td>
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="5">${t.niScale}</th>
              <td class="n">${this.num(result.ni, 4)}</td>
              <td class="n">${this.num(result.nik, 2)}</td>
              <td>${this.grade(result.mutu)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }

  private renderServices(view: ReportView) {
    const t = this.t;
    return html`<section part="section" class="section">
      <h3>${t.services}</h3>
      <div class="scroll" role="region" aria-label=${t.services} tabindex="0">
        <table part="table" class="services">
          <thead>
            <tr>
              <th scope="col">${t.service}</th>
              <th scope="col" class="n">${t.count}</th>
              <th scope="col" class="n">${t.headline}</th>
              <th scope="col">${t.grade}</th>
              <th scope="col">${t.performance}</th>
            </tr>
          </thead>
          <tbody>
            ${view.services.map(
              ({ key, result }) =>
                html`<tr>
                  <th scope="row">${key ? (this.serviceLabels[key] ?? key) : t.unknown}</th>
                  <td class="n">${result.respondents}</td>
                  <td class="n">${this.num(result.nik, 2)}</td>
                  <td>${this.grade(result.mutu)}</td>
                  <td>${result.kinerja?.[this.locale] ?? '—'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderProfile(view: ReportView) {
    const t = this.t;
    const { profile } = view;
    const total = profile.respondents;
    const table = (caption: string, rows: ProfileCount[], label: (key: string) => string) =>
      html`<table part="table" class="profile-table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.category}</th>
            <th scope="col" class="n">${t.countShort}</th>
            <th scope="col" class="n">${t.share}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            r =>
              html`<tr>
                <th scope="row">${r.key ? label(r.key) : t.unknown}</th>
                <td class="n">${r.count}</td>
                <td class="n">${this.num(total ? (r.count * 100) / total : 0, 1)}%</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    return html`<section part="section" class="section">
      <h3>${t.profile}</h3>
      <div class="profile">
        ${table(t.gender, profile.gender, k => t.genders[k] ?? k)}
        ${table(t.age, profile.age, k => `${k} ${t.ageUnit}`)} ${table(t.education, profile.education, k => k)}
        ${table(t.occupation, profile.occupation, k => t.occupations[k] ?? k)}
      </div>
    </section>`;
  }

  private renderSample(sample: SampleAdequacy) {
    const t = this.t;
    return html`<section part="section" class="section">
      <h3>${t.sample}</h3>
      <dl class="sample">
        <div>
          <dt>${t.population}</dt>
          <dd>${this.num(sample.population)}</dd>
        </div>
        <div>
          <dt>${t.target}</dt>
          <dd>${this.num(sample.target)}</dd>
        </div>
        <div>
          <dt>${t.achieved}</dt>
          <dd>${this.num(sample.achieved)}</dd>
        </div>
      </dl>
      <p>${sample.adequate ? t.adequate : t.shortfall(sample.shortfall)} ${t.sampleNote}</p>
    </section>`;
  }
}

MasukanIkmReport.define('masukan-ikm-report');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-ikm-report': MasukanIkmReport;
  }
}
