import type { Kysely } from 'kysely';
import type { MatrixItem, MatrixKind } from '../../shared/schemas/matrices/index.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

type ItemRow = {
  id: string;
  workspace_id: string;
  kind: string;
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
  kind: row.kind as MatrixKind,
  data: JSON.parse(row.data) as Record<string, unknown>,
  version: Number(row.version),
  createdBy: { id: row.created_by, name: row.created_by_name },
  createdAt: row.created_at,
  updatedBy: { id: row.updated_by, name: row.updated_by_name },
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  archivedAt: row.archived_at,
});

/** Items with the names of who created and last changed them, through `db` or a transaction. */
const selectItems = (db: Kysely<Schema>) =>
  db
    .selectFrom('matrix_items as i')
    .innerJoin('users as c', 'c.id', 'i.created_by')
    .innerJoin('users as u', 'u.id', 'i.updated_by')
    .select([
      'i.id',
      'i.workspace_id',
      'i.kind',
      'i.data',
      'i.version',
      'i.created_by',
      'c.name as created_by_name',
      'i.created_at',
      'i.updated_by',
      'u.name as updated_by_name',
      'i.updated_at',
      'i.deleted_at',
      'i.archived_at',
    ]);

export type MatrixRepository = ReturnType<typeof createMatrixRepository>;

/** The outcome of a versioned write: the new item, or the current one when the version was stale. */
export type VersionedWrite = { ok: true; item: MatrixItem } | { ok: false; current: MatrixItem };

/**
 * Storage of matrix items. Data arrives already validated by the route; this layer only
 * guarantees versioning (compare-and-set on `version`), authorship and soft deletion. Each
 * change is one conditional UPDATE, so of writers racing for the same state only one wins.
 */
