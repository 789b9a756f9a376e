import { z } from 'zod';
import { fieldIssue, type FieldIssues } from '../../shared/schemas/field-issues.ts';
import {
  MATRIX_REFERENCES,
  matrixDataSchemas,
  matrixResource,
  RESTORE_WINDOW_MS,
  SERVER_MANAGED_FIELDS,
  type MatrixItem,
  type MatrixKind,
  type VotableKind,
} from '../../shared/schemas/matrices/index.ts';
import { reopenIfReworded } from '../../shared/glossary/agreement.ts';
import type { MatrixRepository } from '../db/matrix-repository.ts';
import { HttpError, notFound, parseOrThrow } from '../http/errors.ts';
import type { LiveEvents } from '../realtime/live-events.ts';

export type MatrixItems = ReturnType<typeof createMatrixItems>;

// The client reads the item again to show what won; the answer carries no copy of it.
const versionConflict = () => new HttpError(409, 'version_conflict', 'someone changed this item in the meantime');
const archivedItem = () => new HttpError(409, 'item_archived', 'this item is archived: restore it to change it');

/** Which items a list shows: those in use, the undo bin of recent deletions, or the archived ones. */
export type MatrixListView = 'live' | 'deleted' | 'archived';

/**
 * The store of the structured matrices: validation against the kind's schema and the
 * workspace's other items, versioned writes, soft deletion with undo, archiving, and a live event
 * for every change, whoever makes it (a member, the cycle's decision log, the demo). The members'
 * use cases, with authorization and the activity record, are `server/services/matrices.ts`.
 */
