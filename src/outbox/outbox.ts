/**
 * The device outbox: every response is written to IndexedDB first, then handed to its transport (by default a POST
 * to its endpoint) until it is delivered. Several surveys and endpoints share one outbox (each entry remembers its
 * endpoint). All functions take an optional outbox name (default `masukan`, see `store.ts` for the database), so tests
 * and separate apps can keep apart. Pending and failed entries live in the same object store: an entry with `failed`
 * set is in the "failed store", so moving it there (or back) is one atomic write that can never lose or duplicate it.
 *
 * This module is the part every page needs at once: storing a response (in memory when the device cannot), reading
 * the outbox, and `flushOutbox`. Delivering (attempts, retries, backoff, the fetch transport) and the staff functions
 * are the delivery part, `delivery.ts`: importing it makes it the page's delivery part, as `index.ts` and the survey
 * and kiosk elements do. The script-tag file `masukan.min.js` leaves it out and fetches it as
 * `masukan-delivery.min.js` the first time there is something to deliver (`setDeliveryLoader`).
 */
import { promisifyRequest } from 'idb-keyval';
import type { SurveyResponse } from '../core/schema.js';
import { checkResponse } from '../core/response.js';
import { onDemand } from '../internal/on-demand.js';
import { createOutboxStore, write, type OutboxStore } from './store.js';
import type { Transport } from './transport.js';

/** Why an attempt did not deliver an entry. */
export interface OutboxFailure {
  /** The HTTP status, or 0 when there was none (a network error, a redirect, a corrupted entry …). */
  status: number;
  /** When it happened (ISO 8601). */
  at: string;
  /** The start of the endpoint's answer, or what went wrong. */
  reason: string;
}

/** One stored response and its delivery state. */
export interface OutboxEntry {
  /** Storage key: base-36 time of enqueueing, then the response id. Sorts oldest first; never collides. */
  key: string;
  /** Where it is delivered: an absolute URL, or the name a `setTransport` call gave (`sender:…`). */
  endpoint: string;
  /** The response (for an entry quarantined as corrupted: whatever was found in storage). */
  response: SurveyResponse;
  /** Extra request headers (an API key …). Never included in `exportOutbox`. */
  headers?: Record<string, string>;
  /** Delivery attempts that ended in a retryable outcome. */
  attempts: number;
  /** Epoch milliseconds before which the entry is not tried again. */
  next: number;
  /** Why the last retried attempt did not deliver it. */
  lastError?: OutboxFailure;
  /** Set when the entry moved to the failed store. */
  failed?: OutboxFailure;
}

/** `detail` of `masukan-outbox-change`. */
export interface OutboxCounts {
  pending: number;
  failed: number;
  /** The outbox name (`masukan` unless an app chose another). */
  outbox: string;
}

/** What the delivery part (`delivery.ts`) gives this module once it is loaded. */
export interface DeliveryPart {
  /** One flush: what `flushOutbox` does once the delivery part is there. */
  flush(name: string): Promise<void>;
  retryFailed(key: string, name?: string): Promise<void>;
  deleteEntry(key: string, name?: string): Promise<void>;
  exportOutbox(name?: string): Promise<Blob>;
  fetchTransport: Transport;
}

/**
 * The outbox state of the page. The script-tag build runs this module twice, in `masukan.min.js` and in
 * `masukan-delivery.min.js`, so the state lives on the global object, where both copies find the same one.
 */
interface OutboxState {
  settings: { timeout: number; backoff: number; maxBackoff: number };
  /** The store of each outbox name used on the page. */
  stores: Map<string, OutboxStore>;
  /**
   * Responses the device could not store (storage full, IndexedDB missing or refusing), by key, with their outbox
   * name: kept in memory and retried with every flush for as long as the page stays open, so a counter tablet whose
   * storage fails still delivers once the network is back.
   */
  unsaved: Map<string, [string, OutboxEntry]>;
  /** Transports set by `setTransport`, by outbox name and endpoint. */
  transports: Map<string, Transport>;
  /** The delivery part, once loaded. */
  delivery?: DeliveryPart;
}

/** The outbox state of the page (for `delivery.ts`). */
export const state: OutboxState = ((globalThis as { masukanOutbox?: OutboxState }).masukanOutbox ??= {
  settings: {
    /** Request timeout in milliseconds. */
    timeout: 20000,
    /** Backoff base in milliseconds: the n-th retry waits a random time up to base × 2^(n-1) … */
    backoff: 1000,
    /** … and no wait (backoff or Retry-After) is ever longer than this many milliseconds (5 minutes). */
    maxBackoff: 300000,
  },
  stores: new Map(),
  unsaved: new Map(),
  transports: new Map(),
});

/** Tunables, shared by every outbox on the page; read at each attempt. */
export const outboxSettings = state.settings;

/** Where `setTransport` keeps the transport of `endpoint` in outbox `name`. */
export const transportKey = (name: string, endpoint: string) => `${name} ${absolute(endpoint)}`;

/** The entries of outbox `name` kept only in memory, as [key, entry]. */
export const inMemory = (name: string) =>
  [...state.unsaved.values()].filter(([n]) => n === name).map(([, e]) => [e.key, e as unknown] as const);

