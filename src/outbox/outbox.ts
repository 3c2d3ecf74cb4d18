/**
 * The device outbox: every response is written to IndexedDB first, then POSTed to its endpoint until the endpoint
 * accepts it. Several surveys and endpoints share one outbox (each entry remembers its endpoint). All functions take
 * an optional outbox name (the IndexedDB database, default `masukan`, object store `outbox`), so tests and separate
 * apps can keep apart. Pending and failed entries live in the same object store: an entry with `failed` set is in the
 * "failed store", so moving it there (or back) is one atomic write that can never lose or duplicate it.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { SurveyResponse } from '../core/schema.js';

/** Why an entry stopped being retried. */
export interface OutboxFailure {
  /** The HTTP status, or 0 for an entry that was corrupted in storage. */
  status: number;
  /** When it failed (ISO 8601). */
  at: string;
  /** The start of the endpoint's answer, or what was wrong with a corrupted entry. */
  reason: string;
}

/** One stored response and its delivery state. */
export interface OutboxEntry {
  /** Storage key: base-36 time of enqueueing, then the response id. Sorts oldest first; never collides. */
  key: string;
  /** Where it is POSTed (an absolute URL). */
  endpoint: string;
  /** The response (for an entry quarantined as corrupted: whatever was found in storage). */
  response: SurveyResponse;
  /** Extra request headers (an API key …). Never included in `exportOutbox`. */
  headers?: Record<string, string>;
  /** Delivery attempts that ended in a retryable outcome. */
  attempts: number;
  /** Epoch milliseconds before which the entry is not tried again. */
  next: number;
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

/** Tunables, shared by every outbox on the page; read at each attempt. */
export const outboxSettings = {
  /** Request timeout in milliseconds. */
  timeout: 20000,
  /** Backoff base in milliseconds: the n-th retry waits a random time up to base × 2^(n-1) … */
  backoff: 1000,
  /** … capped at this many milliseconds (5 minutes). */
  maxBackoff: 300000,
};

const stores = new Map<string, UseStore>();
const tails = new Map<string, Promise<void>>();
const queued = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
/**
 * Responses the device could not store (storage full, IndexedDB unavailable), by key, with their outbox name: kept
 * in memory and retried with every flush for as long as the page stays open, so a counter tablet whose storage fails
 * still delivers once the network is back.
 */
const unsaved = new Map<string, [string, OutboxEntry]>();
const inMemory = (name: string) => [...unsaved.values()].filter(([n]) => n == name).map(([, e]) => [e.key, e] as const);

/** Runs `f` in one readwrite transaction; resolves once it is committed. */
const write = (s: UseStore, f: (os: IDBObjectStore) => unknown) =>
  s('readwrite', os => (f(os), promisifyRequest(os.transaction)));
const put = (s: UseStore, key: string, value: unknown) => write(s, os => os.put(value, key));
/**
 * Stores a new response with strict durability: flushed to disk, not only to the OS cache (Chrome's default is
 * "relaxed"), so a power cut right after the thank-you view cannot lose it. idb-keyval's stores open relaxed
 * transactions, so this borrows the store's connection for one transaction of its own.
 */
const putStrict = (s: UseStore, key: string, value: unknown) =>
  s('readonly', os => os.transaction.db).then(db => {
    const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
    tx.objectStore('outbox').put(value, key);
    return promisifyRequest(tx);
  });
const del = (s: UseStore, key: string) => write(s, os => os.delete(key));
/** Changes an entry, unless it was deleted meanwhile. */
const patch = (s: UseStore, key: string, changes: Partial<OutboxEntry>) =>
  write(s, os => {
    const r = os.get(key);
    r.onsuccess = () => r.result && os.put({ ...r.result, ...changes }, key);
  });
/** Every [key, value], in key order (oldest first). */
const all = (s: UseStore) =>
  s('readonly', os => Promise.all([promisifyRequest(os.getAllKeys()), promisifyRequest(os.getAll())])).then(
    ([keys, values]) => keys.map((key, i) => [key as string, values[i] as OutboxEntry] as const),
  );

/**
 * Outbox events go to `document` (and bubble to `window`), once per event and page whatever the number of survey
 * elements, and also for deliveries of responses submitted before a reload.
 */
const emit = (type: string, detail: unknown) =>
  document.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));

