import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';

/** Rows of one matrix kind, as a version keeps them and an export annexes them. */
export type MatrixSnapshot = Array<{ matrix: string; rows: Array<Record<string, unknown>> }>;

/** The workspace's live matrix items (SWOT, stakeholders, action plan…), grouped by kind in order. */
export function snapshotMatrices(items: readonly MatrixItem[]): MatrixSnapshot {
  const byKind = new Map<string, Array<Record<string, unknown>>>();
  for (const item of items) {
    const rows = byKind.get(item.kind) ?? [];
    rows.push(item.data);
    byKind.set(item.kind, rows);
  }
  return [...byKind.entries()].map(([matrix, rows]) => ({ matrix, rows }));
}
