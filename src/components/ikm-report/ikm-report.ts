import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fetchAll, MasukanReport } from '../../internal/report-element.js';
import { jsonObjectAttribute } from '../../internal/json-attribute.js';
import { hostStyles } from '../../styles/host.styles.js';
import { reportStyles } from '../../styles/report.styles.js';
import { ikmReportStyles } from './ikm-report.styles.js';
import type { ReportTerms } from '../../i18n/report.js';
import type { IkmTerms } from '../../i18n/ikm.js';
import '../../core/ikm/terms.js';
import { localize } from '../../core/engine.js';
import { ikmCsv } from '../../core/ikm/csv.js';
import { ikmOfRows, type IkmResult } from '../../core/ikm/compute.js';
import {
  isIkmTotals,
  readDataset,
  readTotals,
  selectRows,
  serviceGroups,
  type IkmDataset,
} from '../../core/ikm/dataset.js';
import { IKM_ELEMENTS, IKM_GRADES, PROFILE_FIELDS, type IkmElement, type Mutu } from '../../core/ikm/facts.js';
import type { IkmGroup } from '../../core/ikm/group.js';
import { labeller, type Labeller } from '../../core/ikm/labels.js';
import { profileOfRows, type ProfileCount, type RespondentProfile } from '../../core/ikm/profile.js';
import type { IkmIssue, Row } from '../../core/ikm/read.js';
import { sampleAdequacy, type SampleAdequacy } from '../../core/ikm/sample.js';
import { textsOfRows, type FreeText } from '../../core/ikm/texts.js';
import { localDay, periodKind, type IkmPeriod } from '../../core/ikm/time.js';
import { renderPublication } from './publication.js';
import { renderTexts } from './texts.js';

export type { MasukanReportErrorDetail as MasukanIkmReportErrorDetail } from '../../internal/report-element.js';

/** The report's terms: the shared report terms and the IKM ones. */
export type IkmReportTerms = ReportTerms & IkmTerms;

/** What the report can show. */
export type IkmReportView = 'summary' | 'publication' | 'texts';

/** What the views show for the selected period and service. */
export interface IkmReportModel {
  result: IkmResult;
  /** IKM per group: per service from responses, or the groups of the totals. */
  groups: IkmGroup[];
  /** What the groups are (`service`, `unit`, `counter`, `month` …). */
  groupBy: string;
  /** The selected rows; undefined when the data are totals without `responses-src`. */
  rows: Row[] | undefined;
  profile: RespondentProfile | undefined;
  issues: IkmIssue[];
  sample: SampleAdequacy | undefined;
  periodLabel: string;
  serviceLabel: string;
}

/** What a view needs from the element to render. */
export interface IkmViewContext {
  t: IkmReportTerms;
  lang: string;
  model: IkmReportModel;
  labels: Labeller;
  unit: string;
  followUp: string;
  num(value: number | null | undefined, dp?: number): string;
  /** The local date of an ISO instant, written out ("10 Mei 2026"); `''` without one. */
  dateOf(iso: string | undefined): string;
  grade(mutu: Mutu | null): unknown;
  elementName(e: IkmElement): string;
}

const VIEWS: IkmReportView[] = ['summary', 'publication', 'texts'];

