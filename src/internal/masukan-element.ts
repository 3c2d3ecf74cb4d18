import { LitElement } from 'lit';

declare const __MASUKAN_VERSION__: string;

/** Base class of every Masukan element: a version and a `define` that tolerates being loaded twice. */
export class MasukanElement extends LitElement {
  /** The package version that defined this class. */
  static readonly version: string = __MASUKAN_VERSION__;

  /**
   * Defines the element unless the tag is already taken. A page may load the script-tag build twice, or together with
   * the ESM build; the first definition wins and a different version only logs a warning.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) customElements.define(tag, this);
    else if (existing.version !== this.version)
      console.warn(
        `<${tag}> is already defined by Masukan ${existing.version ?? '(unknown)'}; ${this.version} skipped.`,
      );
  }
}
