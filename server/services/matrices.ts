import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { matrixItemTitle, type MatrixItem, type MatrixKind, type MatrixList, type VotableKind } from '../../shared/schemas/matrices/index.ts';
import { invalidField } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import type { MatrixListView } from './matrix-items.ts';

export type MatrixService = ReturnType<typeof createMatrixService>;

type Change = 'created' | 'updated' | 'deleted' | 'restored' | 'archived';

/**
 * Members reading and changing the structured matrices of a workspace: reading needs `read`,
 * every change `edit`, archiving and bringing back an archived item `archive`; each change goes
 * into the activity record (by the item's name, which stays readable), and the store
 * (`matrix-items.ts`) publishes its live event.
 */
export function createMatrixService({ policy, matrixItems, members, activity }: Pick<Infrastructure, 'policy' | 'matrixItems' | 'members' | 'activity'>) {
  /** Who changed what, when: the workspace's activity record. */
  function recorded(item: MatrixItem, change: Change, actor: User): MatrixItem {
    activity.record({
      workspaceId: item.workspaceId,
      actorId: actor.id,
      action: `matrix.${item.kind}.${change}`,
      subjectId: item.id,
      summary: matrixItemTitle(item).trim().slice(0, 200) || item.kind,
    });
    return item;
  }

  /** An owner must be a current member of the same workspace. */
  function checkOwner(workspaceId: string, data: Record<string, unknown>): void {
    const owner = data['ownerMemberId'];
    if (typeof owner !== 'string' || members.findActive(workspaceId, owner)) return;
    throw invalidField('data.ownerMemberId', 'notAMember', 'not a member of this workspace');
  }

  return {
    /** Live items, the undo bin or the archived items, and the caller's abilities. */
    list(actor: User, workspaceId: string, kind: MatrixKind, view: MatrixListView): MatrixList {
      const membership = policy.authorize(actor.id, workspaceId, 'read');
      return { items: matrixItems.list(workspaceId, kind, view), abilities: abilitiesOf(membership.role, policy.archiveFacts(workspaceId)) };
    },

    get(actor: User, workspaceId: string, kind: MatrixKind, id: string): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'read');
      return matrixItems.get(workspaceId, kind, id);
    },

    create(actor: User, workspaceId: string, kind: MatrixKind, data: Record<string, unknown>): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'edit');
      checkOwner(workspaceId, data);
      return recorded(matrixItems.create(workspaceId, kind, data, actor.id), 'created', actor);
    },

    /** Changes the fields of `patch` on top of `version`; a stale version is a 409. */
    update(actor: User, workspaceId: string, kind: MatrixKind, id: string, version: number, patch: Record<string, unknown>): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'edit');
      checkOwner(workspaceId, patch);
      return recorded(matrixItems.update(workspaceId, kind, id, version, patch, actor.id), 'updated', actor);
    },

    remove(actor: User, workspaceId: string, kind: MatrixKind, id: string): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'edit');
      return recorded(matrixItems.remove(workspaceId, kind, id, actor.id), 'deleted', actor);
    },

    archive(actor: User, workspaceId: string, kind: MatrixKind, id: string): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'archive');
      return recorded(matrixItems.setArchived(workspaceId, kind, id, true, actor.id), 'archived', actor);
    },

    /**
     * Brings an item back: a deleted one within the restore window (`edit`, as deleting took),
     * else an archived one (`archive`).
     */
    restore(actor: User, workspaceId: string, kind: MatrixKind, id: string): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'read');
      const item = matrixItems.find(workspaceId, kind, id);
      if (item && item.deletedAt === null && item.archivedAt !== null) {
        policy.authorize(actor.id, workspaceId, 'archive');
        return recorded(matrixItems.setArchived(workspaceId, kind, id, false, actor.id), 'restored', actor);
      }
      policy.authorize(actor.id, workspaceId, 'edit');
      return recorded(matrixItems.restore(workspaceId, kind, id, actor.id), 'restored', actor);
    },

    /** A priority vote is a change of the matrix, so it needs the same ability as editing it. */
    vote(actor: User, workspaceId: string, kind: VotableKind, id: string, vote: boolean): MatrixItem {
      policy.authorize(actor.id, workspaceId, 'edit');
      return matrixItems.vote(workspaceId, kind, id, vote, actor.id);
    },
  };
}
