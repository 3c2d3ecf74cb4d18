/**
 * True when a server answers HTTP at `url`, whatever its status and CORS headers (an opaque `no-cors` HEAD);
 * false when nothing answers: no network, a DNS failure, a refused connection, a timeout. This is what tells staff
 * "the endpoint is wrong or down" apart from "the tablet is offline".
 */
export async function isReachable(url: string, timeout = 10000): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout?.(timeout),
    });
    return true;
  } catch {
    return false;
  }
}
