import type { PublicLink } from '../../shared/schemas/public-links.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type LinkRow = { id: string; version_id: string; created_at: string; revoked_at: string | null };
const toLink = (row: LinkRow): PublicLink => ({ id: row.id, versionId: row.version_id, createdAt: row.created_at, revokedAt: row.revoked_at });

export type PublicLinkRepository = ReturnType<typeof createPublicLinkRepository>;

/** Revocable read-only links to a version; the token is shown once and only its hash is kept. */
export function createPublicLinkRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO public_links (id, token_hash, version_id, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectForDocument = db.prepare<[string], LinkRow>(
    `SELECT l.id, l.version_id, l.created_at, l.revoked_at FROM public_links l
     JOIN document_versions v ON v.id = l.version_id WHERE v.document_id = ? ORDER BY l.created_at DESC`,
  );
  const revoke = db.prepare<[string, string, string]>(
    `UPDATE public_links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL
     AND version_id IN (SELECT id FROM document_versions WHERE document_id = ?)`,
  );
  const selectByToken = db.prepare<[string], { version_id: string; document_id: string }>(
    `SELECT l.version_id, v.document_id FROM public_links l JOIN document_versions v ON v.id = l.version_id
     WHERE l.token_hash = ? AND l.revoked_at IS NULL`,
  );

  return {
    create(versionId: string, userId: string): { link: PublicLink; token: string } {
      const token = newToken();
      const id = newId();
      const now = new Date().toISOString();
      insert.run(id, hashToken(token), versionId, userId, now);
      return { link: { id, versionId, createdAt: now, revokedAt: null }, token };
    },
    listForDocument: (documentId: string): PublicLink[] => selectForDocument.all(documentId).map(toLink),
    revoke: (documentId: string, id: string): boolean => revoke.run(new Date().toISOString(), id, documentId).changes > 0,
    /** The version a live (unrevoked) token opens. */
    resolve(token: string): { versionId: string; documentId: string } | undefined {
      const row = selectByToken.get(hashToken(token));
      return row && { versionId: row.version_id, documentId: row.document_id };
    },
  };
}
