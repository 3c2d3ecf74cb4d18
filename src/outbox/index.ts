// The device outbox, also importable on its own: `import { flushOutbox } from 'masukan/outbox'`. Its events
// (`masukan-delivered`, `masukan-retry`, `masukan-failed`, `masukan-outbox-change`) are dispatched on `document`.
export {
  deleteEntry,
  enqueue,
  exportOutbox,
  flushOutbox,
  outboxSettings,
  readOutbox,
  retryFailed,
  setTransport,
} from './outbox.js';
export type { EnqueueOptions, OutboxCounts, OutboxEntry, OutboxFailure } from './outbox.js';
export { fetchTransport } from './transport.js';
export type { AttemptOptions, Delivery, Transport } from './transport.js';
