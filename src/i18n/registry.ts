/**
 * The one registry of UI terms for every Masukan element (survey, reports) and the CSV files. A translation is a
 * language code with terms; registering more terms for a code adds to it, so each element ships and registers only
 * its own terms (the reports' terms never weigh on the survey's script). A term missing in a language falls back to
 * Bahasa Indonesia. The registry lives on the global object, so that every Masukan script on a page shares it.
 */

import type { Translation } from './localize.js';

/** Terms of one language: its code (`id`, `en`, `jv`) and any terms, e.g. `{ $code: 'jv', submit: 'Kirim' }`. */
export interface TranslationTerms {
  $code: string;
}

const registry: Map<string, object> = ((
  globalThis as { masukanTranslations?: Map<string, object> }
).masukanTranslations ??= new Map());

/**
 * What `translation` returned, by language, with the registry entries it merged: the same object until terms are
 * registered for the language or for Bahasa Indonesia (by any Masukan script on the page, since registering replaces
 * an entry), so an element can tell that nothing changed.
 */
const merged = new Map<string, { base?: object; ofLang?: object; terms: object }>();

/** Adds translations; terms registered later for the same language replace the earlier ones. */
export function registerTranslation(...translations: TranslationTerms[]): void {
  for (const t of translations) {
    const code = t.$code.toLowerCase();
    registry.set(code, { ...registry.get(code), ...t });
  }
}

/** The language of a language tag, lower case: `en-GB` → `en`. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split('-')[0];

/** The terms registered for `lang` (`en-GB` falls back to `en`), without Bahasa Indonesia filling the gaps. */
export function registeredTerms(lang: string): object | undefined {
  return registry.get(lang.toLowerCase()) ?? registry.get(baseLanguage(lang));
}

/**
 * The terms for `lang` (`en-GB` falls back to `en`), each missing term taken from Bahasa Indonesia: the survey's
 * `Translation` by default, or the terms of a report (`translation<IkmTerms>('en')`).
 */
export function translation<T = Translation>(lang = 'id'): T {
  const base = registry.get('id');
  const ofLang = registeredTerms(lang);
  const cached = merged.get(lang);
  if (cached && cached.base === base && cached.ofLang === ofLang) return cached.terms as T;
  const terms = Object.freeze({ ...base, ...ofLang });
  merged.set(lang, { base, ofLang, terms });
  return terms as T;
}
