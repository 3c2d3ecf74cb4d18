/** Reading JSON of unknown shape (a definition or a response that may be malformed) without throwing. */

export type Json = Record<string, unknown>;

/** An object (or array): something whose fields can be read. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A plain record (not an array), such as a response's `answers` or `context`. */
export const isRecord = (value: unknown): value is Json => isObject(value) && !Array.isArray(value);

/** `value` if it is an array, else an empty one. */
export const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `value[key]` if `value` is an object. */
export const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
