/**
 * The device outbox: every response is written to IndexedDB first, then handed to its transport (by default a POST
 * to its endpoint) until it is delivered. Several surveys and endpoints share one outbox (each entry remembers its
 * endpoint). All functions take an optional outbox name (default `masukan`, see `store.ts` for the database), so tests
 * and separate apps can keep apart. Pending and failed entries live in the same object store: an entry with `failed`
 * set is in the "failed store", so moving it there (or back) is one atomic write that can never lose or duplicate it.
 */
import { promisifyRequest } from 'idb-keyval';
import type { SurveyResponse } from '../core/schema.js';
import { checkResponse } from '../core/response.js';
import { createOutboxStore, write, type OutboxStore } from './store.js';
import { fetchTransport, type Delivery, type Transport } from './transport.js';

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

/** Where `enqueue` sends a response. */
export interface EnqueueOptions {
  /** An http(s) URL (relative to the page), or a name given to `setTransport`. */
  endpoint: string;
  /** Extra request headers for the fetch transport (an API key …). */
  headers?: Record<string, string>;
}

/** Tunables, shared by every outbox on the page; read at each attempt. */
export const outboxSettings = {
  /** Request timeout in milliseconds. */
  timeout: 20000,
  /** Backoff base in milliseconds: the n-th retry waits a random time up to base × 2^(n-1) … */
  backoff: 1000,
  /** … and no wait (backoff or Retry-After) is ever longer than this many milliseconds (5 minutes). */
  maxBackoff: 300000,
};

const stores = new Map<string, OutboxStore>();
const tails = new Map<string, Promise<void>>();
const queued = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
/** Transports set by `setTransport`, by outbox name and endpoint. */
const transports = new Map<string, Transport>();
const transportKey = (name: string, endpoint: string) => `${name} ${absolute(endpoint)}`;
/**
 * Responses the device could not store (storage full, IndexedDB missing or refusing), by key, with their outbox
 * name: kept in memory and retried with every flush for as long as the page stays open, so a counter tablet whose
 * storage fails still delivers once the network is back.
 */
const unsaved = new Map<string, [string, OutboxEntry]>();
const inMemory = (name: string) =>
  [...unsaved.values()].filter(([n]) => n === name).map(([, e]) => [e.key, e as unknown] as const);

const failure = (status: number, reason: string): OutboxFailure => ({ status, at: new Date().toISOString(), reason });

/** An endpoint as stored: absolute, so another page of the site can deliver it; as given when it is no URL at all. */
function absolute(endpoint: string): string {
  try {
    return new URL(endpoint, location.href).href;
  } catch {
    return endpoint;
  }
}

/** Every [key, value] in storage, in key order (oldest first). */
const stored = (s: OutboxStore) =>
  s('readonly', os => Promise.all([promisifyRequest(os.getAllKeys()), promisifyRequest(os.getAll())])).then(
    ([keys, values]) => keys.map((key, i) => [key as string, values[i] as unknown] as const),
  );

/**
 * Outbox events go to `document` (and bubble to `window`), once per event and page whatever the number of survey
 * elements, and also for deliveries of responses submitted before a reload.
 */
const emit = (type: string, detail: unknown) =>
  document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));

