import { css } from 'lit';

/**
 * Shared host styles: the global `--masukan-*` tokens with their defaults, and a reset so that the host page's
 * inherited styles (line-height, text-align, letter-spacing …) cannot reach inside.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--masukan-color-text, #1c1b1f);
    background: var(--masukan-color-surface, #ffffff);
    font-family: var(--masukan-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--masukan-font-size, 1rem);
    line-height: 1.5;
    --accent: var(--masukan-color-accent, #0b57a4);
    --accent-contrast: var(--masukan-color-on-accent, #ffffff);
    --tint: var(--masukan-color-accent-tint, #e6eef8);
    --border: var(--masukan-color-border, #6b6f76);
    --muted: var(--masukan-color-muted, #4a4d52);
    --error: var(--masukan-color-error, #b3261e);
    --radius: var(--masukan-radius, 0.5rem);
    --space: var(--masukan-spacing, 1rem);
    --target: var(--masukan-target-size, 44px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    min-height: var(--target);
    min-width: var(--target);
    padding: 0.5rem 1.25rem;
    border-radius: var(--radius);
    border: 2px solid var(--accent);
    background: var(--masukan-color-surface, #ffffff);
    color: var(--accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-contrast);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline-color: Highlight;
    }
  }
`;
