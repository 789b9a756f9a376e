import type { Kysely } from 'kysely';
import type { PublicLink } from '../../shared/schemas/public-links.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

export type PublicLinkRepository = ReturnType<typeof createPublicLinkRepository>;

/** Revocable read-only links to a version; the token is shown once and only its hash is kept. */
export function createPublicLinkRepository(db: Kysely<Schema>) {
  const versionsOf = (documentId: string) => db.selectFrom('document_versions').select('id').where('document_id', '=', documentId);

  return {
    async create(versionId: string, userId: string): Promise<{ link: PublicLink; token: string }> {
      const token = newToken();
      const id = newId();
      const now = new Date().toISOString();
      await db.insertInto('public_links').values({ id, token_hash: hashToken(token), version_id: versionId, created_by: userId, created_at: now }).execute();
      return { link: { id, versionId, createdAt: now, revokedAt: null }, token };
    },
    async listForDocument(documentId: string): Promise<PublicLink[]> {
      const rows = await db
        .selectFrom('public_links')
        .select(['id', 'version_id', 'created_at', 'revoked_at'])
        .where('version_id', 'in', versionsOf(documentId))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({ id: row.id, versionId: row.version_id, createdAt: row.created_at, revokedAt: row.revoked_at }));
    },
    /** Revokes a live link of the document; false when there is none (unknown, or already revoked). */
    async revoke(documentId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('public_links')
        .set({ revoked_at: new Date().toISOString() })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('version_id', 'in', versionsOf(documentId))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** The version a live (unrevoked) token opens. */
    async resolve(token: string): Promise<{ versionId: string; documentId: string } | undefined> {
      const row = await db
        .selectFrom('public_links as l')
        .innerJoin('document_versions as v', 'v.id', 'l.version_id')
        .select(['l.version_id', 'v.document_id'])
        .where('l.token_hash', '=', hashToken(token))
        .where('l.revoked_at', 'is', null)
        .executeTakeFirst();
      return row && { versionId: row.version_id, documentId: row.document_id };
    },
  };
}
