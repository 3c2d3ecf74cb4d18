import { css } from 'lit';

export const konsultasiReportStyles = css`
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin-block-start: 0.5rem;
  }
  .meta dt {
    color: var(--muted);
    font-size: 0.9em;
  }
  .meta dd {
    font-weight: 600;
  }
  .components .has-change .change {
    font-weight: 700;
  }
  .component + .component {
    margin-block-start: 0.75rem;
  }
  h4 {
    font-size: 1.05em;
    margin-block-end: 0.25rem;
  }
  .items {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.35rem;
  }
  .text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .who {
    color: var(--muted);
    font-size: 0.9em;
  }
  .who::before {
    content: ' — ';
  }
  @media print {
    .items li {
      break-inside: avoid;
    }
  }
`;
