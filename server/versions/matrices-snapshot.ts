import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';

/** Rows of one matrix kind, as a version keeps them and an export annexes them. */
export type MatrixSnapshot = Array<{
  matrix: string;
  rows: Array<Record<string, unknown>>;
  /** The rows' ids, in order, so an export resolves references between items (versions named before they were kept have none). */
  ids?: string[];
}>;

/** The workspace's live matrix items (SWOT, stakeholders, action plan…), grouped by kind in order. */
export function snapshotMatrices(items: readonly MatrixItem[]): MatrixSnapshot {
  const byKind = new Map<string, { rows: Array<Record<string, unknown>>; ids: string[] }>();
  for (const item of items) {
    const kind = byKind.get(item.kind) ?? { rows: [], ids: [] };
    kind.rows.push(item.data);
    kind.ids.push(item.id);
    byKind.set(item.kind, kind);
  }
  return [...byKind.entries()].map(([matrix, { rows, ids }]) => ({ matrix, rows, ids }));
}
