/**
 * The publication view: one A4 page in the layout units publish (PermenPANRB 14/2017): unit, period, respondents
 * and sample adequacy, the IKM with grade and performance, the nine element values with their grades, the three
 * lowest elements as priorities, and the follow-up plan.
 */
import { html, nothing } from 'lit';
import { lowestElements } from '../../core/ikm/compute.js';
import { localize } from '../../core/engine.js';
import { IKM_ELEMENTS } from '../../core/ikm/facts.js';
import type { IkmViewContext } from './ikm-report.js';

export function renderPublication(ctx: IkmViewContext) {
  const { t, model, num } = ctx;
  const { result, sample } = model;
  const priorities = lowestElements(result, 3);
  const isPriority = new Set(priorities.map(e => e.key));
  const plan = ctx.followUp
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
  const respondents = [
    t.reportRespondents(result.respondents),
    sample ? ` (${t.ikmSampleLine(sample.target, sample.adequate, sample.shortfall)})` : '',
  ].join('');
  return html`<article part="publication" class="publication" aria-labelledby="publication-title">
    <header class="pub-header">
      ${ctx.unit ? html`<p class="pub-unit">${ctx.unit}</p>` : nothing}
      <h3 id="publication-title" class="pub-title">${t.ikmPublicationTitle}</h3>
      <dl class="pub-meta">
        <div>
          <dt>${t.reportPeriod}</dt>
          <dd>${model.periodLabel}</dd>
        </div>
        <div>
          <dt>${t.reportService}</dt>
          <dd>${model.serviceLabel}</dd>
        </div>
        <div>
          <dt>${t.ikmAchieved}</dt>
          <dd>${respondents}</dd>
        </div>
      </dl>
    </header>
    <dl class="pub-headline">
      <div class="pub-figure main">
        <dt>${t.ikmHeadline}</dt>
        <dd class="pub-nik">${num(result.nik, 2)}</dd>
      </div>
      <div class="pub-figure">
        <dt>${t.ikmGrade}</dt>
        <dd>${ctx.grade(result.mutu)}</dd>
      </div>
      <div class="pub-figure">
        <dt>${t.ikmPerformance}</dt>
        <dd>${result.kinerja ? localize(result.kinerja, ctx.lang) : '—'}</dd>
      </div>
    </dl>
    <table part="table" class="pub-elements">
      <caption>
        ${t.ikmElementsCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.ikmCode}</th>
          <th scope="col">${t.ikmElement}</th>
          <th scope="col" class="n">${t.ikmValue}</th>
          <th scope="col">${t.ikmGrade}</th>
        </tr>
      </thead>
      <tbody>
        ${IKM_ELEMENTS.map(e => {
          const r = result.elements[e.key];
          const priority = isPriority.has(e.key);
          return html`<tr class=${priority ? 'priority' : ''}>
            <td>${e.code}</td>
            <th scope="row">
              ${ctx.elementName(e)}${priority ? html` <span class="flag">${t.ikmPriority}</span>` : nothing}
            </th>
            <td class="n">${num(r.value, 2)}</td>
            <td>${ctx.grade(r.mutu)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    <section class="pub-section">
      <h4>${t.ikmPriorities}</h4>
      <ol class="pub-priorities">
        ${priorities.map(e => html`<li>${e.code} ${ctx.elementName(e)}: ${num(e.value, 2)} (${e.mutu})</li>`)}
      </ol>
    </section>
    <section class="pub-section">
      <h4>${t.ikmFollowUp}</h4>
      ${
        plan.length
          ? html`<ul class="pub-plan">
              ${plan.map(line => html`<li>${line}</li>`)}
            </ul>`
          : html`<p class="pub-plan">${t.ikmFollowUpMissing}</p>`
      }
    </section>
    <footer class="pub-footer">${t.ikmMethod}</footer>
  </article>`;
}
