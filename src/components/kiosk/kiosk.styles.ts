import { css } from 'lit';

/** Touch-first full-screen layout of <masukan-kiosk> and its staff panel, on top of the survey styles. */
export const kioskStyles = css`
  :host {
    --target: var(--masukan-kiosk-target-size, 64px);
    font-size: var(--masukan-font-size, clamp(1.125rem, 1rem + 1vw, 1.5rem));
  }
  .kiosk {
    position: relative;
    min-height: 100dvh;
    display: grid;
    overflow-x: hidden;
  }
  .screen {
    display: grid;
    align-content: center;
    padding: calc(var(--space) * 1.25);
    max-width: 60rem;
    width: 100%;
    margin-inline: auto;
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  .center {
    text-align: center;
  }
  .start {
    display: grid;
    gap: calc(var(--space) * 1.5);
    justify-items: center;
    text-align: center;
  }
  .office {
    font-size: 1.1em;
    color: var(--muted);
    font-weight: 600;
  }
  .title {
    font-size: 1.6em;
  }
  .big {
    font-size: 1.4em;
    font-weight: 600;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    justify-content: center;
  }
  .languages [aria-pressed='true'] {
    background: var(--tint);
    box-shadow: inset 0 0 0 2px var(--accent);
    font-weight: 700;
  }
  .start-button {
    font-size: 1.6em;
    font-weight: 700;
    min-width: min(100%, 16rem);
    min-height: calc(var(--target) * 1.5);
  }
  .fullscreen {
    font-size: 0.85em;
  }
  .quick,
  .form {
    width: 100%;
    display: grid;
    gap: calc(var(--space) * 1.25);
  }
  .quick .label,
  .form .label {
    font-size: 1.2em;
  }
  .options.rating {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
  }
  .rating .option {
    min-height: calc(var(--target) * 2);
    font-weight: 600;
  }
  .face {
    width: 4rem;
    height: 4rem;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
  }
  .page-title {
    font-size: 1em;
    color: var(--muted);
  }
  .nav button {
    min-width: 9rem;
  }
  .thanks {
    padding-block: 2rem;
  }
  .overlay {
    position: fixed;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--space);
    background: rgb(0 0 0 / 0.6);
    z-index: 2;
    overflow-y: auto;
  }
  .overlay.staff {
    place-items: start center;
  }
  masukan-staff-panel {
    width: min(100%, 48rem);
  }
  .dialog {
    display: grid;
    gap: var(--space);
    width: min(100%, 32rem);
    min-width: 0;
    padding: calc(var(--space) * 1.5);
    border-radius: var(--radius);
    background: var(--masukan-color-surface, #ffffff);
    color: var(--masukan-color-text, #1c1b1f);
    text-align: center;
  }
  .dialog input {
    font: inherit;
    font-size: 1.4em;
    width: 100%;
    min-height: var(--target);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    text-align: center;
    letter-spacing: 0.3em;
  }
  .pin-message:empty {
    display: none;
  }
  .pin-message {
    color: var(--error);
    font-weight: 600;
  }
  .staff-corner {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    width: var(--target);
    height: var(--target);
    border: 0;
    border-radius: 0;
    padding: 0;
    background: transparent;
    opacity: 0;
    z-index: 3;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .staff-corner:focus-visible {
    opacity: 1;
    outline: 3px solid var(--accent);
  }
  /* staff panel */
  .panel {
    display: grid;
    gap: var(--space);
    padding: calc(var(--space) * 1.25);
    border-radius: var(--radius);
    background: var(--masukan-color-surface, #ffffff);
    font-size: 1rem;
  }
  .panel h2 {
    font-size: 1.5em;
  }
  .panel h2:focus {
    outline: none;
  }
  .panel h3 {
    font-size: 1.15em;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .facts div {
    padding: 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  .facts dt {
    color: var(--muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .hint {
    color: var(--muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .entries {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entries li {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--error);
    border-radius: var(--radius);
    overflow-wrap: anywhere;
  }
  .settings {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .settings input {
    font: inherit;
    width: 100%;
    min-height: var(--target);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }
  button.danger {
    background: var(--error);
    border-color: var(--error);
    color: #ffffff;
  }
`;
