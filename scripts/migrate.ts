/**
 * `npm run migrate`: brings the store named by the environment (CADRE_DATABASE_URL, else the
 * SQLite file in CADRE_DATA_DIR) up to the current schema, then exits. The server also migrates
 * at start-up; this lets a deployment migrate once before starting several instances.
 */
import { openDatabase } from '../server/db/database.ts';
import { parseEnv } from '../server/env.ts';

const env = parseEnv(process.env);
const database = await openDatabase({ url: env.databaseUrl, dataDir: env.dataDir, synchronous: env.sqliteSync });
const applied = await database.db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
process.stdout.write(`${database.engine === 'postgres' ? 'PostgreSQL' : `SQLite in ${env.dataDir}`}: ${applied.length} migrations applied, the last ${applied.at(-1)?.name}\n`);
await database.close();
