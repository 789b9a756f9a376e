import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import type { DocumentsTable, Schema } from './schema.ts';

const toSummary = (row: Selectable<DocumentsTable>): DocumentSummary => ({
  id: row.id,
  workspaceId: row.workspace_id as string,
  title: row.title,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  archivedAt: row.archived_at,
  language: row.language as DocumentSummary['language'],
});

/** 16 random bytes in base64url: unguessable, URL-safe, and matches `documentIdSchema`. */
export const newId = (): string => randomBytes(16).toString('base64url');

/** What deleting a document for good destroys, for the confirmation that names it. */
export type DocumentContents = { versions: number; threads: number; comments: number };

export type DocumentRepository = ReturnType<typeof createDocumentRepository>;

export function createDocumentRepository(db: Kysely<Schema>) {
  const inWorkspace = (workspaceId: string) => db.selectFrom('documents').selectAll().where('workspace_id', '=', workspaceId);

  return {
    async create(workspaceId: string, title: string): Promise<DocumentSummary> {
      const now = new Date().toISOString();
      const id = newId();
      await db.insertInto('documents').values({ id, workspace_id: workspaceId, title, created_at: now, updated_at: now }).execute();
      return { id, workspaceId, title, createdAt: now, updatedAt: now, archivedAt: null, language: null };
    },
    async find(id: string): Promise<DocumentSummary | undefined> {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSummary(row);
    },
    /** The documents in use; archived ones are listed by `listArchived`. */
    async listInWorkspace(workspaceId: string): Promise<DocumentSummary[]> {
      const rows = await inWorkspace(workspaceId).where('archived_at', 'is', null).orderBy('updated_at', 'desc').orderBy('id').execute();
      return rows.map(toSummary);
    },
    async listArchived(workspaceId: string): Promise<DocumentSummary[]> {
      const rows = await inWorkspace(workspaceId).where('archived_at', 'is not', null).orderBy('archived_at', 'desc').orderBy('id').execute();
      return rows.map(toSummary);
    },
    async rename(id: string, title: string): Promise<DocumentSummary | undefined> {
      const row = await db
        .updateTable('documents')
        .set({ title, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toSummary(row);
    },
    /** Sets the document's own language (`null`: its workspace's). */
    async setLanguage(id: string, language: DocumentSummary['language']): Promise<DocumentSummary | undefined> {
      const row = await db
        .updateTable('documents')
        .set({ language, updated_at: new Date().toISOString() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && toSummary(row);
    },
    /** Archives (`at`) or restores (`null`) a document; its content and history are untouched. */
    async setArchived(id: string, at: string | null): Promise<DocumentSummary | undefined> {
      const row = await db.updateTable('documents').set({ archived_at: at }).where('id', '=', id).returningAll().executeTakeFirst();
      return row && toSummary(row);
    },
    async contents(id: string): Promise<DocumentContents> {
      const row = await db
        .selectNoFrom((eb) => [
          eb.selectFrom('document_versions').select((e) => e.fn.countAll<number>().as('n')).where('document_id', '=', id).as('versions'),
          eb.selectFrom('review_threads').select((e) => e.fn.countAll<number>().as('n')).where('document_id', '=', id).as('threads'),
          eb
            .selectFrom('review_messages as m')
            .innerJoin('review_threads as t', 't.id', 'm.thread_id')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('t.document_id', '=', id)
            .where('m.deleted_at', 'is', null)
            .as('comments'),
        ])
        .executeTakeFirstOrThrow();
      return { versions: Number(row.versions), threads: Number(row.threads), comments: Number(row.comments) };
    },
    /** Deletes a document and everything it holds, in one transaction. */
    async remove(id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        // Notifications name their document without a foreign key (they outlive nothing else).
        await trx.deleteFrom('notifications').where('document_id', '=', id).execute();
        // Stored updates, versions, threads, signatures, variant links, public links and client
        // ids cascade from the document row.
        await trx.deleteFrom('documents').where('id', '=', id).execute();
      });
    },
  };
}
