/**
 * Where an outbox lives in IndexedDB. An outbox named `masukan` uses the database `masukan` when that database holds
 * an `outbox` store (every outbox made by Masukan 0.1), and otherwise the database `masukan-outbox`, which it creates.
 * So a host page's own database that happens to be called `masukan` is never changed, and no upgrade ever waits for
 * the host to close its connection.
 */
import { promisifyRequest } from 'idb-keyval';

/** Runs `f` on the outbox store in one transaction. Rejects (never throws) when IndexedDB is missing or refuses. */
export type OutboxStore = <T>(
  mode: IDBTransactionMode,
  f: (store: IDBObjectStore) => T | PromiseLike<T>,
  durability?: IDBTransactionDurability,
) => Promise<T>;

/**
 * Opens database `name` if it holds an outbox store. `create`: creates it with the store when it does not exist
 * yet; otherwise a database that does not exist is not created, and resolves as undefined like a foreign one.
 */
function openDatabase(name: string, create: boolean): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    // Inside the executor, so that an `indexedDB` that is missing or throws (a sandboxed frame) rejects.
    const request = indexedDB.open(name);
    request.onupgradeneeded = () =>
      create ? request.result.createObjectStore('outbox') : request.transaction!.abort();
    request.onsuccess = () => {
      const db = request.result;
      if (db.objectStoreNames.contains('outbox')) return resolve(db);
      db.close();
      resolve(undefined);
    };
    request.onerror = () => (create ? reject(request.error) : resolve(undefined));
  });
}

/** The store of outbox `name`; the connection opens on first use and again after it closed or failed. */
export function createOutboxStore(name: string): OutboxStore {
  let connection: Promise<IDBDatabase> | undefined;
  const connect = () => {
    connection = openDatabase(name, false)
      .then(db => db ?? openDatabase(`${name}-outbox`, true))
      .then(db => {
        if (!db) throw new Error(`IndexedDB database ${name}-outbox has no outbox store`);
        const forget = () => {
          connection = undefined;
          db.close();
        };
        // Closed by the browser (storage cleared), or another page wants to upgrade or delete the database.
        db.onclose = db.onversionchange = forget;
        return db;
      });
    connection.catch(() => (connection = undefined));
    return connection;
  };
  return (mode, f, durability) =>
    (connection ?? connect()).then(db => f(db.transaction('outbox', mode, { durability }).objectStore('outbox')));
}

/** Runs `f` in one readwrite transaction; resolves once it is committed. */
export const write = (
  store: OutboxStore,
  f: (store: IDBObjectStore) => unknown,
  durability?: IDBTransactionDurability,
): Promise<unknown> =>
  store(
    'readwrite',
    os => {
      f(os);
      return promisifyRequest(os.transaction);
    },
    durability,
  );
