import type { PmNode } from '../../shared/schemas/versions.ts';
import type { VariantSummary } from '../../shared/schemas/variants.ts';
import type { SqliteDatabase } from './database.ts';

type VariantRow = { document_id: string; parent_id: string; baseline: string; baseline_at: string };

export type VariantLink = { documentId: string; parentId: string; baseline: PmNode; baselineAt: string };

export type VariantRepository = ReturnType<typeof createVariantRepository>;

/** Which documents were tailored from which, with the parent's text each one last took in. */
export function createVariantRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, string, string | null, string]>(
    'INSERT INTO document_variants (document_id, parent_id, baseline, baseline_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], VariantRow>('SELECT * FROM document_variants WHERE document_id = ?');
  const selectChildren = db.prepare<[string], { id: string; title: string; created_at: string; baseline_at: string }>(
    `SELECT d.id, d.title, d.created_at, v.baseline_at FROM document_variants v JOIN documents d ON d.id = v.document_id
     WHERE v.parent_id = ? ORDER BY v.created_at, d.id`,
  );
  const updateBaseline = db.prepare<[string, string, string]>('UPDATE document_variants SET baseline = ?, baseline_at = ? WHERE document_id = ?');

  return {
    link(documentId: string, parentId: string, baseline: PmNode, createdBy: string | null): void {
      const now = new Date().toISOString();
      insert.run(documentId, parentId, JSON.stringify(baseline), now, createdBy, now);
    },
    find(documentId: string): VariantLink | undefined {
      const row = selectOne.get(documentId);
      return row && { documentId: row.document_id, parentId: row.parent_id, baseline: JSON.parse(row.baseline) as PmNode, baselineAt: row.baseline_at };
    },
    variantsOf(parentId: string): VariantSummary[] {
      return selectChildren.all(parentId).map((row) => ({ id: row.id, title: row.title, createdAt: row.created_at, baselineAt: row.baseline_at }));
    },
    setBaseline(documentId: string, baseline: PmNode): void {
      updateBaseline.run(JSON.stringify(baseline), new Date().toISOString(), documentId);
    },
  };
}