/** Why an attempt did not deliver, now. */
export const failure = (status: number, reason: string): OutboxFailure => ({
  status,
  at: new Date().toISOString(),
  reason,
});

/** An endpoint as stored: absolute, so another page of the site can deliver it; as given when it is no URL at all. */
export function absolute(endpoint: string): string {
  try {
    return new URL(endpoint, location.href).href;
  } catch {
    return endpoint;
  }
}

/** Every [key, value] in storage, in key order (oldest first). */
export const stored = (s: OutboxStore) =>
  s('readonly', os => Promise.all([promisifyRequest(os.getAllKeys()), promisifyRequest(os.getAll())])).then(
    ([keys, values]) => keys.map((key, i) => [key as string, values[i] as unknown] as const),
  );

/**
 * Outbox events go to `document` (and bubble to `window`), once per event and page whatever the number of survey
 * elements, and also for deliveries of responses submitted before a reload.
 */
export const emit = (type: string, detail: unknown) =>
  document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));

/** The store of an outbox; the first use on the page also starts the flush triggers. */
export function store(name: string): OutboxStore {
  const { stores } = state;
  let s = stores.get(name);
  if (!s) {
    if (!stores.size) {
      const all = () => stores.forEach((_, n) => flushOutbox(n));
      addEventListener('online', all);
      document.addEventListener('visibilitychange', () => document.hidden || all());
    }
    stores.set(name, (s = createOutboxStore(name)));
  }
  return s;
}

/** Pending and failed entries (those kept only in memory first, then the stored ones oldest first). */
export async function readOutbox(name = 'masukan'): Promise<{ pending: OutboxEntry[]; failed: OutboxEntry[] }> {
  const values = [...inMemory(name), ...(await stored(store(name)).catch(() => []))].map(([, v]) => v as OutboxEntry);
  return { pending: values.filter(e => !e?.failed), failed: values.filter(e => e?.failed) };
}

/** Tells the page the counts of outbox `name` (`masukan-outbox-change`). */
export async function changed(name: string): Promise<void> {
  const { pending, failed } = await readOutbox(name);
  emit('masukan-outbox-change', { pending: pending.length, failed: failed.length, outbox: name });
}

/**
 * Delivers the entries of an outbox addressed to `endpoint` with `transport` (instead of the fetch transport), or
 * with the fetch transport again when `transport` is undefined. Transports live in memory: set them on every page
 * load, before the first flush that should use them. Entries whose endpoint is not an http(s) URL wait until a
 * transport is set for it.
 */
export function setTransport(endpoint: string, transport: Transport | undefined, name = 'masukan'): void {
  if (transport) state.transports.set(transportKey(name, endpoint), transport);
  else state.transports.delete(transportKey(name, endpoint));
}

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

let loadDelivery: (() => Promise<unknown>) | undefined;

/** Sets how the delivery part is fetched while it is not loaded (the script-tag build loads its delivery file). */
export function setDeliveryLoader(load: () => Promise<unknown>): void {
  loadDelivery = onDemand(load);
}

/** The delivery part, fetched first if need be (and possible); rejects when it cannot be fetched. */
export async function deliveryPart(): Promise<DeliveryPart> {
  if (!state.delivery) await loadDelivery?.();
  if (!state.delivery) throw new Error('nothing loads it: import the outbox from masukan/outbox');
  return state.delivery;
}

/**
 * The delivery part for a flush, fetched first when the browser is online and the outbox holds a pending entry.
 * Undefined when it is not needed or cannot be fetched: then the entries stay where they are, each pending one is
 * announced as retried (an attempt could not even be made), and the next flush tries again.
 */
async function deliveryFor(name: string): Promise<DeliveryPart | undefined> {
  if (state.delivery) return state.delivery;
  const { pending } = await readOutbox(name);
  if (!pending.length || !navigator.onLine) return;
  try {
    return await deliveryPart();
  } catch (error) {
    const reason = `the delivery part could not be loaded (${(error as Error).message})`;
    console.warn(`Masukan outbox: ${reason}; the answers wait on this device`);
    for (const entry of pending) emit('masukan-retry', { ...entry, lastError: failure(0, reason) });
  }
}

/**
 * Delivers every due entry now. Resolves after a pass that started after the call (it waits for a pass in progress,
 * here or in another tab). Never rejects: problems end up in the entries. While the browser reports being offline
 * nothing is sent; the `online` event, the page becoming visible, each submit and the retry timer flush again.
 * The script-tag build first fetches the delivery part, once the outbox holds a pending entry.
 */
export async function flushOutbox(name = 'masukan'): Promise<void> {
  const delivery = await deliveryFor(name);
  return delivery ? delivery.flush(name) : changed(name);
}

declare global {
  interface DocumentEventMap {
    /** A response was delivered (2xx or 409) and left the outbox. */
    'masukan-delivered': CustomEvent<OutboxEntry>;
    /** An attempt did not deliver a response; it is tried again at `next`, and `lastError` says why. */
    'masukan-retry': CustomEvent<OutboxEntry>;
    /** A response was refused for good or found corrupted; it is kept in the failed store. */
    'masukan-failed': CustomEvent<OutboxEntry>;
    /** The outbox counts after a flush, retry or delete. */
    'masukan-outbox-change': CustomEvent<OutboxCounts>;
  }
}
