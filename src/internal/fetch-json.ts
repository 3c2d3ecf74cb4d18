/** The reason `fetchJson` gives for a body that is not JSON. */
export const NOT_JSON = 'not JSON';

/**
 * GETs JSON without credentials (no cookies are ever sent), with `headers` (a collector's `Authorization` key).
 * Rejects with an Error whose message is a short reason for the problem box: `HTTP 404`, `not JSON`, or the
 * browser's network error.
 */
export async function fetchJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json', ...headers } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json().catch(() => {
    throw new Error(NOT_JSON);
  });
}
