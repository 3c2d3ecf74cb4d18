import { css } from 'lit';

export const ikmReportStyles = css`
  :host {
    --grade-a: var(--masukan-grade-a, #1b6e3a);
    --grade-b: var(--masukan-grade-b, #0b57a4);
    --grade-c: var(--masukan-grade-c, #8a4b00);
    --grade-d: var(--masukan-grade-d, #b3261e);
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--space) * 1.5);
    max-width: var(--masukan-max-width, 60rem);
    margin-inline: auto;
    padding: var(--space);
  }
  h2,
  h3,
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
  caption {
    color: var(--muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  select {
    font: inherit;
    min-height: var(--target);
    max-width: 100%;
    padding: 0.5rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--masukan-color-surface, #ffffff);
    color: inherit;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: var(--space);
  }
  .figure {
    display: grid;
    align-content: start;
    gap: 0.25rem;
    padding: var(--space);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .figure dt {
    color: var(--muted);
  }
  .figure dd {
    font-size: 1.5em;
    font-weight: 700;
  }
  .figure .nik {
    font-size: 2.5em;
    line-height: 1.1;
    color: var(--accent);
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
  .chart {
    width: 100%;
    max-width: 34rem;
    height: auto;
    font-size: 14px;
    fill: currentColor;
  }
  .bound {
    stroke: var(--muted);
    stroke-dasharray: 4 3;
  }
  .bound-label {
    fill: var(--muted);
  }
  .scroll {
    overflow-x: auto;
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
  .profile-table :is(th, td) {
    padding-inline: 0.3rem;
  }
  .n {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .profile {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: start;
    gap: var(--space);
  }
  .sample {
    display: flex;
    flex-wrap: wrap;
    gap: var(--space);
    margin-block-end: 0.5rem;
  }
  .sample dd {
    font-size: 1.25em;
    font-weight: 700;
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
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .grade {
      border: 1px solid CanvasText;
    }
    .bar {
      fill: CanvasText;
    }
  }
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
    :host {
      font-size: 10pt;
    }
    .base {
      max-width: none;
      padding: 0;
      gap: 0.75rem;
    }
    .controls {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    .section,
    .headline,
    table {
      break-inside: avoid;
    }
    .grade,
    .bar {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