export function createMatrixRepository(db: Kysely<Schema>, now: () => number = Date.now) {
  // Live: neither deleted nor archived.
  const live = (workspaceId: string, kind: MatrixKind) =>
    selectItems(db).where('i.workspace_id', '=', workspaceId).where('i.kind', '=', kind).where('i.deleted_at', 'is', null).where('i.archived_at', 'is', null);
  const iso = () => new Date(now()).toISOString();
  const find = async (workspaceId: string, kind: MatrixKind, id: string, executor: Kysely<Schema> = db): Promise<MatrixItem | undefined> => {
    const row = await selectItems(executor).where('i.workspace_id', '=', workspaceId).where('i.kind', '=', kind).where('i.id', '=', id).executeTakeFirst();
    return row && toItem(row);
  };
  /** An item of the workspace, to change with a further `where` and `set`. */
  const itemToUpdate = (executor: Kysely<Schema>, workspaceId: string, kind: MatrixKind, id: string) =>
    executor.updateTable('matrix_items').where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('id', '=', id);

  return {
    list: async (workspaceId: string, kind: MatrixKind): Promise<MatrixItem[]> =>
      (await live(workspaceId, kind).orderBy('i.position').orderBy('i.id').execute()).map(toItem),
    /** Every live item of a workspace, for the cycle's exit criteria. */
    listAll: async (workspaceId: string): Promise<MatrixItem[]> =>
      (
        await selectItems(db)
          .where('i.workspace_id', '=', workspaceId)
          .where('i.deleted_at', 'is', null)
          .where('i.archived_at', 'is', null)
          .orderBy('i.kind')
          .orderBy('i.position')
          .orderBy('i.id')
          .execute()
      ).map(toItem),
    /** Archived items (not deleted), most recently archived first. */
    listArchived: async (workspaceId: string, kind: MatrixKind): Promise<MatrixItem[]> =>
      (
        await selectItems(db)
          .where('i.workspace_id', '=', workspaceId)
          .where('i.kind', '=', kind)
          .where('i.deleted_at', 'is', null)
          .where('i.archived_at', 'is not', null)
          .orderBy('i.archived_at', 'desc')
          .orderBy('i.id')
          .execute()
      ).map(toItem),
    /** Items deleted recently enough to be restored, newest first. */
    listDeleted: async (workspaceId: string, kind: MatrixKind, windowMs: number): Promise<MatrixItem[]> =>
      (
        await selectItems(db)
          .where('i.workspace_id', '=', workspaceId)
          .where('i.kind', '=', kind)
          .where('i.deleted_at', '>=', new Date(now() - windowMs).toISOString())
          .orderBy('i.deleted_at', 'desc')
          .orderBy('i.id')
          .execute()
      ).map(toItem),
    find: (workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem | undefined> => find(workspaceId, kind, id),
    /** Live ids of a kind, to check that new references point at items in use. */
    async liveIds(workspaceId: string, kind: MatrixKind): Promise<Set<string>> {
      const rows = await db
        .selectFrom('matrix_items')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', kind)
        .where('deleted_at', 'is', null)
        .where('archived_at', 'is', null)
        .execute();
      return new Set(rows.map((row) => row.id));
    },

    async create(workspaceId: string, kind: MatrixKind, data: object, userId: string): Promise<MatrixItem> {
      const id = newId();
      const at = iso();
      return db.transaction().execute(async (trx) => {
        const last = await trx
          .selectFrom('matrix_items')
          .select((eb) => eb.fn.max('position').as('p'))
          .where('workspace_id', '=', workspaceId)
          .where('kind', '=', kind)
          .executeTakeFirst();
        const position = last?.p === null || last?.p === undefined ? 0 : Number(last.p) + 1;
        await trx
          .insertInto('matrix_items')
          .values({ id, workspace_id: workspaceId, kind, data: JSON.stringify(data), position, created_by: userId, created_at: at, updated_by: userId, updated_at: at })
          .execute();
        return (await find(workspaceId, kind, id, trx)) as MatrixItem;
      });
    },

    /** Compare-and-set: writes only if the item is still at `version`, else returns the current item. */
    async update(workspaceId: string, kind: MatrixKind, id: string, version: number, data: object, userId: string): Promise<VersionedWrite | undefined> {
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await itemToUpdate(trx, workspaceId, kind, id)
          .set((eb) => ({ data: JSON.stringify(data), version: eb('version', '+', 1), updated_by: userId, updated_at: iso() }))
          .where('version', '=', version)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        const item = await find(workspaceId, kind, id, trx);
        if (!item || item.deletedAt !== null) return undefined;
        return numUpdatedRows === 1n ? { ok: true, item } : { ok: false, current: item };
      });
    },

    /** Deletes an item not yet deleted; undefined if there is none (or it already was). */
    async softDelete(workspaceId: string, kind: MatrixKind, id: string, userId: string): Promise<MatrixItem | undefined> {
      const at = iso();
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await itemToUpdate(trx, workspaceId, kind, id)
          .set((eb) => ({ deleted_at: at, deleted_by: userId, version: eb('version', '+', 1), updated_by: userId, updated_at: at }))
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        return numUpdatedRows === 0n ? undefined : find(workspaceId, kind, id, trx);
      });
    },

    /** Undoes a deletion; undefined if the item is not deleted (any more: someone restored it first). */
    async restore(workspaceId: string, kind: MatrixKind, id: string, userId: string): Promise<MatrixItem | undefined> {
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await itemToUpdate(trx, workspaceId, kind, id)
          .set((eb) => ({ deleted_at: null, deleted_by: null, version: eb('version', '+', 1), updated_by: userId, updated_at: iso() }))
          .where('deleted_at', 'is not', null)
          .executeTakeFirst();
        return numUpdatedRows === 0n ? undefined : find(workspaceId, kind, id, trx);
      });
    },

    /**
     * Archives (`archived`) or brings back an item that is not deleted; a new version either way.
     * Undefined when nothing changed: no such live item, or it already was in that state.
     */
    async setArchived(workspaceId: string, kind: MatrixKind, id: string, archived: boolean, userId: string): Promise<MatrixItem | undefined> {
      const at = iso();
      return db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await itemToUpdate(trx, workspaceId, kind, id)
          .set((eb) => ({ archived_at: archived ? at : null, version: eb('version', '+', 1), updated_by: userId, updated_at: at }))
          .where('deleted_at', 'is', null)
          .where('archived_at', archived ? 'is' : 'is not', null)
          .executeTakeFirst();
        return numUpdatedRows === 0n ? undefined : find(workspaceId, kind, id, trx);
      });
    },
  };
}