/** The store of an outbox; the first use on the page also starts the flush triggers. */
function store(name: string): OutboxStore {
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

/**
 * Changes an entry (unless it was deleted meanwhile) wherever it lives, memory or storage; without `changes`,
 * deletes it.
 */
async function update(name: string, key: string, changes?: Partial<OutboxEntry>): Promise<void> {
  const memory = unsaved.get(key)?.[1];
  if (memory) return void (changes ? Object.assign(memory, changes) : unsaved.delete(key));
  await write(store(name), os => {
    if (!changes) return os.delete(key);
    const r = os.get(key);
    r.onsuccess = () => r.result && os.put({ ...r.result, ...changes }, key);
  });
}
/**
 * The same after a delivery attempt, where a failed write only means that the entry is tried again (a repeat the
 * endpoint answers with 409).
 */
const record = (name: string, key: string, changes?: Partial<OutboxEntry>) =>
  update(name, key, changes).catch(() => {});

/** Pending and failed entries (those kept only in memory first, then the stored ones oldest first). */
export async function readOutbox(name = 'masukan'): Promise<{ pending: OutboxEntry[]; failed: OutboxEntry[] }> {
  const values = [...inMemory(name), ...(await stored(store(name)).catch(() => []))].map(([, v]) => v as OutboxEntry);
  return { pending: values.filter(e => !e?.failed), failed: values.filter(e => e?.failed) };
}

async function changed(name: string): Promise<void> {
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
  if (transport) transports.set(transportKey(name, endpoint), transport);
  else transports.delete(transportKey(name, endpoint));
}

/** The transport of an entry: the one set for its endpoint, else fetch for http(s) URLs, else none (yet). */
const transportFor = (name: string, endpoint: string): Transport | undefined =>
  transports.get(transportKey(name, endpoint)) ?? (/^https?:/.test(absolute(endpoint)) ? fetchTransport : undefined);

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
    unsaved.set(key, [name, entry]);
    throw error;
  } finally {
    flushOutbox(name);
  }
}

/**
 * Step 1 of a delivery: the entry as it can be sent (its response passed through the response rule again, so a
 * language tag stored by an older version is normalised), or undefined after moving a corrupted one to the failed
 * store.
 */
async function sendable(name: string, key: string, value: unknown): Promise<OutboxEntry | undefined> {
  const e = value as OutboxEntry | null;
  const checked = checkResponse(e?.response);
  if (checked.success && typeof e!.endpoint === 'string') return { ...e!, response: checked.data };
  const failed = failure(0, 'corrupted entry');
  const bad = { key, endpoint: String(e?.endpoint), response: e?.response ?? value, attempts: 0, next: 0, failed };
  await write(store(name), os => os.put(bad, key)).catch(() => {});
  emit('masukan-failed', bad);
}

/**
 * Step 2: when an entry is due. A `next` further away than any wait the outbox schedules was computed with a clock
 * that has since been corrected (or tampered with): it is due now.
 */
const dueAt = (next: number, now: number) => (next - now > outboxSettings.maxBackoff ? now : next);

/**
 * Step 3, after a retryable attempt: how long to wait. Retry-After (at least 1 s, so "0" cannot make a busy loop),
 * else exponential backoff with full jitter; never longer than `maxBackoff`.
 */
function retryDelay(attempts: number, retryAfter: number | undefined): number {
  const { backoff, maxBackoff } = outboxSettings;
  return retryAfter === undefined
    ? Math.random() * Math.min(maxBackoff, backoff * 2 ** attempts)
    : Math.min(maxBackoff, Math.max(1000, retryAfter));
}

/**
 * One attempt for one due entry: hands it to the transport, records the outcome and tells the page. Returns the
 * time of the next attempt after a retryable outcome.
 */
async function deliverOne(
  name: string,
  entry: OutboxEntry,
  transport: Transport,
  keepalive: boolean,
): Promise<number | undefined> {
  const signal = AbortSignal.timeout?.(outboxSettings.timeout);
  const delivery: Delivery = await transport(entry, { keepalive, signal }).catch((error: Error) => ({
    outcome: 'retry',
    reason: String(error?.message ?? error),
  }));
  const { key } = entry;
  const why = failure(delivery.status ?? 0, delivery.reason ?? '');
  if (delivery.outcome === 'delivered') {
    await record(name, key);
    emit('masukan-delivered', entry);
  } else if (delivery.outcome === 'failed') {
    await record(name, key, { failed: why });
    emit('masukan-failed', { ...entry, failed: why });
  } else {
    const changes = {
      attempts: entry.attempts + 1,
      next: Date.now() + retryDelay(entry.attempts, delivery.retryAfter),
      lastError: why,
    };
    await record(name, key, changes);
    emit('masukan-retry', { ...entry, ...changes });
    return changes.next;
  }
}

