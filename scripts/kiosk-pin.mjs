// `npm run kiosk:pin -- 123456`: prints the value for <masukan-kiosk staff-pin="…">, the salted hash of a staff PIN
// (the same algorithm as hashPin in src/core/pin.ts). The PIN itself is never stored anywhere.
import { createHash, randomBytes } from 'node:crypto';

const [pin, salt = randomBytes(16).toString('hex'), rounds = '20000'] = process.argv.slice(2);
if (!pin || !/^\d{4,12}$/.test(pin)) {
  console.error('usage: npm run kiosk:pin -- <PIN of 4 to 12 digits> [salt] [iterations]');
  process.exit(1);
}
let hash = createHash('sha256')
  .update(salt + pin)
  .digest();
for (let i = 1; i < Number(rounds); i++) hash = createHash('sha256').update(hash).digest();
console.log(`sha256:${rounds}:${salt}:${hash.toString('hex')}`);
