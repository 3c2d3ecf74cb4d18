import { css } from 'lit';

export const ikmReportStyles = css`
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
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
  /* The bars: HTML text (never scaled below the base size), an SVG track per element. */
  .chart {
    display: grid;
    gap: 0.35rem;
    max-width: 40rem;
  }
  .bar-row {
    display: grid;
    grid-template-columns: 2.5em minmax(0, 1fr) 4.5em;
    align-items: center;
    gap: 0.5rem;
  }
  .bar-value {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .track {
    width: 100%;
    height: 1.1em;
    background: var(--tint);
    border-radius: 2px;
  }
  .bound {
    stroke: var(--masukan-color-text, #1c1b1f);
    stroke-dasharray: 3 2;
    stroke-width: 1;
  }
  .bounds {
    color: var(--muted);
  }
  .profile {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    align-items: start;
    gap: var(--space);
  }
  .profile-table :is(th, td) {
    padding-inline: 0.3rem;
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
  /* Publication: one A4 page. */
  .publication {
    display: grid;
    gap: 1rem;
    padding: 1.5rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .pub-unit {
    font-weight: 700;
    font-size: 1.1em;
  }
  .pub-title {
    font-size: 1.5em;
    margin: 0.25rem 0 0.5rem;
  }
  .pub-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .pub-meta dt,
  .pub-figure dt {
    color: var(--muted);
    font-size: 0.9em;
  }
  .pub-headline {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 1rem;
  }
  .pub-figure dd {
    font-size: 1.4em;
    font-weight: 700;
  }
  .pub-nik {
    font-size: 2.4em !important;
    line-height: 1.1;
    color: var(--accent);
  }
  .pub-elements .priority {
    background: var(--tint);
  }
  .flag {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid var(--accent);
    border-radius: var(--radius);
    color: var(--accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .pub-section h4 {
    font-size: 1.05em;
    margin-block-end: 0.25rem;
  }
  .pub-priorities,
  .pub-plan {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  p.pub-plan {
    padding: 0;
  }
  .pub-footer {
    color: var(--muted);
    font-size: 0.85em;
  }
  /* Citizens' words. */
  .texts {
    display: grid;
    gap: 0.75rem;
  }
  .search input {
    width: min(100%, 24rem);
  }
  .text-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .text-item {
    padding: 0.75rem var(--space);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .text-meta,
  .text-ratings {
    color: var(--muted);
    font-size: 0.9em;
  }
  .text-body {
    white-space: pre-line;
    overflow-wrap: anywhere;
    margin: 0.25rem 0;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--space);
  }
  @media print {
    .view-publication .header {
      display: none;
    }
    .publication {
      border: 0;
      padding: 0;
      gap: 0.6rem;
      font-size: 10.5pt;
    }
    .pub-elements :is(th, td) {
      padding-block: 0.2rem;
    }
    .pub-elements .priority {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .chart {
      max-width: none;
    }
  }
`;
