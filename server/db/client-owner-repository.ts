import type { ClientOwnership } from '../collab/room.ts';
import type { SqliteDatabase } from './database.ts';

/**
 * Who owns each Yjs client id of a document: the first member seen sending structs with it (a
 * client id is one browser tab's), so "who wrote this?" survives restarts.
 */
export function createClientOwnerRepository(db: SqliteDatabase): ClientOwnership {
  const insert = db.prepare<[string, number, string]>('INSERT OR IGNORE INTO document_clients (document_id, client_id, user_id) VALUES (?, ?, ?)');
  const select = db.prepare<[string, number], { user_id: string }>('SELECT user_id FROM document_clients WHERE document_id = ? AND client_id = ?');
  return {
    claim(documentId: string, clientId: number, userId: string): void {
      insert.run(documentId, clientId, userId);
    },
    /** The member whose updates carried this client id; null for text from before recording. */
    ownerOf: (documentId: string, clientId: number): string | null => select.get(documentId, clientId)?.user_id ?? null,
  };
}
