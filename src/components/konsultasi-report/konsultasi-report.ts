import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { MasukanReport } from '../../internal/report-element.js';
import { hostStyles } from '../../styles/host.styles.js';
import { reportStyles } from '../../styles/report.styles.js';
import { konsultasiReportStyles } from './konsultasi-report.styles.js';
import type { ReportTerms } from '../../i18n/report.js';
import type { KonsultasiTerms } from '../../i18n/konsultasi.js';
import { localize } from '../../core/engine.js';
import type { LocalizedText } from '../../core/schema.js';
import type { KonsultasiComponent } from '../../core/konsultasi/facts.js';
import {
  konsultasiCsv,
  konsultasiResults,
  type KonsultasiResult,
  type KonsultasiResultOptions,
  type KonsultasiText,
} from '../../core/konsultasi/results.js';

export type { MasukanReportErrorDetail as MasukanKonsultasiReportErrorDetail } from '../../internal/report-element.js';

/** The report's terms: the shared report terms and the consultation ones. */
export type KonsultasiReportTerms = ReportTerms & KonsultasiTerms;

const componentsAttribute = {
  fromAttribute(value: string | null): KonsultasiComponent[] {
    try {
      const parsed: unknown = JSON.parse(value || '[]');
      if (Array.isArray(parsed)) return parsed as KonsultasiComponent[];
    } catch {
      /* reported below */
    }
    console.error(`<masukan-konsultasi-report> components is not a JSON array: ${value}`);
    return [];
  },
};

/**
 * @summary The results of a Forum Konsultasi Publik (PermenPANRB 16/2017) from the `konsultasi` preset's
 * responses: participants by category, "Setuju" and "Perlu perubahan" per component of the draft, every proposal
 * under its component with the participant's category, and the general comments; printable as an attachment to
 * the forum's berita acara, and as CSV.
 *
 * Data comes from the `responses` property or from `src` (a JSON array of responses, or a collector's paged
 * `{ items, next }`). Responses of other surveys (by `survey-id`) are left out; malformed ones are skipped and
 * listed. Components and their names come from `definition`, else `components` (as given to the preset), else the
 * 14 components of a standar pelayanan; answers of other components are listed by key.
 *
 * @tagname masukan-konsultasi-report
 * @event masukan-error - The data could not be loaded or read. `event.detail.error`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, subject, date, place and participants.
 * @csspart controls - The buttons (hidden when printing).
 * @csspart button - The download and print buttons.
 * @csspart skipped - The note on skipped responses.
 * @csspart table - Every data table.
 * @csspart section - Each section (participants, components, proposals, comments).
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
 */
export class MasukanKonsultasiReport extends MasukanReport<KonsultasiReportTerms> {
  static override styles = [hostStyles, reportStyles, konsultasiReportStyles];

  /** Only responses with this `surveyId` are counted. Default `konsultasi`, the id of the preset. */
  @property({ attribute: 'survey-id' }) surveyId = 'konsultasi';

  /** The components asked about, as a JSON array or an array (`[{"id": "biaya", "label": "Biaya"}]`). */
  @property({ converter: componentsAttribute }) components: KonsultasiComponent[] = [];

  /** The forum's subject, e.g. "Rancangan Standar Pelayanan Izin Usaha". Plain text. */
  @property() topic = '';

  /** The forum's date as shown (`12 Maret 2026`); default: the days of the responses. */
  @property() date = '';

  /** The forum's place. */
  @property() place = '';

  protected readonly inputs = ['components', 'definition', 'lang'];
  private result: KonsultasiResult | undefined = undefined;

  private get options(): KonsultasiResultOptions {
    return {
      surveyId: this.surveyId || undefined,
      components: this.components,
      survey: this.definition,
      invalid: 'skip',
    };
  }

  toCsv(): string {
    return konsultasiCsv(this.data ?? [], { ...this.options, lang: this.lang || 'id' });
  }

  protected csvName(): string {
    return 'konsultasi-publik.csv';
  }

  protected prepare(): void {
    this.result = konsultasiResults(this.data, this.options);
  }

  private name(label: LocalizedText | undefined, key: string): string {
    return label === undefined ? key : localize(label, this.lang || 'id');
  }

  private category(key: string): string {
    if (!key) return this.t.reportNotGiven;
    return this.name(this.result?.categories.find(c => c.key === key)?.label, key);
  }