/** The idb-keyval store of an outbox; the first use on the page also starts the flush triggers. */
function store(name: string): UseStore {
  let s = stores.get(name);
  if (!s) {
    if (!stores.size) {
      const all = () => stores.forEach((_, n) => flushOutbox(n));
      addEventListener('online', all);
      document.addEventListener('visibilitychange', () => document.hidden || all());
    }
    stores.set(name, (s = createStore(name, 'outbox')));
  }
  return s;
}

/** Pending and failed entries, oldest first. */
export async function readOutbox(name = 'masukan'): Promise<{ pending: OutboxEntry[]; failed: OutboxEntry[] }> {
  const values = [...inMemory(name), ...(await all(store(name)))].map(([, v]) => v);
  return { pending: values.filter(e => !e?.failed), failed: values.filter(e => e?.failed) };
}

async function changed(name: string): Promise<void> {
  const { pending, failed } = await readOutbox(name);
  emit('masukan-outbox-change', { pending: pending.length, failed: failed.length, outbox: name });
}

/**
 * Stores a response for delivery, resolving once it is on the device, then starts a flush. When the device cannot
 * store it, the response is kept in memory and sent right away (and with every flush while the page stays open),
 * and the returned promise rejects, so the caller can say so.
 */
export async function enqueue(
  response: SurveyResponse,
  endpoint: string,
  headers?: Record<string, string>,
  name = 'masukan',
): Promise<void> {
  const key = Date.now().toString(36).padStart(9, '0') + '-' + response.id;
  // Absolute, so another page of the site (another path) can deliver it too.
  endpoint = new URL(endpoint, location.href).href;
  const entry: OutboxEntry = { key, endpoint, response, headers, attempts: 0, next: 0 };
  try {
    await putStrict(store(name), key, entry);
  } catch (error) {
    unsaved.set(key, [name, entry]);
    throw error;
  } finally {
    flushOutbox(name);
  }
}

/**
 * One POST. `ok`: delivered; `retry`: try again later; neither: permanent failure. `keepalive` (so the request
 * survives the tab being closed right after Kirim) only for the few entries of a normal flush: it is slower, and the
 * browser allows 64 KB of keepalive bodies in flight.
 */
async function post(entry: OutboxEntry, few: boolean): Promise<{ ok?: boolean; retry?: boolean; res?: Response }> {
  const body = JSON.stringify(entry.response);
  try {
    const res = await fetch(entry.endpoint, {
      method: 'POST',
      headers: { ...entry.headers, 'content-type': 'application/json', 'idempotency-key': entry.response.id },
      body,
      credentials: 'omit',
      keepalive: few && body.length < 15000,
      signal: AbortSignal.timeout?.(outboxSettings.timeout),
    });
    const s = res.status;
    return { ok: res.ok || s == 409, retry: s > 499 || [408, 425, 429].includes(s), res };
  } catch {
    return { retry: true };
  }
}

