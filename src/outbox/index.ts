// The device outbox, also importable on its own: `import { flushOutbox } from 'masukan/outbox'`. Its events
// (`masukan-delivered`, `masukan-retry`, `masukan-failed`, `masukan-outbox-change`) are dispatched on `document`.
// Both parts of it: what every page needs at once (`outbox.ts`) and the delivery part (`delivery.ts`), which
// `masukan.min.js` fetches on demand instead.
export { enqueue, flushOutbox, outboxSettings, readOutbox, setTransport } from './outbox.js';
export type { EnqueueOptions, OutboxCounts, OutboxEntry, OutboxFailure } from './outbox.js';
export { deleteEntry, exportOutbox, fetchTransport, retryFailed } from './delivery.js';
export type { AttemptOptions, Delivery, Transport } from './transport.js';