/** Sends what is due, oldest first, a few at a time. One pass at a time per outbox (see `flushOutbox`). */
async function pass(name: string): Promise<void> {
  const paused = new Map<string, number>(); // endpoint → until, after it asked to wait
  let wake = Infinity;
  // Entries only in memory go first (they are lost if the page closes); if storage cannot even be read, those are
  // still sent.
  const list = navigator.onLine ? [...inMemory(name), ...(await stored(store(name)).catch(() => []))] : [];
  const keepalive = list.length < 5;
  const worker = async (): Promise<void> => {
    for (let item; (item = list.shift());) {
      const [key, value] = item;
      if ((value as OutboxEntry | null)?.failed) continue;
      const entry = await sendable(name, key, value);
      const transport = entry && transportFor(name, entry.endpoint);
      if (!entry || !transport) continue;
      const now = Date.now();
      const due = Math.max(dueAt(entry.next, now), paused.get(entry.endpoint) ?? 0);
      if (due > now) {
        wake = Math.min(wake, due);
        continue;
      }
      const next = await deliverOne(name, entry, transport, keepalive);
      if (next) {
        paused.set(entry.endpoint, next);
        wake = Math.min(wake, next);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  clearTimeout(timers.get(name));
  // (setTimeout cannot wait longer than 2^31 - 1 ms: it would fire at once.)
  if (wake < Infinity)
    timers.set(
      name,
      setTimeout(() => flushOutbox(name), Math.min(wake - Date.now(), 2 ** 31 - 1)),
    );
  await changed(name).catch(() => {});
}

/**
 * Delivers every due entry now. Resolves after a pass that started after the call (it waits for a pass in progress,
 * here or in another tab). Never rejects: problems end up in the entries. While the browser reports being offline
 * nothing is sent; the `online` event, the page becoming visible, each submit and the retry timer flush again.
 */
export function flushOutbox(name = 'masukan'): Promise<void> {
  if (!queued.has(name)) {
    queued.add(name);
    const run = () => pass(name).catch(error => console.error('Masukan outbox:', error));
    tails.set(
      name,
      (tails.get(name) ?? Promise.resolve()).then(() => {
        queued.delete(name);
        // Web Locks exist only in secure contexts; elsewhere two tabs may both send, and the idempotency key covers it.
        return navigator.locks ? navigator.locks.request('masukan-outbox-' + name, run).catch(run) : run();
      }),
    );
  }
  return tails.get(name)!;
}

/** Moves a failed entry back to pending and flushes (after the endpoint or the data was fixed). */
export async function retryFailed(key: string, name = 'masukan'): Promise<void> {
  await update(name, key, { failed: undefined, attempts: 0, next: 0 });
  return flushOutbox(name);
}

/** Deletes one entry, pending or failed, for good. */
export async function deleteEntry(key: string, name = 'masukan'): Promise<void> {
  await update(name, key);
  return changed(name);
}

/**
 * Downloads the pending and failed entries (without their request headers) as a JSON file, for offices that carry
 * data out by hand, and returns the file. Nothing is removed. An entry that JSON cannot hold (a cycle, a BigInt,
 * written by something else than Masukan) is left out, listed in the file's `skipped` with the reason, and logged.
 */
export async function exportOutbox(name = 'masukan'): Promise<Blob> {
  const skipped: { key: string; reason: string }[] = [];
  const exportable = (list: OutboxEntry[]) =>
    list.flatMap(({ headers, ...e }) => {
      try {
        return [JSON.parse(JSON.stringify(e)) as OutboxEntry];
      } catch (error) {
        skipped.push({ key: String(e.key), reason: (error as Error).message });
        return [];
      }
    });
  const { pending, failed } = await readOutbox(name);
  const at = new Date().toISOString();
  const file = { exportedAt: at, pending: exportable(pending), failed: exportable(failed), skipped };
  if (skipped.length) console.error('Masukan outbox: entries that cannot be exported as JSON', skipped);
  const blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}-${at.slice(0, 10)}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
  return blob;
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
