// A token bucket per caller: `rate` requests per second on average, `burst` at once. In memory, per process: with N
// collectors behind a load balancer a caller gets up to N times the rate, which is the point of a per-process guard
// (it keeps one kiosk or one address from starving the others; a gateway can enforce a global limit).

/** Returns `take(caller)`: 0 when the request may go ahead, else the milliseconds to wait. */
export function createRateLimiter(rate, burst) {
  const buckets = new Map();
  return function take(caller) {
    const now = Date.now();
    let bucket = buckets.get(caller);
    if (!bucket) {
      if (buckets.size >= 100000) buckets.clear(); // hostile load with many addresses: start afresh, never grow
      bucket = { tokens: burst, at: now };
      buckets.set(caller, bucket);
    }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - bucket.tokens) / rate) * 1000);
  };
}
