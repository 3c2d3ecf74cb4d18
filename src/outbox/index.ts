// The device outbox, also importable on its own: `import { flushOutbox } from 'masukan/outbox'`. Its events
// (`masukan-delivered`, `masukan-failed`, `masukan-outbox-change`) are dispatched on `document`.
export { deleteEntry, enqueue, exportOutbox, flushOutbox, outboxSettings, readOutbox, retryFailed } from './outbox.js';
export type { OutboxCounts, OutboxEntry, OutboxFailure } from './outbox.js';
