/**
 * `npm run copy-to-postgres -- <postgres-url>`: copies the embedded instance in CADRE_DATA_DIR
 * into an empty PostgreSQL database, so a pilot can grow into a national deployment. Stop the
 * server first; the SQLite file is left as it was.
 */
import { copyToPostgres } from '../server/db/copy-to-postgres.ts';
import { openDatabase } from '../server/db/database.ts';
import { parseEnv } from '../server/env.ts';

const url = process.argv[2];
if (!url || !/^postgres(ql)?:\/\//.test(url)) {
  process.stderr.write('usage: npm run copy-to-postgres -- postgres://user@host:5432/database\n');
  process.exit(2);
}
const env = parseEnv({ ...process.env, CADRE_DATABASE_URL: undefined, CADRE_REDIS_URL: undefined });
const source = await openDatabase({ dataDir: env.dataDir, synchronous: 'full' });
const target = await openDatabase({ url, dataDir: env.dataDir, synchronous: 'full' });
try {
  const report = await copyToPostgres(source, target);
  for (const { table, rows } of report) process.stdout.write(`${table.padEnd(24)} ${rows}\n`);
  process.stdout.write(`Copied ${env.dataDir} into PostgreSQL. Start Cadre with CADRE_DATABASE_URL set to it.\n`);
} finally {
  await Promise.all([source.close(), target.close()]);
}
