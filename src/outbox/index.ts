// The device outbox, also importable on its own: `import { flushOutbox } from 'masukan/outbox'`. Its events
// (`masukan-delivered`, `masukan-retry`, `masukan-failed`, `masukan-outbox-change`) are dispatched on `document`.
// Import the outbox from here: this module brings both parts, what every page needs at once (`outbox.ts`,
// `enqueue.ts`) and the delivery part (`delivery.ts`), which `masukan.min.js` fetches on demand instead.
export { enqueue } from './enqueue.js';
export type { EnqueueOptions } from './enqueue.js';
export { flushOutbox, outboxSettings, readOutbox, setTransport } from './outbox.js';
export type { OutboxCounts, OutboxEntry, OutboxFailure } from './outbox.js';
export { deleteEntry, exportOutbox, fetchTransport, retryFailed } from './delivery.js';
export type { AttemptOptions, Delivery, Transport } from './transport.js';
