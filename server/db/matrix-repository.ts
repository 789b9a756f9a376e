import type { MatrixItem, MatrixKind } from '../../shared/schemas/matrices/index.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type ItemRow = {
  id: string;
  workspace_id: string;
  kind: MatrixKind;
  data: string;
  version: number;
  created_by: string;
  created_by_name: string;
  created_at: string;
  updated_by: string;
  updated_by_name: string;
  updated_at: string;
  deleted_at: string | null;
  archived_at: string | null;
};

const toItem = (row: ItemRow): MatrixItem => ({
  id: row.id,
  workspaceId: row.workspace_id,
  kind: row.kind,
  data: JSON.parse(row.data) as Record<string, unknown>,
  version: row.version,
  createdBy: { id: row.created_by, name: row.created_by_name },
  createdAt: row.created_at,
  updatedBy: { id: row.updated_by, name: row.updated_by_name },
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  archivedAt: row.archived_at,
});

const SELECT = `SELECT i.id, i.workspace_id, i.kind, i.data, i.version, i.created_by, c.name AS created_by_name, i.created_at,
  i.updated_by, u.name AS updated_by_name, i.updated_at, i.deleted_at, i.archived_at
  FROM matrix_items i JOIN users c ON c.id = i.created_by JOIN users u ON u.id = i.updated_by`;

export type MatrixRepository = ReturnType<typeof createMatrixRepository>;

/** The outcome of a versioned write: the new item, or the current one when the version was stale. */
export type VersionedWrite = { ok: true; item: MatrixItem } | { ok: false; current: MatrixItem };

/**
 * Storage of matrix items. Data arrives already validated by the route; this layer only
 * guarantees versioning (compare-and-set on `version`), authorship and soft deletion.
 */
export function createMatrixRepository(db: SqliteDatabase, now: () => number = Date.now) {
  // Live: neither deleted nor archived.
  const live = 'i.deleted_at IS NULL AND i.archived_at IS NULL';
  const selectLive = db.prepare<[string, string], ItemRow>(`${SELECT} WHERE i.workspace_id = ? AND i.kind = ? AND ${live} ORDER BY i.position, i.id`);
  const selectAllLive = db.prepare<[string], ItemRow>(`${SELECT} WHERE i.workspace_id = ? AND ${live} ORDER BY i.kind, i.position, i.id`);
  const selectArchived = db.prepare<[string, string], ItemRow>(
    `${SELECT} WHERE i.workspace_id = ? AND i.kind = ? AND i.deleted_at IS NULL AND i.archived_at IS NOT NULL ORDER BY i.archived_at DESC, i.id`,
  );
  const selectDeleted = db.prepare<[string, string, string], ItemRow>(
    `${SELECT} WHERE i.workspace_id = ? AND i.kind = ? AND i.deleted_at >= ? ORDER BY i.deleted_at DESC`,
  );
  const selectOne = db.prepare<[string, string, string], ItemRow>(`${SELECT} WHERE i.workspace_id = ? AND i.kind = ? AND i.id = ?`);
  const selectLiveIds = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM matrix_items WHERE workspace_id = ? AND kind = ? AND deleted_at IS NULL AND archived_at IS NULL',
  );
  const nextPosition = db.prepare<[string, string], { p: number | null }>(
    'SELECT max(position) + 1 AS p FROM matrix_items WHERE workspace_id = ? AND kind = ?',
  );
  const insert = db.prepare<[string, string, string, string, number, string, string, string, string]>(
    `INSERT INTO matrix_items (id, workspace_id, kind, data, position, created_by, created_at, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare<[string, string, string, string, string, string, number]>(
    `UPDATE matrix_items SET data = ?, version = version + 1, updated_by = ?, updated_at = ?
     WHERE workspace_id = ? AND kind = ? AND id = ? AND version = ? AND deleted_at IS NULL`,
  );
  const markArchived = db.prepare<[string | null, string, string, string, string, string]>(
    `UPDATE matrix_items SET archived_at = ?, version = version + 1, updated_by = ?, updated_at = ?
     WHERE workspace_id = ? AND kind = ? AND id = ? AND deleted_at IS NULL`,
  );
  const markDeleted = db.prepare<[string | null, string | null, string, string, string, string, string]>(
    `UPDATE matrix_items SET deleted_at = ?, deleted_by = ?, version = version + 1, updated_by = ?, updated_at = ?
     WHERE workspace_id = ? AND kind = ? AND id = ?`,
  );

  const iso = () => new Date(now()).toISOString();
  const find = (workspaceId: string, kind: MatrixKind, id: string): MatrixItem | undefined => {
    const row = selectOne.get(workspaceId, kind, id);
    return row && toItem(row);
  };

  return {
    list: (workspaceId: string, kind: MatrixKind): MatrixItem[] => selectLive.all(workspaceId, kind).map(toItem),
    /** Every live item of a workspace, for the cycle's exit criteria. */
    listAll: (workspaceId: string): MatrixItem[] => selectAllLive.all(workspaceId).map(toItem),
    /** Archived items (not deleted), most recently archived first. */
    listArchived: (workspaceId: string, kind: MatrixKind): MatrixItem[] => selectArchived.all(workspaceId, kind).map(toItem),
    /** Items deleted recently enough to be restored, newest first. */
    listDeleted: (workspaceId: string, kind: MatrixKind, windowMs: number): MatrixItem[] =>
      selectDeleted.all(workspaceId, kind, new Date(now() - windowMs).toISOString()).map(toItem),
    find,
    /** Live ids of a kind, to check that new references point at items in use. */
    liveIds: (workspaceId: string, kind: MatrixKind): Set<string> => new Set(selectLiveIds.all(workspaceId, kind).map((r) => r.id)),

    create: db.transaction((workspaceId: string, kind: MatrixKind, data: object, userId: string): MatrixItem => {
      const id = newId();
      const at = iso();
      insert.run(id, workspaceId, kind, JSON.stringify(data), nextPosition.get(workspaceId, kind)?.p ?? 0, userId, at, userId, at);
      return find(workspaceId, kind, id) as MatrixItem;
    }),

    /** Compare-and-set: writes only if the item is still at `version`, else returns the current item. */
    update: db.transaction((workspaceId: string, kind: MatrixKind, id: string, version: number, data: object, userId: string): VersionedWrite | undefined => {
      const changed = update.run(JSON.stringify(data), userId, iso(), workspaceId, kind, id, version).changes;
      const item = find(workspaceId, kind, id);
      if (!item || item.deletedAt !== null) return undefined;
      return changed === 1 ? { ok: true, item } : { ok: false, current: item };
    }),

    softDelete: db.transaction((workspaceId: string, kind: MatrixKind, id: string, userId: string): MatrixItem | undefined => {
      const item = find(workspaceId, kind, id);
      if (!item || item.deletedAt !== null) return undefined;
      const at = iso();
      markDeleted.run(at, userId, userId, at, workspaceId, kind, id);
      return find(workspaceId, kind, id);
    }),

    restore: db.transaction((workspaceId: string, kind: MatrixKind, id: string, userId: string): MatrixItem | undefined => {
      markDeleted.run(null, null, userId, iso(), workspaceId, kind, id);
      return find(workspaceId, kind, id);
    }),

    /** Archives (`archived`) or brings back an item that is not deleted; a new version either way. */
    setArchived: db.transaction((workspaceId: string, kind: MatrixKind, id: string, archived: boolean, userId: string): MatrixItem | undefined => {
      const at = iso();
      markArchived.run(archived ? at : null, userId, at, workspaceId, kind, id);
      return find(workspaceId, kind, id);
    }),
  };
}
