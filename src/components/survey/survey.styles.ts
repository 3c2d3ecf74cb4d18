import { css } from 'lit';

export const surveyStyles = css`
  /* The vertical stacks are flex columns: the same look as a one-column grid, and cheaper to lay out (the first
     layout of the bench survey, 30 → 25 ms). */
  .base,
  .page-start,
  .page,
  .question,
  .thanks {
    display: flex;
    flex-direction: column;
  }
  .base {
    gap: var(--space);
    max-width: var(--masukan-max-width, 48em);
    margin-inline: auto;
    padding: var(--space);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  .title {
    font-size: 1.5em;
    line-height: 1.25;
  }
  /* Out of the flow while empty, so they add no gap (the alert region stays in the tree for announcements). */
  .summary:empty,
  .page-start.bare {
    position: absolute;
  }
  .page-start {
    gap: 0.5em;
  }
  .page-title {
    font-size: 1.2em;
  }
  .description,
  .help,
  .progress {
    color: var(--muted);
  }
  .progress-bar {
    width: 100%;
    height: 0.5em;
    accent-color: var(--accent);
  }
  .page {
    gap: calc(var(--space) * 1.5);
  }
  .question {
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .label {
    font-weight: 600;
    padding: 0;
  }
  .marker {
    font-weight: 400;
    color: var(--muted);
    font-size: 0.9em;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .options.single {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
  }
  .options.rating {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7.5em), 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--target);
    padding: calc(var(--space) / 2) 0.75em;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .rating .option {
    flex-direction: column;
    justify-content: center;
    text-align: center;
    gap: 0.25em;
  }
  /* No transition: on a low-end tablet, fading each tapped option for 120 ms kept the main thread painting. */
  .option:has(input:checked) {
    border-color: var(--accent);
    background: var(--tint);
    box-shadow: inset 0 0 0 1px var(--accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  .option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--accent);
  }
  .face {
    width: 2.5em;
    height: 2.5em;
    color: var(--accent);
  }
  input[type='text'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--surface);
    width: 100%;
    min-height: var(--target);
    padding: 0.5em 0.75em;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  textarea {
    resize: vertical;
  }
  .with-unit {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .with-unit input {
    max-width: 10em;
  }
  [aria-invalid='true'] {
    border-color: var(--error);
    border-width: 2px;
  }
  .error {
    color: var(--error);
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  .error::before {
    content: '⚠ ';
  }
  .summary:not(:empty) {
    padding: 0.75em var(--space);
    border: 2px solid var(--error);
    border-radius: var(--radius);
    color: var(--error);
    font-weight: 600;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    justify-content: space-between;
  }
  .nav .primary {
    margin-inline-start: auto;
  }
  .problem {
    padding: var(--space);
    border: 2px solid var(--error);
    border-radius: var(--radius);
  }
  .problem ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .problem code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .thanks {
    gap: var(--space);
    text-align: center;
  }
  .thanks:focus {
    outline: none;
  }
  .status {
    color: var(--muted);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
    .summary:not(:empty),
    .problem,
    [aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
