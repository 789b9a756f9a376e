import type { SqliteDatabase } from '../db/database.ts';

/** Rows of one matrix kind, as stored by the matrices feature. */
export type MatrixSnapshot = Array<{ matrix: string; rows: Array<Record<string, unknown>> }>;

/**
 * The workspace's matrices (SWOT, stakeholders, action plan…) at this moment, if the matrices
 * feature is installed. It is built separately (table `matrix_items`), so this only relies on
 * a `workspace_id` column, a kind column (`matrix`, `kind` or `type`) and a JSON `data` or
 * `fields` column when one exists; without the table a version simply has no matrices.
 */
export function snapshotMatrices(db: SqliteDatabase, workspaceId: string): MatrixSnapshot | undefined {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('matrix_items')").all().map((c) => c.name);
  if (!columns.includes('workspace_id')) return undefined;
  const kindColumn = ['matrix', 'kind', 'type'].find((name) => columns.includes(name));
  const dataColumn = ['data', 'fields'].find((name) => columns.includes(name));
  const hidden = new Set(['workspace_id', 'deleted_at', kindColumn, dataColumn]);
  const deleted = columns.includes('deleted_at') ? ' AND deleted_at IS NULL' : '';
  const order = columns.includes('position') ? 'position, rowid' : 'rowid';
  const rows = db
    .prepare<[string], Record<string, unknown>>(`SELECT * FROM matrix_items WHERE workspace_id = ?${deleted} ORDER BY ${order}`)
    .all(workspaceId);
  const byMatrix = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) {
    const matrix = kindColumn ? String(row[kindColumn]) : 'matrix';
    let fields: Record<string, unknown> = Object.fromEntries(Object.entries(row).filter(([key]) => !hidden.has(key)));
    if (dataColumn && typeof row[dataColumn] === 'string') {
      try {
        const parsed: unknown = JSON.parse(row[dataColumn]);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
      } catch {
        // Not JSON: keep the plain columns.
      }
    }
    const list = byMatrix.get(matrix) ?? [];
    list.push(fields);
    byMatrix.set(matrix, list);
  }
  return [...byMatrix.entries()].map(([matrix, list]) => ({ matrix, rows: list }));
}
