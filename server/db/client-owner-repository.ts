import type { Kysely } from 'kysely';
import type { ClientOwnership } from '../collab/room.ts';
import type { Schema } from './schema.ts';

/**
 * Who owns each Yjs client id of a document: the first member seen sending structs with it (a
 * client id is one browser tab's), so "who wrote this?" survives restarts. The first claim
 * wins, also when two instances claim the same id at once.
 */
export function createClientOwnerRepository(db: Kysely<Schema>): ClientOwnership {
  return {
    async claim(documentId: string, clientId: number, userId: string): Promise<void> {
      await db
        .insertInto('document_clients')
        .values({ document_id: documentId, client_id: clientId, user_id: userId })
        .onConflict((oc) => oc.columns(['document_id', 'client_id']).doNothing())
        .execute();
    },
    /** The member whose updates carried this client id; null for text from before recording. */
    async ownerOf(documentId: string, clientId: number): Promise<string | null> {
      const row = await db
        .selectFrom('document_clients')
        .select('user_id')
        .where('document_id', '=', documentId)
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    /** Every known owner of a document's client ids, loaded with the document. */
    async ownersOf(documentId: string): Promise<Map<number, string>> {
      const rows = await db.selectFrom('document_clients').select(['client_id', 'user_id']).where('document_id', '=', documentId).execute();
      return new Map(rows.map((row) => [row.client_id, row.user_id]));
    },
  };
}
