/**
 * `npm run backup -- <file>`: a consistent copy of the embedded SQLite store in CADRE_DATA_DIR,
 * taken with SQLite's online backup while the server keeps running. (On PostgreSQL use
 * `pg_dump`; see the README.)
 */
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { parseEnv } from '../server/env.ts';

const destination = process.argv[2];
if (!destination) {
  process.stderr.write('usage: npm run backup -- /path/to/backup.sqlite\n');
  process.exit(2);
}
const env = parseEnv(process.env);
if (env.databaseUrl) {
  process.stderr.write('CADRE_DATABASE_URL is set: back PostgreSQL up with pg_dump (see the README).\n');
  process.exit(2);
}
const source = new BetterSqlite3(path.join(env.dataDir, 'cadre.sqlite'), { readonly: true, fileMustExist: true });
try {
  const { totalPages } = await source.backup(path.resolve(destination));
  process.stdout.write(`Backed up ${env.dataDir} to ${path.resolve(destination)} (${totalPages} pages).\n`);
} finally {
  source.close();
}
