import type { Kysely } from 'kysely';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { VariantSummary } from '../../shared/schemas/variants.ts';
import type { Schema } from './schema.ts';

export type VariantLink = { documentId: string; parentId: string; baseline: PmNode; baselineAt: string };

export type VariantRepository = ReturnType<typeof createVariantRepository>;

/** Which documents were tailored from which, with the parent's text each one last took in. */
export function createVariantRepository(db: Kysely<Schema>) {
  return {
    async link(documentId: string, parentId: string, baseline: PmNode, createdBy: string | null): Promise<void> {
      const now = new Date().toISOString();
      await db
        .insertInto('document_variants')
        .values({ document_id: documentId, parent_id: parentId, baseline: JSON.stringify(baseline), baseline_at: now, created_by: createdBy, created_at: now })
        .execute();
    },
    async find(documentId: string): Promise<VariantLink | undefined> {
      const row = await db.selectFrom('document_variants').selectAll().where('document_id', '=', documentId).executeTakeFirst();
      return row && { documentId: row.document_id, parentId: row.parent_id, baseline: JSON.parse(row.baseline) as PmNode, baselineAt: row.baseline_at };
    },
    async variantsOf(parentId: string): Promise<VariantSummary[]> {
      const rows = await db
        .selectFrom('document_variants as v')
        .innerJoin('documents as d', 'd.id', 'v.document_id')
        .select(['d.id', 'd.title', 'd.created_at', 'v.baseline_at'])
        .where('v.parent_id', '=', parentId)
        .orderBy('v.created_at')
        .orderBy('d.id')
        .execute();
      return rows.map((row) => ({ id: row.id, title: row.title, createdAt: row.created_at, baselineAt: row.baseline_at }));
    },
    async setBaseline(documentId: string, baseline: PmNode): Promise<void> {
      await db
        .updateTable('document_variants')
        .set({ baseline: JSON.stringify(baseline), baseline_at: new Date().toISOString() })
        .where('document_id', '=', documentId)
        .execute();
    },
  };
}
