/**
 * Storing a response in the outbox (see `outbox.ts`): on the device before the thank-you view, in memory when the
 * device cannot store it.
 */
import { checkResponse } from '../core/response.js';
import type { SurveyResponse } from '../core/schema.js';
import { write } from './store.js';
import { absolute, flushOutbox, state, store, type OutboxEntry } from './outbox.js';

/** Where `enqueue` sends a response. */
export interface EnqueueOptions {
  /** An http(s) URL (relative to the page), or a name given to `setTransport`. */
  endpoint: string;
  /** Extra request headers for the fetch transport (an API key …). */
  headers?: Record<string, string>;
}

/**
 * Stores a response for delivery, resolving once it is on the device, then starts a flush. A response that breaks
 * the response rule (see `checkResponse`) is refused with a `ResponseError` before anything is stored. When the
 * device cannot store it, the response is kept in memory and delivered right away (and with every flush while the
 * page stays open), and the returned promise rejects, so the caller can say so.
 */
export async function enqueue(
  response: SurveyResponse,
  { endpoint, headers }: EnqueueOptions,
  name = 'masukan',
): Promise<void> {
  const checked = checkResponse(response);
  if (!checked.success) throw checked.error;
  const key = Date.now().toString(36).padStart(9, '0') + '-' + response.id;
  const entry: OutboxEntry = {
    key,
    endpoint: absolute(endpoint),
    response: checked.data,
    headers,
    attempts: 0,
    next: 0,
  };
  try {
    // Strict durability: flushed to disk, not only to the OS cache (Chrome's default is "relaxed"), so a power cut
    // right after the thank-you view cannot lose it.
    await write(store(name), os => os.put(entry, key), 'strict');
  } catch (error) {
    state.unsaved.set(key, [name, entry]);
    throw error;
  } finally {
    flushOutbox(name);
  }
}

state.checkResponse ??= checkResponse;
