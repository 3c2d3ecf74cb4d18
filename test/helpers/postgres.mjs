// A throwaway PostgreSQL server for tests and benchmarks: a new cluster in a temporary folder, on a free loopback
// port, removed again by stop() or, whatever happens, when the process exits. As root, initdb and postgres run as the
// `postgres` user (initdb refuses root). Binaries: $PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else PATH.
// MASUKAN_TEST_DATABASE_URL=postgres://… uses an existing server instead (each test still gets its own database).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function binDir() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter(v => existsSync(join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return join(base, versions[0], 'bin');
  try {
    return execFileSync('sh', ['-c', 'dirname "$(command -v initdb)"'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL not found: install it (Debian: apt-get install postgresql) or set PG_BIN.');
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let databases = 0;

/**
 * Starts a cluster. `fsync: false` trades crash safety for speed (tests); benchmarks keep PostgreSQL's defaults.
 * @returns {Promise<{ url: string, createDatabase: () => Promise<string>, stop: () => Promise<void> }>}
 */
export async function startPostgres({ fsync = true } = {}) {
  const { default: pg } = await import('pg');
  const createDatabaseOn = url => async () => {
    const name = `masukan_${process.pid}_${++databases}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.href;
  };
  if (process.env.MASUKAN_TEST_DATABASE_URL) {
    const url = process.env.MASUKAN_TEST_DATABASE_URL;
    return { url, createDatabase: createDatabaseOn(url), stop: async () => {} };
  }

  const bin = binDir();
  const root = process.getuid?.() === 0;
  // As root, every PostgreSQL command runs as the postgres user, which must own the folder.
  const as = (command, args) => (root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  const dir = mkdtempSync(join(tmpdir(), 'masukan-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stopSync = () => {
    if (started) {
      try {
        execFileSync(...as(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
      } catch {
        /* already stopped */
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Removed however the process ends (a failed assertion, an exception, Ctrl-C).
  process.once('exit', stopSync);
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => {
      stopSync();
      process.exit(130);
    });

  try {
    await run(
      ...as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'masukan', '-E', 'UTF8', '--locale=C', '--no-sync']),
    );
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60${fsync ? '' : ' -c fsync=off -c synchronous_commit=off'}`;
      try {
        await run(...as(pgCtl, ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']));
        started = true;
        break;
      } catch (error) {
        if (attempt === 5) throw error; // the port was taken between the check and the start: try another
      }
    }
    const url = `postgres://masukan@127.0.0.1:${port}/postgres`;
    return {
      url,
      createDatabase: createDatabaseOn(url),
      async stop() {
        stopSync();
        process.removeListener('exit', stopSync);
      },
    };
  } catch (error) {
    stopSync();
    throw error;
  }
}
