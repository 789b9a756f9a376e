import { sql } from 'kysely';
import type { Database } from './database.ts';
import type { Schema } from './schema.ts';

type Table = Exclude<keyof Schema, 'schema_migrations'>;

/**
 * Every table, parents before children, so each row's references exist when it arrives.
 * Columns referring to their own table (a sub-institution's parent, a handed-over membership)
 * are copied in a second pass, once all rows of the table are there.
 */
const COPY_ORDER: ReadonlyArray<{ table: Table; selfReferences?: readonly string[] }> = [
  { table: 'users' },
  { table: 'workspaces' },
  { table: 'institutions', selfReferences: ['parent_id'] },
  { table: 'memberships', selfReferences: ['handed_over_to'] },
  { table: 'invitations' },
  { table: 'documents' },
  { table: 'document_updates' },
  { table: 'document_clients' },
  { table: 'document_versions' },
  { table: 'document_variants' },
  { table: 'images' },
  { table: 'validation_steps' },
  { table: 'validation_signatures' },
  { table: 'public_links' },
  { table: 'matrix_items' },
  { table: 'workspace_vocabularies' },
  { table: 'stage_moves' },
  { table: 'review_threads' },
  { table: 'review_messages' },
  { table: 'notifications' },
  { table: 'notification_settings' },
  { table: 'activity' },
  { table: 'sessions' },
  { table: 'password_resets' },
  { table: 'pending_signups' },
  { table: 'instance_settings' },
];

/** Tables whose integer ids PostgreSQL generates: its sequence continues after the copied ids. */
const IDENTITY_TABLES: readonly Table[] = ['document_updates', 'stage_moves'];

const BATCH_ROWS = 500;

export type CopyReport = Array<{ table: Table; rows: number }>;

/**
 * Copies an embedded (SQLite) instance into an empty PostgreSQL database, in one transaction:
 * either everything arrives or nothing does. Both are migrated to the same schema first (by
 * `openDatabase`), so rows copy column for column. Refuses a target that already holds
 * accounts, so it can never merge two instances by mistake.
 */
export async function copyToPostgres(source: Database, target: Database): Promise<CopyReport> {
  if (source.engine !== 'sqlite' || target.engine !== 'postgres') throw new Error('copies from SQLite to PostgreSQL only');
  const existing = await target.db.selectFrom('users').select('id').limit(1).execute();
  if (existing.length > 0) throw new Error('the PostgreSQL database already holds accounts: copy into an empty database');

  const report: CopyReport = [];
  await target.db.transaction().execute(async (trx) => {
    for (const { table, selfReferences = [] } of COPY_ORDER) {
      let rows = 0;
      let batch: Array<Record<string, unknown>> = [];
      const later: Array<{ id: unknown; column: string; value: unknown }> = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await trx.insertInto(table).values(batch as never).execute();
        rows += batch.length;
        batch = [];
      };
      // Streamed row by row from SQLite, so a large store does not have to fit in memory.
      for (const row of source.sqlite.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Record<string, unknown>>) {
        const copied = { ...row };
        for (const column of selfReferences) {
          if (copied[column] !== null) later.push({ id: copied['id'], column, value: copied[column] });
          copied[column] = null;
        }
        batch.push(copied);
        if (batch.length >= BATCH_ROWS) await flush();
      }
      await flush();
      for (const { id, column, value } of later) {
        await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${value} WHERE id = ${id}`.execute(trx);
      }
      report.push({ table, rows });
    }
    for (const table of IDENTITY_TABLES) {
      await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(trx);
    }
  });
  return report;
}
