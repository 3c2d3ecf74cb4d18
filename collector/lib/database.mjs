// One small interface over the two ways the collector reaches PostgreSQL: embedded PGlite (PostgreSQL compiled to
// WASM, one process owns its data folder) or a PostgreSQL server through the `pg` driver (any number of processes).
// Both run the same SQL and the same migrations.
//
//   const db = await openDatabase({ url: process.env.DATABASE_URL, dir: './data/pglite' });
//   const { rows, rowCount } = await db.query('SELECT $1::int AS n', [1]);
import { mkdir, readdir, readFile } from 'node:fs/promises';

/**
 * @typedef {object} Database
 * @property {'pglite' | 'postgres'} kind
 * @property {(text: string, params?: unknown[]) => Promise<{ rows: any[], rowCount: number }>} query
 *   One statement, committed on its own (autocommit) before the promise resolves.
 * @property {(sql: string) => Promise<void>} exec Several statements separated by `;`, no parameters.
 * @property {<T>(work: (query: Database['query']) => Promise<T>) => Promise<T>} transaction
 * @property {() => Promise<void>} close
 */

const migrations = new URL('../migrations/', import.meta.url);

/**
 * Opens the database and brings its schema up to date.
 * @param {{ url?: string, dir?: string, poolSize?: number, log?: (line: string) => void }} options
 *   url: `postgres://…` for a server; otherwise PGlite in `dir` (default in memory, for tests).
 * @returns {Promise<Database>}
 */
export async function openDatabase({ url, dir, poolSize = 10, log = () => {} } = {}) {
  const db = url ? await openServer(url, poolSize, log) : await openEmbedded(dir);
  try {
    await migrate(db, log);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** @returns {Promise<Database>} */
async function openEmbedded(dir) {
  const { PGlite } = await import('@electric-sql/pglite');
  // relaxedDurability stays off: each query() resolves only after PGlite has written its files (to the operating
  // system: PGlite's file system does not fsync, so a power cut can still lose the last seconds; see the README).
  if (dir) await mkdir(dir, { recursive: true }); // PGlite creates the last folder only (./data may not exist yet)
  const pg = await PGlite.create(dir ? { dataDir: dir } : {});
  // PGlite has one connection. Statements and transactions take turns on it, so that no request's statement runs
  // inside another's transaction. (Not pg.transaction(): it does not wait for the file write after COMMIT, #1065.)
  let tail = Promise.resolve();
  const turn = work => {
    const run = tail.then(work);
    tail = run.catch(() => {});
    return run;
  };
  const run = async (text, params) => {
    const result = await pg.query(text, params);
    return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
  };
  return {
    kind: 'pglite',
    query: (text, params) => turn(() => run(text, params)),
    exec: sql => turn(async () => void (await pg.exec(sql))),
    transaction: work =>
      turn(async () => {
        await pg.exec('BEGIN');
        try {
          const result = await work(run);
          await pg.exec('COMMIT');
          return result;
        } catch (error) {
          await pg.exec('ROLLBACK').catch(() => {});
          throw error;
        }
      }),
    close: () => turn(() => pg.close()),
  };
}

/** @returns {Promise<Database>} */
async function openServer(url, poolSize, log) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10000 });
  // An idle connection that the server drops (restart, failover) must not take the process down.
  pool.on('error', error => log(`collector: database connection lost: ${error.message}`));
  const query = async (text, params) => {
    const result = await pool.query(text, params);
    return { rows: result.rows, rowCount: result.rowCount ?? 0 };
  };
  return {
    kind: 'postgres',
    query,
    exec: async sql => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async (text, params) => {
          const r = await client.query(text, params);
          return { rows: r.rows, rowCount: r.rowCount ?? 0 };
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Applies the files of migrations/ that the database has not seen, in order, each in its own transaction: SQL files
 * (`001_name.sql`, statements separated by `;` at the end of a line) or modules whose default export returns the
 * SQL (`002_name.mjs`, for SQL built from the widget package's facts). An advisory lock makes collectors that start
 * together on one server take turns.
 */
async function migrate(db, log) {
  const files = (await readdir(migrations)).filter(f => /^\d+_.+\.(sql|mjs)$/.test(f)).sort();
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (const file of files) {
    const version = Number(file.split('_')[0]);
    const url = new URL(file, migrations);
    const sql = file.endsWith('.mjs') ? (await import(url.href)).default() : await readFile(url, 'utf8');
    await db.transaction(async query => {
      await query('SELECT pg_advisory_xact_lock(7305150)');
      const { rows } = await query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (rows.length) return;
      for (const statement of sql.split(/;\s*$/m).filter(s => s.trim())) await query(statement);
      await query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file]);
      log(`collector: applied migration ${file}`);
    });
  }
}

/**
 * True for errors after which retrying later may work: the database is down, full, out of resources or shutting
 * down. Data errors (class 22: a value PostgreSQL refuses) are the request's fault and are not retryable.
 */
export function isDataError(error) {
  return typeof error?.code === 'string' && error.code.startsWith('22');
}
