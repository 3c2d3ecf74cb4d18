// The device outbox, also importable on its own: `import { flushOutbox } from 'masukan/outbox'`.
export {
  deleteEntry,
  enqueue,
  exportOutbox,
  flushOutbox,
  outboxEvents,
  outboxSettings,
  readOutbox,
  retryFailed,
} from './outbox.js';
export type { OutboxCounts, OutboxEntry, OutboxFailure } from './outbox.js';