/** Sends what is due, oldest first, a few at a time, under a lock so one tab at a time flushes a given outbox. */
async function pass(name: string): Promise<void> {
  const s = store(name);
  const paused = new Map<string, number>();
  let wake = Infinity;
  // Entries only in memory go first; if storage cannot even be read, those are still sent.
  const list = navigator.onLine ? [...inMemory(name), ...(await all(s).catch(() => []))] : [];
  const few = list.length < 5;
  const worker = async (): Promise<void> => {
    for (let item; (item = list.shift());) {
      const [key, e] = item;
      if (e?.failed) continue;
      const now = Date.now();
      if (!SurveyResponse.safeParse(e?.response).success || typeof e.endpoint != 'string') {
        const failed = { status: 0, at: new Date().toISOString(), reason: 'corrupted entry' };
        const bad = { key, endpoint: '' + e?.endpoint, response: e?.response ?? e, attempts: 0, next: 0, failed };
        await put(s, key, bad);
        emit('masukan-failed', bad);
        continue;
      }
      const due = Math.max(e.next, paused.get(e.endpoint) ?? 0);
      if (due > now) {
        wake = Math.min(wake, due);
        continue;
      }
      const { ok, retry, res } = await post(e, few);
      if (ok) {
        // A failed delete only means a later repeat, which the endpoint answers with 409.
        if (!unsaved.delete(key)) await del(s, key).catch(() => {});
        emit('masukan-delivered', e);
      } else if (retry) {
        const after = res?.headers.get('retry-after');
        // Retry-After (seconds or an HTTP date; at least 1 s, so "0" cannot make a busy loop), else full jitter.
        let wait = after ? Math.max(1e3, isNaN(+after) ? Date.parse(after) - now : +after * 1000) : NaN;
        if (!(wait >= 0))
          wait = Math.random() * Math.min(outboxSettings.maxBackoff, outboxSettings.backoff * 2 ** e.attempts);
        e.next = Date.now() + wait;
        paused.set(e.endpoint, e.next);
        wake = Math.min(wake, e.next);
        await patch(s, key, { attempts: ++e.attempts, next: e.next }).catch(() => {});
      } else {
        e.failed = {
          status: res!.status,
          at: new Date().toISOString(),
          reason: (await res!.text().catch(() => '')).slice(0, 300),
        };
        await patch(s, key, { failed: e.failed }).catch(() => {});
        emit('masukan-failed', e);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  clearTimeout(timers.get(name));
  if (wake < Infinity)
    timers.set(
      name,
      setTimeout(() => flushOutbox(name), Math.min(wake - Date.now(), 3e5)),
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
        return navigator.locks ? navigator.locks.request('masukan-outbox-' + name, run).catch(run) : run();
      }),
    );
  }
  return tails.get(name)!;
}

/** Moves a failed entry back to pending and flushes (after the endpoint or the data was fixed). */
export async function retryFailed(key: string, name = 'masukan'): Promise<void> {
  await patch(store(name), key, { failed: undefined, attempts: 0, next: 0 });
  return flushOutbox(name);
}

/** Deletes one entry, pending or failed, for good. */
export async function deleteEntry(key: string, name = 'masukan'): Promise<void> {
  await del(store(name), key);
  return changed(name);
}

/**
 * Downloads the pending and failed entries (without their request headers) as a JSON file, for offices that carry
 * data out by hand, and returns the file. Nothing is removed.
 */
export async function exportOutbox(name = 'masukan'): Promise<Blob> {
  const strip = (list: OutboxEntry[]) => list.map(({ headers, ...e }) => e);
  const { pending, failed } = await readOutbox(name);
  const at = new Date().toISOString();
  const blob = new Blob([JSON.stringify({ exportedAt: at, pending: strip(pending), failed: strip(failed) }, null, 1)], {
    type: 'application/json',
  });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${name}-${at.slice(0, 10)}.json`;
  a.click();
  URL.revokeObjectURL(a.href);
  return blob;
}

declare global {
  interface DocumentEventMap {
    /** A response was accepted by its endpoint (2xx or 409) and left the outbox. */
    'masukan-delivered': CustomEvent<OutboxEntry>;
    /** A response was refused for good (4xx) or found corrupted; it is kept in the failed store. */
    'masukan-failed': CustomEvent<OutboxEntry>;
    /** The outbox counts after a flush, retry or delete. */
    'masukan-outbox-change': CustomEvent<OutboxCounts>;
  }
}
