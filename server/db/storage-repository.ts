import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { StorageReport } from '../../shared/schemas/admin.ts';
import type { Schema } from './schema.ts';

/** Bytes, not characters: `octet_length` measures text and binary alike on both engines. */
const updateBytes = sql<number>`octet_length(u.data)`;
const versionBytes = sql<number>`octet_length(v.state) + octet_length(v.content) + coalesce(octet_length(v.matrices), 0)`;
const total = (bytes: RawBuilder<number>) => sql<number>`coalesce(sum(${bytes}), 0)`;

export type StorageRepository = ReturnType<typeof createStorageRepository>;

/** Bytes the documents of each workspace take: their stored edits and their versions. */
export function createStorageRepository(db: Kysely<Schema>) {
  const perWorkspace = db.selectFrom('workspaces as w').select((eb) => [
    'w.id',
    'w.title',
    'w.archived_at',
    eb.selectFrom('documents as d').select(eb.fn.countAll<number>().as('n')).whereRef('d.workspace_id', '=', 'w.id').as('documents'),
    eb
      .selectFrom('document_updates as u')
      .innerJoin('documents as d', 'd.id', 'u.document_id')
      .select(total(updateBytes).as('n'))
      .whereRef('d.workspace_id', '=', 'w.id')
      .as('update_bytes'),
    eb
      .selectFrom('document_versions as v')
      .innerJoin('documents as d', 'd.id', 'v.document_id')
      .select(total(versionBytes).as('n'))
      .whereRef('d.workspace_id', '=', 'w.id')
      .as('version_bytes'),
  ]);

  return {
    /** The `limit` largest workspaces, largest first; the total still covers every workspace. */
    async report(limit: number): Promise<StorageReport> {
      // Sorted outside the per-workspace query: PostgreSQL cannot sort by an expression of
      // the query's own column names.
      const rows = await db
        .selectFrom(perWorkspace.as('s'))
        .selectAll()
        .orderBy(sql`s.update_bytes + s.version_bytes`, 'desc')
        .orderBy('s.title')
        .orderBy('s.id')
        .limit(limit)
        .execute();
      const workspaces = rows.map((row) => {
        // PostgreSQL sums are numeric; the pool parses them, and Number() says so here too.
        const updates = Number(row.update_bytes ?? 0);
        const versions = Number(row.version_bytes ?? 0);
        return {
          id: row.id,
          title: row.title,
          archivedAt: row.archived_at,
          documents: Number(row.documents ?? 0),
          updateBytes: updates,
          versionBytes: versions,
          totalBytes: updates + versions,
        };
      });
      const sums = await db
        .selectNoFrom((eb) => [
          eb.selectFrom('document_updates as u').select(total(updateBytes).as('n')).as('updates'),
          eb.selectFrom('document_versions as v').select(total(versionBytes).as('n')).as('versions'),
        ])
        .executeTakeFirstOrThrow();
      return { workspaces, totalBytes: Number(sums.updates ?? 0) + Number(sums.versions ?? 0) };
    },
  };
}
