/**
 * Staff PINs kept only as a salted, iterated SHA-256 hash: `sha256:<iterations>:<salt>:<hex>`, where
 * hash₀ = SHA-256(salt + PIN) and hashᵢ = SHA-256(hashᵢ₋₁). SHA-256 is written out here because `crypto.subtle`
 * exists only in secure contexts, and a counter tablet may open its page over plain http on an office LAN.
 * `scripts/kiosk-pin.mjs` makes the same hash with Node's crypto.
 */

const K = new Uint32Array(64);
{
  // The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  let n = 0;
  for (let candidate = 2; n < 64; candidate++) {
    let prime = true;
    for (let d = 2; d * d <= candidate; d++) if (candidate % d === 0) prime = false;
    if (prime) K[n++] = Math.floor((Math.cbrt(candidate) % 1) * 2 ** 32);
  }
}
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of some bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  const length = data.length;
  const blocks = Math.ceil((length + 9) / 64);
  const bytes = new Uint8Array(blocks * 64);
  bytes.set(data);
  bytes[length] = 0x80;
  const view = new DataView(bytes.buffer);
  view.setUint32(bytes.length - 8, Math.floor(length / 2 ** 29));
  view.setUint32(bytes.length - 4, (length * 8) >>> 0);
  const h = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  for (let block = 0; block < blocks; block++) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block * 64 + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i++) {
      const t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
      const t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = h[i] + v));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');

function iterate(pin: string, salt: string, iterations: number): string {
  let hash = sha256(new TextEncoder().encode(salt + pin));
  for (let i = 1; i < iterations; i++) hash = sha256(hash);
  return hex(hash);
}

/**
 * The stored form of a PIN. `salt` defaults to 16 random bytes (in hex); pass one for a reproducible hash.
 * Put the result in `<masukan-kiosk staff-pin="…">`.
 */
export function hashPin(pin: string, salt?: string, iterations = 20000): string {
  salt ??= hex(crypto.getRandomValues(new Uint8Array(16)));
  return `sha256:${iterations}:${salt}:${iterate(pin, salt, iterations)}`;
}

/** True when `pin` matches a stored hash made by `hashPin`; false for a malformed one. */
export function verifyPin(pin: string, stored: string): boolean {
  const [scheme, rounds, salt, expected] = stored.trim().split(':');
  const iterations = Number(rounds);
  if (scheme !== 'sha256' || !Number.isInteger(iterations) || iterations < 1 || iterations > 1e6 || !expected)
    return false;
  return iterate(pin, salt, iterations) === expected.toLowerCase();
}

/** Seconds a PIN entry stays locked after `failures` wrong PINs in a row: 0, then 1, 2, 4 … up to 5 minutes. */
export function pinLockSeconds(failures: number): number {
  return failures < 1 ? 0 : Math.min(300, 2 ** (failures - 1));
}
