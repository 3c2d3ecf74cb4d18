import { css } from 'lit';

/**
 * Shared host styles: the global `--masukan-*` tokens with their defaults, and the resets that keep the host page's
 * styles out.
 *
 * Colours: every token falls back to one derived from `--masukan-color-accent`, so a page that sets only its accent
 * gets a matching tint and a readable text colour on accent buttons. Light and dark values are picked with
 * `light-dark()` by the element's colour scheme: the page's own `color-scheme` (inherited, so a page that declares
 * `color-scheme: light dark` gets dark mode from `prefers-color-scheme`), or the `theme` attribute. An accent too light
 * for text on the light surface is darkened, one too dark for the dark surface lightened, keeping its hue.
 *
 * Page CSS aimed at the host itself (`* { all: unset }`, `.entry-content *`) beats `:host`, so the root element of
 * each shadow tree (`.base`) resets every inherited property again and sets the font there. Sizes are in `em` of
 * that font, which defaults to `medium` (the reader's browser setting), not to the page's root font size.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    color-scheme: inherit;
    background: var(--surface);
    --brand: var(--masukan-color-accent, #0b57a4);
    /* The accent keeps its hue; its lightness is kept where text in it stays AA on the surface (at most 0.55 in the
       light scheme, at least 0.78 in the dark one), so white (light) or black (dark) text on it is AA too. */
    --accent: light-dark(oklch(from var(--brand) min(l, 0.55) c h), oklch(from var(--brand) max(l, 0.78) c h));
    --accent-contrast: var(--masukan-color-on-accent, light-dark(#fff, #000));
    --surface: var(--masukan-color-surface, light-dark(#fff, #1b1c1f));
    --text: var(--masukan-color-text, light-dark(#1c1b1f, #e6e6ea));
    --tint: var(--masukan-color-accent-tint, color-mix(in srgb, var(--accent) 14%, var(--surface)));
    /* secondary text and borders: the text colour faded into the surface, in either scheme */
    --muted: var(--masukan-color-muted, color-mix(in srgb, var(--text) 75%, var(--surface)));
    --border: var(--masukan-color-border, color-mix(in srgb, var(--text) 60%, var(--surface)));
    --error: var(--masukan-color-error, light-dark(#b3261e, #ffb4ab));
    --radius: var(--masukan-radius, 0.5em);
    --space: var(--masukan-spacing, 1em);
    --target: var(--masukan-target-size, 44px);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([density='compact']) {
    --space: var(--masukan-spacing, 0.625em);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    all: initial;
    color-scheme: inherit;
    color: var(--text);
    font: var(--masukan-font-size, medium) / 1.5 var(--masukan-font-family, system-ui, sans-serif);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  button {
    font: inherit;
    min-height: var(--target);
    min-width: var(--target);
    padding: 0.5em 1.25em;
    border-radius: var(--radius);
    border: 2px solid var(--accent);
    background: var(--surface);
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