export function createMatrixItems(items: MatrixRepository, events: LiveEvents, now: () => number = Date.now) {
  /**
   * Parses with the kind's schema and checks references. On update only the changed fields'
   * references are checked, so an item whose linked item was deleted stays editable.
   */
  async function validate(workspaceId: string, kind: MatrixKind, data: Record<string, unknown>, changed?: ReadonlySet<string>): Promise<Record<string, unknown>> {
    // Wrapped so error paths read like the request body: `data.dueDate`.
    const schema = z.object({ data: matrixDataSchemas[kind] as z.ZodType });
    const parsed = (parseOrThrow(schema, { data }, `${kind} item`) as { data: Record<string, unknown> }).data;
    const fields: FieldIssues = {};
    for (const [field, target] of Object.entries(MATRIX_REFERENCES[kind])) {
      if (changed && !changed.has(field)) continue;
      const value = parsed[field];
      const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
      if (ids.length === 0) continue;
      const live = await items.liveIds(workspaceId, target);
      const missing = ids.filter((id): id is string => typeof id === 'string' && !live.has(id));
      if (missing.length > 0) fields[`data.${field}`] = [fieldIssue('notFound', `no ${target} item with id ${missing.join(', ')} in this workspace`)];
    }
    if (Object.keys(fields).length > 0) throw new HttpError(400, 'invalid_request', `invalid ${kind} item`, fields);
    return parsed;
  }

  function refuseServerManaged(kind: MatrixKind, data: Record<string, unknown>): void {
    const managed = (SERVER_MANAGED_FIELDS[kind] ?? []).filter((field) => field in data);
    if (managed.length === 0) return;
    const fields = Object.fromEntries(managed.map((field) => [`data.${field}`, [fieldIssue('notEditable', 'changed through its own route, not here')]]));
    throw new HttpError(400, 'invalid_request', `invalid ${kind} item`, fields);
  }

  /** Archiving is an update of the item (it carries `archivedAt`), bringing it back a restore. */
  function publish(item: MatrixItem, action: 'created' | 'updated' | 'deleted' | 'restored', actorId: string): void {
    events.publish(item.workspaceId, { resource: matrixResource(item.kind), action, id: item.id, item, actorId });
  }

  async function existing(workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
    const item = await items.find(workspaceId, kind, id);
    if (!item || item.deletedAt !== null) throw notFound(`${kind} item`);
    return item;
  }

  /** An item that may change: archived ones are kept as they were until restored. */
  async function changeable(workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
    const item = await existing(workspaceId, kind, id);
    if (item.archivedAt !== null) throw archivedItem();
    return item;
  }

  const lists: Record<MatrixListView, (workspaceId: string, kind: MatrixKind) => Promise<MatrixItem[]>> = {
    live: (workspaceId, kind) => items.list(workspaceId, kind),
    deleted: (workspaceId, kind) => items.listDeleted(workspaceId, kind, RESTORE_WINDOW_MS),
    archived: (workspaceId, kind) => items.listArchived(workspaceId, kind),
  };

  return {
    list: (workspaceId: string, kind: MatrixKind, view: MatrixListView = 'live'): Promise<MatrixItem[]> => lists[view](workspaceId, kind),
    get: existing,
    /** The item whatever its state (deleted, archived), if the workspace has it. */
    find: (workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem | undefined> => items.find(workspaceId, kind, id),
    /** Every live item of the workspace, all kinds. */
    listAll: (workspaceId: string): Promise<MatrixItem[]> => items.listAll(workspaceId),

    async create(workspaceId: string, kind: MatrixKind, data: Record<string, unknown>, userId: string): Promise<MatrixItem> {
      refuseServerManaged(kind, data);
      const item = await items.create(workspaceId, kind, await validate(workspaceId, kind, data), userId);
      publish(item, 'created', userId);
      return item;
    },

    /** Applies a partial change on top of the version the client saw; a stale version is a 409. */
    async update(workspaceId: string, kind: MatrixKind, id: string, version: number, patch: Record<string, unknown>, userId: string): Promise<MatrixItem> {
      refuseServerManaged(kind, patch);
      const current = await changeable(workspaceId, kind, id);
      if (current.version !== version) throw versionConflict();
      const validated = await validate(workspaceId, kind, { ...current.data, ...patch }, new Set(Object.keys(patch)));
      const data = kind === 'glossary' ? reopenIfReworded(current.data, validated) : validated;
      const result = await items.update(workspaceId, kind, id, version, data, userId);
      if (!result) throw notFound(`${kind} item`);
      if (!result.ok) throw versionConflict();
      publish(result.item, 'updated', userId);
      return result.item;
    },

    /**
     * Writes fields that members' edits may not (a glossary term's agreement) on top of
     * `version`; the use case that calls it has authorized the change.
     */
    async setManaged(workspaceId: string, kind: MatrixKind, id: string, version: number, fields: Record<string, unknown>, userId: string): Promise<MatrixItem> {
      const current = await changeable(workspaceId, kind, id);
      if (current.version !== version) throw versionConflict();
      const result = await items.update(workspaceId, kind, id, version, { ...current.data, ...fields }, userId);
      if (!result) throw notFound(`${kind} item`);
      if (!result.ok) throw versionConflict();
      publish(result.item, 'updated', userId);
      return result.item;
    },

    /** Adds or removes the caller's own priority vote; no version needed, votes commute. */
    async vote(workspaceId: string, kind: VotableKind, id: string, vote: boolean, userId: string): Promise<MatrixItem> {
      for (;;) {
        const current = await changeable(workspaceId, kind, id);
        const votes = new Set(Array.isArray(current.data['votes']) ? (current.data['votes'] as string[]) : []);
        if (vote) votes.add(userId);
        else votes.delete(userId);
        const result = await items.update(workspaceId, kind, id, current.version, { ...current.data, votes: [...votes] }, userId);
        if (!result) throw notFound(`${kind} item`);
        if (result.ok) {
          publish(result.item, 'updated', userId);
          return result.item;
        }
      }
    },

    async remove(workspaceId: string, kind: MatrixKind, id: string, userId: string): Promise<MatrixItem> {
      const item = await items.softDelete(workspaceId, kind, id, userId);
      if (!item) throw notFound(`${kind} item`);
      publish(item, 'deleted', userId);
      return item;
    },

    /** Archives a live item, or brings an archived one back (`archived: false`); idempotent. */
    async setArchived(workspaceId: string, kind: MatrixKind, id: string, archived: boolean, userId: string): Promise<MatrixItem> {
      const current = await existing(workspaceId, kind, id);
      if ((current.archivedAt !== null) === archived) return current;
      const item = await items.setArchived(workspaceId, kind, id, archived, userId);
      // Nothing changed: someone archived, restored or deleted it in the meantime.
      if (!item) return existing(workspaceId, kind, id);
      publish(item, archived ? 'updated' : 'restored', userId);
      return item;
    },

    /** Undoes a deletion within the restore window; the item comes back as it was (archived or not). */
    async restore(workspaceId: string, kind: MatrixKind, id: string, userId: string): Promise<MatrixItem> {
      const deleted = await items.find(workspaceId, kind, id);
      if (!deleted) throw notFound(`${kind} item`);
      if (deleted.deletedAt === null) return deleted;
      if (now() - Date.parse(deleted.deletedAt) > RESTORE_WINDOW_MS) {
        throw new HttpError(410, 'restore_expired', 'this item was deleted too long ago to be restored');
      }
      const item = await items.restore(workspaceId, kind, id, userId);
      // Someone restored it in the meantime: it is back, as asked.
      if (!item) return existing(workspaceId, kind, id);
      publish(item, 'restored', userId);
      return item;
    },
  };
}
