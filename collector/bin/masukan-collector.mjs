#!/usr/bin/env node
// masukan-collector: run the collector, manage keys, import kiosk exports. Run it without arguments for help.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCollector, listen, listKeys, openDatabase, revokeKey } from '../lib/index.mjs';
import { decodeCursor, readResponses } from '../lib/store.mjs';

const help = `masukan-collector <command> [options]

Commands
  serve                       run the collector (the default)
  key create <name>           create a write key for a site or kiosk and print it (shown once)
      --admin                 an admin key instead: reads, exports and imports
      --survey <id>           a write key that may only send this survey's responses
  key list                    list keys (names, roles, dates; never the keys)
  key revoke <name>           revoke a key
  import <file.json>…         import outbox export files (masukan-YYYY-MM-DD.json); safe to repeat
  dump <file.json>            write every response as a JSON array (import it into another database)
  migrate                     bring the database schema up to date and exit

Database (every command)
  DATABASE_URL=postgres://…   a PostgreSQL server; without it, embedded PGlite in DATA_DIR
  DATA_DIR=./data/pglite      the PGlite folder (one process at a time)

serve
  PORT=8001  HOST=127.0.0.1   where to listen (HOST=0.0.0.0 behind a load balancer or in a container)
  ORIGINS=https://a.go.id,…   web pages allowed to send responses (CORS); none by default
  PUBLIC_WRITES=1             accept responses without a key (public web forms cannot keep a key secret)
  OPEN=1                      demo only: no keys for anything and any origin
  RATE_LIMIT=20 RATE_BURST=200  requests per second per key (or address), and the burst above it
`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { admin: { type: 'boolean' }, survey: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const [command = 'serve', ...rest] = positionals;
const env = process.env;
const database = {
  url: env.DATABASE_URL || undefined,
  dir: env.DATABASE_URL ? undefined : resolve(env.DATA_DIR ?? 'data/pglite'),
};
const where = database.url ? `PostgreSQL ${new URL(database.url).host}` : `PGlite ${database.dir}`;
const fail = message => {
  console.error(message);
  process.exit(2);
};

if (values.help || command === 'help') {
  console.log(help);
} else if (command === 'serve') {
  const collector = await createCollector({
    databaseUrl: database.url,
    dataDir: database.dir,
    open: env.OPEN === '1',
    publicWrites: env.PUBLIC_WRITES === '1',
    origins: (env.ORIGINS ?? '').split(',').filter(Boolean),
    limits: {
      ...(env.RATE_LIMIT && { rate: Number(env.RATE_LIMIT) }),
      ...(env.RATE_BURST && { burst: Number(env.RATE_BURST) }),
    },
    log: console.log,
  });
  const server = await listen(collector, { port: Number(env.PORT ?? 8001), host: env.HOST ?? '127.0.0.1' });
  const { address, port } = server.address();
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(
    `Masukan collector: http://${host}:${port}/api/responses (${where}${env.OPEN === '1' ? ', open mode' : ''})`,
  );
  const stop = () => server.close(() => collector.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const db = await openDatabase({ ...database, poolSize: 2 });
  try {
    if (command === 'migrate') console.log(`Schema up to date (${where}).`);
    else if (command === 'key' && rest[0] === 'create' && rest[1]) {
      const collector = await createCollector({ db });
      const role = values.admin ? 'admin' : 'write';
      const key = await collector
        .createKey({ name: rest[1], role, survey: values.survey })
        .catch(error => fail(error.code === '23505' ? `A key named "${rest[1]}" exists already.` : error.message));
      console.log(key);
      console.error(
        `Created ${role} key "${rest[1]}"${values.survey ? ` for survey ${values.survey}` : ''}. It is not shown again.`,
      );
    } else if (command === 'key' && rest[0] === 'list') {
      for (const k of await listKeys(db))
        console.log(
          [k.name, k.role, k.survey ?? '*', k.created, k.revoked ? `revoked ${k.revoked}` : 'active'].join('\t'),
        );
    } else if (command === 'key' && rest[0] === 'revoke' && rest[1]) {
      if (!(await revokeKey(db, rest[1]))) fail(`No active key named "${rest[1]}".`);
      console.log(`Revoked "${rest[1]}".`);
    } else if (command === 'import' && rest.length) {
      const collector = await createCollector({ db });
      for (const file of rest) {
        let body;
        try {
          body = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          fail(`${file}: ${error.message}`);
        }
        const result = await collector
          .importFile(body, `import:${basename(file)}`)
          .catch(error => fail(`${file}: ${error.message}`));
        console.log(
          `${file}: ${result.stored} stored, ${result.duplicates} already there, ${result.conflicts} conflicts, ${result.invalid.length} invalid`,
        );
        for (const bad of result.invalid) console.log(`  entry ${bad.index} (${bad.id ?? 'no id'}): ${bad.error}`);
      }
    } else if (command === 'dump' && rest[0]) {
      const out = createWriteStream(rest[0]);
      const write = text => new Promise((done, failed) => out.write(text, error => (error ? failed(error) : done())));
      let count = 0;
      let cursor;
      await write('[');
      do {
        const page = await readResponses(db, {}, { cursor, limit: 1000 });
        const lines = page.items.map(
          ({ receivedAt, ...response }) => (count++ ? ',\n' : '\n') + JSON.stringify(response),
        );
        await write(lines.join(''));
        cursor = page.next && decodeCursor(page.next, 2);
      } while (cursor);
      await write('\n]\n');
      await new Promise(done => out.end(done));
      console.log(`Wrote ${count} responses to ${rest[0]} (${where}).`);
    } else fail(help);
  } finally {
    await db.close();
  }
}
