// Response ids, on any page (no zod, no DOM: the reports share the engine that uses it).

/**
 * A version 4 UUID from `crypto.getRandomValues`, which, unlike `crypto.randomUUID`, also exists on pages that are
 * not a secure context (a plain-http intranet or a kiosk on a LAN).
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