/**
 * @summary The SKM results report: the IKM with its grade, the nine elements as a chart and a table, IKM per
 * service, the respondent profile and sample adequacy; a one-page A4 publication with the priorities and the
 * follow-up plan; and the citizens' own words, searchable. CSV download; printable.
 *
 * Data comes from the `responses` property or from `src`: a JSON array of survey responses, the pages of a
 * collector's `GET /api/responses` (`{ items, next }`), or the totals of `GET /api/ikm` (`{ total, groups }`, which
 * give the IKM, elements and groups; the profile and the citizens' words then read `responses-src`). Responses of
 * other surveys (by `survey-id`) are left out; malformed ones are skipped and listed. Figures are computed exactly
 * (PermenPANRB 14/2017, weight 1/9, half-up to 2 decimals).
 *
 * @tagname masukan-ikm-report
 * @event masukan-error - The data could not be loaded or read. `event.detail.error`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, period and number of respondents.
 * @csspart controls - The view, period and service choices and the buttons (hidden when printing).
 * @csspart button - The download and print buttons.
 * @csspart skipped - The note on skipped responses.
 * @csspart headline - The IKM, its grade and performance label.
 * @csspart chart - The bars of the nine elements (their numbers are in the table that follows).
 * @csspart table - Every data table.
 * @csspart section - Each section (elements, services, profile, sample).
 * @csspart publication - The one-page publication.
 * @csspart texts - The list of citizens' words.
 * @csspart problem - The box shown when the data cannot be loaded or read.
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
export class MasukanIkmReport extends MasukanReport<IkmReportTerms> {
  static override styles = [hostStyles, reportStyles, ikmReportStyles];

  /** Only responses with this `surveyId` are counted. Default `skm`, the id of the SKM preset. */
  @property({ attribute: 'survey-id' }) surveyId = 'skm';

  /** What is shown: `summary` (default), `publication` (one A4 page) or `texts` (citizens' words). */
  @property({ reflect: true }) view: IkmReportView = 'summary';

  /** Number of service users in the period; shows the Krejcie–Morgan target against the respondents obtained. */
  @property({ type: Number }) population: number | undefined = undefined;

  /** IANA time zone in which days, months, quarters and years begin. Default `Asia/Jakarta` (WIB). */
  @property({ attribute: 'time-zone' }) timeZone = 'Asia/Jakarta';

  /** The selected period: `''` for all, or a key such as `2026`, `2026-S1`, `2026-Q2`, `2026-04`. */
  @property({ reflect: true }) period = '';

  /** The selected service key; unset for all services. */
  @property({ reflect: true }) service: string | undefined = undefined;

  /** The unit's name, as the publication's heading (`DPMPTSP Kota Contoh`). */
  @property() unit = '';

  /** The follow-up plan (rencana tindak lanjut) printed on the publication; one item per line. Plain text. */
  @property({ attribute: 'follow-up' }) followUp = '';

  /** Display names of service keys (`{"ktp": "KTP elektronik"}`), as a JSON attribute or an object. */
  @property({ attribute: 'service-labels', converter: jsonObjectAttribute('<masukan-ikm-report> service-labels') })
  serviceLabels: Record<string, string> = {};

  /** With totals at `src`: the URL of the responses for the profile and the citizens' words. */
  @property({ attribute: 'responses-src' }) responsesSrc = '';

  @state() private rowsData: unknown = undefined;
  @state() private textQuery = '';
  @state() private textPage = 0;

  protected readonly inputs = [
    'rowsData',
    'timeZone',
    'period',
    'service',
    'population',
    'definition',
    'serviceLabels',
    'lang',
  ];
  private skmData: IkmDataset | undefined = undefined;
  private datasetOf: unknown[] = [];
  private totals: ReturnType<typeof readTotals> | undefined = undefined;
  private model: IkmReportModel | undefined = undefined;
  private textsOf: { rows: Row[]; ids: readonly string[]; texts: FreeText[] } | undefined = undefined;
  private rowsToken = 0;

  private get labels(): Labeller {
    return labeller({ survey: this.definition, serviceLabels: this.serviceLabels }, this.lang || 'id');
  }

  toCsv(): string {
    const rows = this.model?.rows ?? [];
    return ikmCsv(
      rows.map(r => r.response),
      {
        timeZone: this.timeZone || 'Asia/Jakarta',
        lang: this.lang || 'id',
        survey: this.definition,
        serviceLabels: this.serviceLabels,
      },
    );
  }

  protected csvName(): string {
    return `ikm-${this.period || 'semua'}${this.service ? `-${this.service}` : ''}.csv`;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('responsesSrc') || changed.has('headers')) void this.loadRows();
    if (changed.has('view') && !VIEWS.includes(this.view)) this.view = 'summary';
    if (['period', 'service', 'textQuery'].some(k => changed.has(k))) this.textPage = 0;
    super.willUpdate(changed as never);
  }

  /** Loads `responses-src` (for the profile and the citizens' words next to totals). */
  private async loadRows(): Promise<void> {
    const token = ++this.rowsToken;
    this.rowsData = undefined;
    if (!this.responsesSrc) return;
    try {
      const json = await fetchAll(this.responsesSrc, this.headers);
      if (token === this.rowsToken) this.rowsData = json;
    } catch (error) {
      const reason = (error as Error).message;
      if (token === this.rowsToken)
        this.fail(
          new Error(`Could not load ${this.responsesSrc}: ${reason}`),
          this.t.reportLoadError(this.responsesSrc, reason),
        );
    }
  }

  /** Reads the data once per source, then computes the model of the selected period and service. */
  protected prepare(): void {
    const timeZone = this.timeZone || 'Asia/Jakarta';
    const options = { surveyId: this.surveyId || undefined, timeZone };
    this.totals = isIkmTotals(this.data) ? readTotals(this.data) : undefined;
    const responses = this.totals ? this.rowsData : this.data;
    const key = [responses, this.surveyId, timeZone];
    if (responses === undefined) this.skmData = undefined;
    else if (key.some((k, i) => k !== this.datasetOf[i])) this.skmData = readDataset(responses, options);
    this.datasetOf = key;
    this.model = this.select();
  }

  private select(): IkmReportModel {
    const t = this.t;
    const { skmData: dataset, totals } = this;
    const service = this.totals ? undefined : this.service;
    const rows = dataset && selectRows(dataset, this.totals ? '' : this.period, service);
    const result = totals ? totals.total : ikmOfRows(rows!);
    const sample = this.population ? sampleAdequacy(this.population, result.respondents) : undefined;
    return {
      result,
      groups: totals ? totals.groups : serviceGroups(dataset!, rows!),
      groupBy: totals ? (totals.totals.group ?? 'service') : 'service',
      rows,
      profile: rows && profileOfRows(rows, { invalid: 'skip' }),
      issues: dataset?.issues ?? [],
      sample,
      periodLabel: totals ? this.rangeLabel(totals.totals.from, totals.totals.to) : this.periodLabel(this.period),
      serviceLabel: service === undefined ? t.reportAllServices : this.serviceName(service),
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Labels

  private periodLabel(key: string): string {
    const t = this.t;
    if (!key) return t.reportAllPeriods;
    const [year, part = ''] = key.split('-');
    const kind = periodKind(key);
    if (kind === 'year') return year;
    if (kind === 'semester') return t.reportSemester(Number(part.slice(1)), year);
    if (kind === 'quarter') return t.reportQuarter(Number(part.slice(1)), year);
    return new Intl.DateTimeFormat(this.lang || 'id', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(Number(year), Number(part) - 1, 1),
    );
  }

  /** The period of totals: `from` (inclusive) to `to` (exclusive), as local days. */
  private rangeLabel(from?: string | null, to?: string | null): string {
    const day = (iso: string, shift = 0) => {
      const ms = Date.parse(iso);
      return Number.isFinite(ms) ? this.dayLabel(localDay(new Date(ms + shift).toISOString(), this.timeZone)) : iso;
    };
    if (!from && !to) return this.t.reportAllPeriods;
    return `${from ? day(from) : '…'} – ${to ? day(to, -1) : '…'}`;
  }

  private serviceName(key: string): string {
    return key ? this.labels.service(key) : this.t.reportNotGiven;
  }

  /** The label of a group key: a service, a period key, or the key itself. */
  private groupName(key: string, by: string): string {
    if (!key) return this.t.reportNotGiven;
    if (by === 'service') return this.labels.service(key);
    if (['month', 'quarter', 'semester', 'year'].includes(by) && /^\d{4}(-(\d\d|Q[1-4]|S[12]))?$/.test(key))
      return this.periodLabel(key);
    return key;
  }

  private grade(mutu: Mutu | null) {
    return mutu ? html`<span class="grade grade-${mutu.toLowerCase()}">${mutu}</span>` : '—';
  }

  private context(model: IkmReportModel): IkmViewContext {
    return {
      t: this.t,
      lang: this.lang || 'id',
      model,
      labels: this.labels,
      unit: this.unit,
      followUp: this.followUp,
      num: (v, dp) => this.num(v, dp),
      dateOf: iso => (iso ? this.dayLabel(localDay(iso, this.timeZone || 'Asia/Jakarta')) : ''),
      grade: mutu => this.grade(mutu),
      elementName: e => localize(e.name, this.lang || 'id'),
    };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Events

  private handleView(event: Event): void {
    this.view = (event.currentTarget as HTMLButtonElement).value as IkmReportView;
  }

  private handlePeriod(event: Event): void {
    this.period = (event.target as HTMLSelectElement).value;
  }

  private handleService(event: Event): void {
    const index = (event.target as HTMLSelectElement).value;
    this.service = index === '' ? undefined : this.skmData?.serviceKeys[Number(index)];
  }

  private handleQuery(event: Event): void {
    this.textQuery = (event.target as HTMLInputElement).value;
  }

  private handlePage(event: Event): void {
    this.textPage += Number((event.currentTarget as HTMLButtonElement).value);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    if (this.problem) return this.renderProblem();
    const model = this.model;
    if (!model) return this.renderLoading();
    const t = this.t;
    const ctx = this.context(model);
    const { result } = model;
    const empty = html`<p class="empty" role="status">${t.reportNoData}</p>`;
    let body;
    if (this.view === 'publication') body = result.respondents ? renderPublication(ctx) : empty;
    else if (this.view === 'texts')
      body = model.rows
        ? renderTexts(ctx, this.texts(model.rows), this.textQuery, this.textPage, {
            query: e => this.handleQuery(e),
            page: e => this.handlePage(e),
          })
        : html`<p class="note" role="status">${t.reportNeedsResponses}</p>`;
    else
      body = result.respondents
        ? [
            this.renderHeadline(result),
            this.renderElements(result),
            this.renderGroups(model),
            this.renderProfile(model.profile),
            model.sample ? this.renderSample(model.sample) : nothing,
            html`<p class="method">${t.ikmMethod}</p>`,
          ]
        : empty;
    return html`<div part="base" class="base view-${this.view}" lang=${this.lang}>
      <div part="header" class="header">
        <h2 class="title">${this.unit || t.ikmTitle}</h2>
        <p class="subtitle">
          ${[
            model.periodLabel,
            this.service === undefined ? '' : model.serviceLabel,
            t.reportRespondents(result.respondents),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      ${this.renderControls()} ${this.renderSkipped(model.issues)} ${body}
    </div>`;
  }

  /** The free texts of the selected rows, computed when the texts view first needs them. */
  private texts(rows: Row[]): FreeText[] {
    const ids = this.labels.textIds;
    const cached = this.textsOf;
    if (cached && cached.rows === rows && cached.ids.join() === ids.join()) return cached.texts;
    const texts = textsOfRows(rows, { questions: ids });
    this.textsOf = { rows, ids, texts };
    return texts;
  }

  private renderControls() {
    const t = this.t;
    const names = { summary: t.ikmViewSummary, publication: t.ikmViewPublication, texts: t.ikmViewTexts };
    const dataset = this.totals ? undefined : this.skmData;
    const periodNames: Record<IkmPeriod, string> = {
      year: t.reportYears,
      semester: t.reportSemesters,
      quarter: t.reportQuarters,
      month: t.reportMonths,
    };
    // A chosen period without data keeps its option, so the select shows what is reported.
    const periods = [...(dataset?.periods ?? [])].map(([kind, keys]): [IkmPeriod, string[]] => [
      kind,
      this.period && periodKind(this.period) === kind && !keys.includes(this.period) ? [this.period, ...keys] : keys,
    ]);
    if (this.period && !periods.some(([kind]) => kind === periodKind(this.period)))
      periods.push([periodKind(this.period), [this.period]]);
    const services = dataset?.serviceKeys ?? [];
    return html`<div part="controls" class="controls">
      <div class="views" role="group" aria-label=${t.reportView}>
        ${VIEWS.map(
          view =>
            html`<button
              type="button"
              value=${view}
              aria-pressed=${String(view === this.view)}
              @click=${this.handleView}
            >
              ${names[view]}
            </button>`,
        )}
      </div>
      ${
        dataset
          ? html`<div class="field">
              <label for="period">${t.reportPeriod}</label>
              <select id="period" @change=${this.handlePeriod}>
                <option value="" ?selected=${!this.period}>${t.reportAllPeriods}</option>
                ${periods.map(
                  ([kind, keys]) =>
                    html`<optgroup label=${periodNames[kind]}>
                      ${keys.map(
                        key =>
                          html`<option value=${key} ?selected=${key === this.period}>${this.periodLabel(key)}</option>`,
                      )}
                    </optgroup>`,
                )}
              </select>
            </div>`
          : nothing
      }
      ${
        services.length > 1 || this.service !== undefined
          ? html`<div class="field">
              <label for="service">${t.reportService}</label>
              <select id="service" @change=${this.handleService}>
                <option value="" ?selected=${this.service === undefined}>${t.reportAllServices}</option>
                ${services.map(
                  (key, i) =>
                    html`<option value=${i} ?selected=${key === this.service}>${this.serviceName(key)}</option>`,
                )}
              </select>
            </div>`
          : nothing
      }
      <div class="buttons">${this.renderButtons()}</div>
    </div>`;
  }

  private renderHeadline(result: IkmResult) {
    const t = this.t;
    return html`<section part="headline" class="headline">
      <h3 class="visually-hidden">${t.ikmHeadline}</h3>
      <dl class="figures">
        <div class="figure main">
          <dt>${t.ikmHeadline}</dt>
          <dd class="nik">${this.num(result.nik, 2)}</dd>
        </div>
        <div class="figure">
          <dt>${t.ikmGrade}</dt>
          <dd>${this.grade(result.mutu)}</dd>
        </div>
        <div class="figure">
          <dt>${t.ikmPerformance}</dt>
          <dd class="kinerja">${result.kinerja ? localize(result.kinerja, this.lang || 'id') : '—'}</dd>
        </div>
        <div class="figure">
          <dt>${t.ikmNiScale}</dt>
          <dd>${this.num(result.ni, 4)}</dd>
        </div>
      </dl>
      ${result.complete ? nothing : html`<p class="note">${t.ikmIncomplete}</p>`}
    </section>`;
  }

  private renderElements(result: IkmResult) {
    const t = this.t;
    const els = IKM_ELEMENTS.map(e => result.elements[e.key]);
    // Grade bounds on the 0–100 track, from the one interval table (A 88.31, B 76.61, C 65.00).
    const bounds = IKM_GRADES.filter(g => g.min > 0).map(g => g.min / 100);
    const head = [t.ikmRespondentsPerElement, t.ikmSum, t.ikmNrr, t.ikmWeighted, t.ikmValue, t.ikmGrade];
    return html`<section part="section" class="section">
      <h3>${t.ikmElements}</h3>
      <div part="chart" class="chart" aria-hidden="true">
        ${els.map(
          e =>
            html`<div class="bar-row">
              <span class="bar-code">${e.code}</span>
              <svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect class="bar grade-${(e.mutu ?? 'd').toLowerCase()}" width=${e.value ?? 0} height="10"></rect>
                ${bounds.map(
                  b =>
                    html`<line class="bound" x1=${b} x2=${b} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>`,
                )}
              </svg>
              <span class="bar-value">${this.num(e.value, 2)}</span>
            </div>`,
        )}
        <p class="bounds">
          ${IKM_GRADES.filter(g => g.min > 0)
            .map(g => `${g.mutu} ≥ ${this.num(g.min / 100, 2)}`)
            .join(' · ')}
        </p>
      </div>
      <table part="table" class="elements stack">
        <caption>
          ${t.ikmElementsCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.ikmCode}</th>
            <th scope="col">${t.ikmElement}</th>
            ${head.map((h, i) => html`<th scope="col" class=${i < 5 ? 'n' : ''}>${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${els.map(
            e =>
              html`<tr>
                <td class="code">${e.code}</td>
                <th scope="row">${localize(e.name, this.lang || 'id')}</th>
                <td class="n" data-label=${head[0]}>${e.n}</td>
                <td class="n" data-label=${head[1]}>${e.sum}</td>
                <td class="n" data-label=${head[2]}>${this.num(e.nrr, 4)}</td>
                <td class="n" data-label=${head[3]}>${this.num(e.weighted, 4)}</td>
                <td class="n value" data-label=${head[4]}>${this.num(e.value, 2)}</td>
                <td data-label=${head[5]}>${this.grade(e.mutu)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="5">${t.ikmNiScale}</th>
            <td class="n" data-label=${head[3]}>${this.num(result.ni, 4)}</td>
            <td class="n" data-label=${head[4]}>${this.num(result.nik, 2)}</td>
            <td data-label=${head[5]}>${this.grade(result.mutu)}</td>
          </tr>
        </tfoot>
      </table>
    </section>`;
  }

  private renderGroups(model: IkmReportModel) {
    const t = this.t;
    const title = t.ikmGroups(model.groupBy);
    const head = [t.reportCount, t.ikmHeadline, t.ikmGrade, t.ikmPerformance];
    return html`<section part="section" class="section">
      <h3>${title}</h3>
      <table part="table" class="services stack">
        <thead>
          <tr>
            <th scope="col">${model.groupBy === 'service' ? t.reportService : t.reportCategory}</th>
            <th scope="col" class="n">${head[0]}</th>
            <th scope="col" class="n">${head[1]}</th>
            <th scope="col">${head[2]}</th>
            <th scope="col">${head[3]}</th>
          </tr>
        </thead>
        <tbody>
          ${model.groups.map(({ key, result }) => {
            const name = this.groupName(key, model.groupBy);
            return html`<tr>
              <th scope="row">${name}${name !== key && key ? html` <span class="key">${key}</span>` : nothing}</th>
              <td class="n" data-label=${head[0]}>${result.respondents}</td>
              <td class="n" data-label=${head[1]}>${this.num(result.nik, 2)}</td>
              <td data-label=${head[2]}>${this.grade(result.mutu)}</td>
              <td data-label=${head[3]}>${result.kinerja ? localize(result.kinerja, this.lang || 'id') : '—'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  private renderProfile(profile: RespondentProfile | undefined) {
    const t = this.t;
    if (!profile)
      return html`<section part="section" class="section">
        <h3>${t.ikmProfile}</h3>
        <p class="note">${t.reportNeedsResponses}</p>
      </section>`;
    const total = profile.respondents;
    const labels = this.labels;
    const table = (caption: string, rows: ProfileCount[], label: (key: string) => string) =>
      this.renderCounts(
        'profile-table',
        rows.map(r => ({ label: r.key ? label(r.key) : t.reportNotGiven, count: r.count })),
        total,
        caption,
      );
    return html`<section part="section" class="section">
      <h3>${t.ikmProfile}</h3>
      <div class="profile">
        ${table(t.ikmGender, profile.gender, k => labels.answer(PROFILE_FIELDS.gender, k))}
        ${table(t.ikmAge, profile.age, k => `${k} ${t.ikmAgeUnit}`)}
        ${table(t.ikmEducation, profile.education, k => labels.answer(PROFILE_FIELDS.education, k))}
        ${table(t.ikmOccupation, profile.occupation, k => labels.answer(PROFILE_FIELDS.occupation, k))}
      </div>
    </section>`;
  }

  private renderSample(sample: SampleAdequacy) {
    const t = this.t;
    return html`<section part="section" class="section">
      <h3>${t.ikmSample}</h3>
      <dl class="sample">
        <div>
          <dt>${t.ikmPopulation}</dt>
          <dd>${this.num(sample.population)}</dd>
        </div>
        <div>
          <dt>${t.ikmTarget}</dt>
          <dd>${this.num(sample.target)}</dd>
        </div>
        <div>
          <dt>${t.ikmAchieved}</dt>
          <dd>${this.num(sample.achieved)}</dd>
        </div>
      </dl>
      <p>${sample.adequate ? t.ikmAdequate : t.ikmShortfall(sample.shortfall)} ${t.ikmSampleNote}</p>
    </section>`;
  }
}

MasukanIkmReport.define('masukan-ikm-report');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-ikm-report': MasukanIkmReport;
  }
}
