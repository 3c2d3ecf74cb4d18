/**
 * The citizens' words: every free-text answer of the selected period and service, newest first, with its date,
 * service, question and the low ratings that came with it; searchable and paged. Text bindings only, never HTML.
 */
import { html, nothing } from 'lit';
import { IKM_ELEMENTS } from '../../core/ikm/facts.js';
import type { FreeText } from '../../core/ikm/texts.js';
import type { IkmViewContext } from './ikm-report.js';

/** Free texts per page. */
export const TEXTS_PER_PAGE = 20;

export interface TextsHandlers {
  query(event: Event): void;
  /** The button's value is the page step (`-1`, `1`). */
  page(event: Event): void;
}

export function renderTexts(ctx: IkmViewContext, all: FreeText[], query: string, page: number, on: TextsHandlers) {
  const { t, labels } = ctx;
  const needle = query.trim().toLocaleLowerCase();
  const found = needle ? all.filter(item => item.text.toLocaleLowerCase().includes(needle)) : all;
  const pages = Math.max(1, Math.ceil(found.length / TEXTS_PER_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = found.slice(current * TEXTS_PER_PAGE, (current + 1) * TEXTS_PER_PAGE);
  const ratings = (item: FreeText) =>
    IKM_ELEMENTS.filter(e => Object.hasOwn(item.ratings, e.key))
      .map(e => `${ctx.elementName(e)} ${item.ratings[e.key]}`)
      .join(', ');
  return html`<section part="texts" class="section texts" aria-labelledby="texts-title">
    <h3 id="texts-title">${t.ikmTexts}</h3>
    <div class="field search">
      <label for="text-search">${t.reportSearch}</label>
      <input id="text-search" type="search" .value=${query} @input=${on.query} />
    </div>
    <p class="note" role="status">${t.ikmTextsShown(found.length, all.length)}</p>
    ${
      shown.length
        ? html`<ol class="text-list">
            ${shown.map(
              item =>
                html`<li class="text-item">
                  <p class="text-meta">
                    ${[
                      ctx.dateOf(item.submittedAt),
                      item.service ? labels.service(item.service) : '',
                      labels.question(item.question),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  <p class="text-body">${item.text}</p>
                  ${ratings(item) ? html`<p class="text-ratings">${t.ikmLowRatings}: ${ratings(item)}</p>` : nothing}
                </li>`,
            )}
          </ol>`
        : html`<p class="empty">${t.ikmNoTexts}</p>`
    }
    ${
      pages > 1
        ? html`<nav class="pager" aria-label=${t.reportPageOf(current + 1, pages)}>
            <button type="button" value="-1" ?disabled=${current === 0} @click=${on.page}>${t.reportPrevious}</button>
            <span>${t.reportPageOf(current + 1, pages)}</span>
            <button type="button" value="1" ?disabled=${current >= pages - 1} @click=${on.page}>${t.reportNext}</button>
          </nav>`
        : nothing
    }
  </section>`;
}
