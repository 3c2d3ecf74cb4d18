/**
 * How a stored response leaves the device. A transport is just a function from an outbox entry to the outcome of one
 * attempt; the outbox stores, retries, quarantines and reports, whatever the transport. `fetchTransport` POSTs to the
 * entry's endpoint and is the default for http(s) endpoints.
 */
import type { OutboxEntry } from './outbox.js';

/** The outcome of one delivery attempt. */
export interface Delivery {
  /**
   * `delivered`: accepted, the entry leaves the outbox. `retry`: try again later (network error, busy server).
   * `failed`: refused for good, the entry moves to the failed store for staff.
   */
  outcome: 'delivered' | 'retry' | 'failed';
  /** The HTTP status, or 0 when there was no HTTP answer. */
  status?: number;
  /** Why it was not delivered, for staff: the start of the endpoint's answer, or what went wrong. */
  reason?: string;
  /** `retry`: wait at least this many milliseconds (the endpoint's Retry-After). */
  retryAfter?: number;
}

/** What the outbox gives a transport for one attempt. */
export interface AttemptOptions {
  /** Whether the request should outlive the page (few entries are due, so the browser's keepalive quota suffices). */
  keepalive: boolean;
  /** Aborts the attempt after `outboxSettings.timeout` (absent in browsers without `AbortSignal.timeout`). */
  signal?: AbortSignal;
}

/**
 * Delivers one entry. A transport that throws or rejects counts as `retry`, with the error as the reason. It is kept
 * in memory only: set it again on every page load (see `setTransport`).
 */
export type Transport = (entry: OutboxEntry, options: AttemptOptions) => Promise<Delivery>;

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from now; undefined when absent or unreadable. */
function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = isNaN(Number(value)) ? Date.parse(value) - Date.now() : Number(value) * 1000;
  return isNaN(ms) ? undefined : ms;
}

/** Where a redirecting endpoint leads: a HEAD request (no answer in it) follows the redirects. Empty when unknown. */
const redirectTarget = (endpoint: string) =>
  fetch(endpoint, { method: 'HEAD', credentials: 'omit' }).then(
    res => (res.url === endpoint ? '' : res.url),
    () => '',
  );

/**
 * POSTs the response as JSON with its id as `Idempotency-Key`, without cookies. 2xx and 409 (already stored) are
 * delivered; a network error, a timeout, 408, 425, 429 and 5xx are retried (honouring Retry-After); any other answer
 * is a failure. A redirect is never followed with the answer (the browser would re-send it as a GET, whose 200 means
 * nothing): it fails with the URL to use instead. A request that cannot even be built (a header that cannot be sent,
 * an invalid URL) fails too, since retrying cannot fix it.
 */
export const fetchTransport: Transport = async (entry, { keepalive, signal }) => {
  const body = JSON.stringify(entry.response);
  let request: Request;
  try {
    request = new Request(entry.endpoint, {
      method: 'POST',
      headers: { ...entry.headers, 'content-type': 'application/json', 'idempotency-key': entry.response.id },
      body,
      credentials: 'omit',
      redirect: 'manual',
      keepalive: keepalive && body.length < 15000,
      signal,
    });
  } catch (error) {
    return { outcome: 'failed', status: 0, reason: `the request cannot be built: ${(error as Error).message}` };
  }
  let res: Response;
  try {
    res = await fetch(request);
  } catch (error) {
    return { outcome: 'retry', status: 0, reason: (error as Error).message };
  }
  const { status } = res;
  if (res.type === 'opaqueredirect' || (status > 299 && status < 400)) {
    const target = await redirectTarget(entry.endpoint);
    return { outcome: 'failed', status, reason: `the endpoint redirects${target && ` to ${target}`}; use that URL` };
  }
  if (res.ok || status === 409) return { outcome: 'delivered', status };
  const reason = (await res.text().catch(() => '')).slice(0, 300);
  return status > 499 || [408, 425, 429].includes(status)
    ? { outcome: 'retry', status, reason, retryAfter: retryAfter(res.headers.get('retry-after')) }
    : { outcome: 'failed', status, reason };
};
