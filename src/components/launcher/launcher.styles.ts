import { css } from 'lit';

export const launcherStyles = css`
  :host {
    display: contents;
  }
  /* The button sits in the top layer (popover), so page z-indexes, transforms and overflow cannot hide it. */
  .dock {
    position: fixed;
    inset: auto 16px calc(16px + env(safe-area-inset-bottom, 0px)) auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    overflow: visible;
  }
  :host([position='bottom-left']) .dock {
    inset: auto auto calc(16px + env(safe-area-inset-bottom, 0px)) 16px;
  }
  :host([position='right']) .dock,
  :host([position='left']) .dock {
    inset: 50% 0 auto auto;
    transform: translateY(-50%);
  }
  :host([position='left']) .dock {
    inset: 50% auto auto 0;
  }
  .launch {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--target);
    min-width: var(--target);
    padding: 0.625em 1.25em;
    border: 2px solid var(--accent-contrast);
    border-radius: 999px;
    background: var(--accent);
    color: var(--accent-contrast);
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.3);
  }
  :host([position='right']) .launch,
  :host([position='left']) .launch {
    writing-mode: vertical-rl;
    transform: rotate(180deg);
    padding: 1.25em 0.625em;
    border-radius: 0 var(--radius) var(--radius) 0;
  }
  :host([position='left']) .launch {
    border-radius: var(--radius) 0 0 var(--radius);
  }
  .launch:focus-visible {
    outline: 3px solid var(--accent);
    outline-offset: 3px;
  }
  .icon {
    width: 1.5em;
    height: 1.5em;
    flex: none;
  }
  dialog {
    width: min(640px, 100% - 32px);
    max-width: none;
    max-height: min(90dvh, 900px);
    padding: 0;
    border: 0;
    border-radius: 12px;
    background: var(--surface);
    color: var(--text);
    box-shadow: 0 8px 40px rgb(0 0 0 / 0.4);
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .panel {
    display: block;
  }
  .bar {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    justify-content: flex-end;
    padding: 8px;
    background: var(--surface);
  }
  .close {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-inline: 0.875em;
  }
  .close svg {
    width: 1.25em;
    height: 1.25em;
  }
  .status,
  .problem {
    margin: 0;
    padding: var(--space);
  }
  .problem {
    margin: var(--space);
    border: 2px solid var(--error);
    border-radius: var(--radius);
  }
  /* Phones: a bottom sheet the width of the screen. */
  @media (max-width: 640px) {
    dialog {
      width: 100%;
      margin: auto 0 0;
      max-height: 92dvh;
      border-radius: 16px 16px 0 0;
      padding-bottom: env(safe-area-inset-bottom, 0px);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: rise 160ms ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(24px);
        opacity: 0;
      }
    }
  }
  @media print {
    .dock {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .launch,
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