  override render() {
    if (this.problem) return this.renderProblem();
    const r = this.result;
    if (!r) return this.renderLoading();
    const t = this.t;
    const date = this.date || (r.days ? [...new Set(r.days)].map(d => this.dayLabel(d)).join(' – ') : '—');
    return html`<div part="base" class="base" lang=${this.lang}>
      <div part="header" class="header">
        <h2 class="title">${t.konsultasiTitle}</h2>
        <dl class="meta">
          ${
            this.topic
              ? html`<div>
                  <dt>${t.konsultasiTopic}</dt>
                  <dd>${this.topic}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${t.konsultasiDate}</dt>
            <dd>${date}</dd>
          </div>
          ${
            this.place
              ? html`<div>
                  <dt>${t.konsultasiPlace}</dt>
                  <dd>${this.place}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${t.konsultasiParticipants}</dt>
            <dd class="participants">${r.participants}</dd>
          </div>
        </dl>
      </div>
      <div part="controls" class="controls"><div class="buttons">${this.renderButtons()}</div></div>
      ${this.renderSkipped(r.issues)}
      ${
        r.participants
          ? [this.renderCategories(r), this.renderComponents(r), this.renderProposals(r), this.renderComments(r)]
          : html`<p class="empty" role="status">${t.konsultasiNoData}</p>`
      }
      <p class="method">${t.konsultasiNote}</p>
    </div>`;
  }

  private renderCategories(r: KonsultasiResult) {
    const rows = r.categories.map(c => ({ label: this.category(c.key), count: c.count }));
    return html`<section part="section" class="section">
      <h3>${this.t.konsultasiByCategory}</h3>
      ${this.renderCounts('categories', rows, r.participants)}
    </section>`;
  }

  private renderComponents(r: KonsultasiResult) {
    const t = this.t;
    const head = [t.konsultasiAgree, t.konsultasiChange, t.konsultasiAnswered];
    return html`<section part="section" class="section">
      <h3>${t.konsultasiResults}</h3>
      <table part="table" class="components stack">
        <thead>
          <tr>
            <th scope="col">${t.konsultasiComponent}</th>
            <th scope="col" class="n">${head[0]}</th>
            <th scope="col" class="n">${head[1]}</th>
            <th scope="col" class="n">${head[2]}</th>
          </tr>
        </thead>
        <tbody>
          ${r.components.map(
            c =>
              html`<tr class=${c.change ? 'has-change' : ''}>
                <th scope="row">${this.name(c.label, c.id)}</th>
                <td class="n agree" data-label=${head[0]}>${c.agree} (${this.percent(c.agree, c.answered)})</td>
                <td class="n change" data-label=${head[1]}>${c.change} (${this.percent(c.change, c.answered)})</td>
                <td class="n" data-label=${head[2]}>${c.answered}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderProposals(r: KonsultasiResult) {
    const t = this.t;
    const withProposals = r.components.filter(c => c.proposals.length);
    return html`<section part="section" class="section proposals">
      <h3>${t.konsultasiProposals}</h3>
      ${
        withProposals.length
          ? withProposals.map(
              c =>
                html`<div class="component" data-component=${c.id}>
                  <h4>${this.name(c.label, c.id)} (${c.proposals.length})</h4>
                  <ol class="items">
                    ${c.proposals.map(p => this.renderText(p))}
                  </ol>
                </div>`,
            )
          : html`<p class="note">${t.konsultasiNoProposals}</p>`
      }
    </section>`;
  }

  private renderComments(r: KonsultasiResult) {
    const t = this.t;
    return html`<section part="section" class="section comments">
      <h3>${t.konsultasiComments}</h3>
      ${
        r.comments.length
          ? html`<ol class="items">
              ${r.comments.map(c => this.renderText(c))}
            </ol>`
          : html`<p class="note">${t.konsultasiNoComments}</p>`
      }
    </section>`;
  }

  private renderText(item: KonsultasiText) {
    return html`<li>
      <span class="text">${item.text}</span>
      <span class="who">${this.category(item.category)}</span>
    </li>`;
  }
}

MasukanKonsultasiReport.define('masukan-konsultasi-report');

declare global {
  interface HTMLElementTagNameMap {
    'masukan-konsultasi-report': MasukanKonsultasiReport;
  }
}
