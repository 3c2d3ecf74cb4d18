// masukan-collector: the collector as a library (the command is bin/masukan-collector.mjs).
export { createCollector, listen, harden, LIMITS } from './collector.mjs';
export { openDatabase } from './database.mjs';
export { createKey, listKeys, revokeKey, ikmTallies, storeResponses } from './store.mjs';
