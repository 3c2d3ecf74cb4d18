/**
 * Ids and answer keys are data: `constructor` and `__proto__` are valid question ids. Read maps keyed by data with
 * `own`, never `map[key]`, which would find what `Object.prototype` holds.
 */

/** An own property of a map keyed by data (an id, a language code), never one inherited from `Object.prototype`. */
export function own<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
