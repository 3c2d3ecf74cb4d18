/**
 * The delivery part of the outbox (see `outbox.ts`): hands each due entry to its transport, records the outcome,
 * retries with backoff, quarantines what is refused for good, and the staff functions. Importing this module makes
 * it the delivery part of the page (`index.ts` does); the script-tag build fetches it as `masukan-delivery.min.js`.
 */
import { checkResponse } from '../core/response.js';
import { write } from './store.js';
import { fetchTransport, type Delivery, type Transport } from './transport.js';
import {
  absolute,
  changed,
  emit,
  failure,
  flushOutbox,
  inMemory,
  outboxSettings,
  readOutbox,
  state,
  store,
  stored,
  transportKey,
  type OutboxEntry,
} from './outbox.js';

const tails = new Map<string, Promise<void>>();
const queued = new Set<string>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();

/**
 * Changes an entry (unless it was deleted meanwhile) wherever it lives, memory or storage; without `changes`,
 * deletes it.
 */
async function update(name: string, key: string, changes?: Partial<OutboxEntry>): Promise<void> {
  const memory = state.unsaved.get(key)?.[1];
  if (memory) return void (changes ? Object.assign(memory, changes) : state.unsaved.delete(key));
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

/** The transport of an entry: the one set for its endpoint, else fetch for http(s) URLs, else none (yet). */
const transportFor = (name: string, endpoint: string): Transport | undefined =>
  state.transports.get(transportKey(name, endpoint)) ??
  (/^https?:/.test(absolute(endpoint)) ? fetchTransport : undefined);

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

/** Sends what is due, oldest first, a few at a time. One pass at a time per outbox (see `flush`). */
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
 * What `flushOutbox` does once this part is loaded: a pass that starts after the call (after a pass in progress,
 * here or in another tab). Never rejects.
 */
function flush(name: string): Promise<void> {
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

export { fetchTransport };

// The first delivery part loaded on the page is the one it uses (the script-tag file, the kiosk file and an ESM build
// may each bring one).
state.delivery ??= { flush, retryFailed, deleteEntry, exportOutbox, fetchTransport };
