import { css } from 'lit';

/**
 * What the results reports share: layout, controls, tables that become one card per row on narrow screens (no
 * horizontal scrolling at 320 px), grade badges, the problem box and the print rules.
 */
export const reportStyles = css`
  :host {
    --grade-a: var(--masukan-grade-a, #1b6e3a);
    --grade-b: var(--masukan-grade-b, #0b57a4);
    --grade-c: var(--masukan-grade-c, #8a4b00);
    --grade-d: var(--masukan-grade-d, #b3261e);
  }
  .base {
    container-type: inline-size;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--space) * 1.5);
    max-width: var(--masukan-max-width, 60rem);
    margin-inline: auto;
    padding: var(--space);
  }
  h2,
  h3,
  h4,
  p,
  dl,
  dd {
    margin: 0;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.2em;
    margin-block-end: 0.5rem;
  }
  .subtitle,
  .note,
  .method,
  .key,
  caption {
    color: var(--muted);
  }
  .key {
    font-size: 0.875em;
  }
  .controls,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--space);
  }
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .views [aria-pressed='true'] {
    background: var(--accent);
    color: var(--accent-contrast);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  select,
  input {
    font: inherit;
    min-height: var(--target);
    max-width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--masukan-color-surface, #ffffff);
    color: inherit;
  }
  .grade {
    display: inline-block;
    min-width: 1.75em;
    padding: 0 0.4em;
    border-radius: var(--radius);
    text-align: center;
    font-weight: 700;
    color: #ffffff;
    background: var(--grade-d);
  }
  .grade-a {
    background: var(--grade-a);
    fill: var(--grade-a);
  }
  .grade-b {
    background: var(--grade-b);
    fill: var(--grade-b);
  }
  .grade-c {
    background: var(--grade-c);
    fill: var(--grade-c);
  }
  .grade-d {
    fill: var(--grade-d);
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border-bottom: 1px solid var(--border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-bottom-width: 2px;
  }
  tbody th {
    font-weight: 400;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
  }
  .n {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .skipped {
    padding: 0.5rem var(--space);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .skipped summary {
    cursor: pointer;
    font-weight: 600;
    min-height: var(--target);
    display: flex;
    align-items: center;
  }
  .skipped code,
  .problem code {
    overflow-wrap: anywhere;
  }
  .problem {
    padding: var(--space);
    border: 2px solid var(--error);
    border-radius: var(--radius);
    color: var(--error);
  }
  .problem ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .problem code {
    color: var(--masukan-color-text, #1c1b1f);
  }
  /* Narrow screens: a table row becomes a card, each cell labelled by its column. */
  @container (max-width: 40rem) {
    table.stack,
    table.stack :is(tbody, tfoot, tr, th, td) {
      display: block;
    }
    table.stack thead {
      display: none;
    }
    table.stack caption {
      display: block;
    }
    table.stack tbody :is(td.code, td.code + th) {
      display: inline;
      margin-inline-end: 0.5em;
    }
    table.stack tr {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border);
    }
    table.stack :is(th, td) {
      border: 0;
      padding: 0.1rem 0;
    }
    table.stack td[data-label] {
      display: flex;
      justify-content: space-between;
      gap: var(--space);
    }
    table.stack td[data-label]::before {
      content: attr(data-label);
      color: var(--muted);
      text-align: start;
    }
    table.stack tbody th {
      font-weight: 600;
    }
  }
  @media (forced-colors: active) {
    .grade {
      border: 1px solid CanvasText;
    }
    .views [aria-pressed='true'] {
      border-width: 4px;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
    }
    .base {
      max-width: none;
      padding: 0;
      gap: 0.75rem;
    }
    .controls,
    .skipped {
      display: none;
    }
    tr,
    .figure,
    .bar-row {
      break-inside: avoid;
    }
    h3,
    h4,
    caption {
      break-after: avoid;
    }
    .grade,
    .bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
