import { AGREEMENT_FIELDS } from '../../shared/glossary/agreement.ts';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { matrixItemTitle, type MatrixItem, type MatrixKind, type MatrixList, type VotableKind } from '../../shared/schemas/matrices/index.ts';
import { invalidField } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import type { MatrixListView } from './matrix-items.ts';
import { checkVocabularyKeys, currentVocabulary } from './vocabulary.ts';

export type MatrixService = ReturnType<typeof createMatrixService>;

type Change = 'created' | 'updated' | 'deleted' | 'restored' | 'archived';

/**
 * Members reading and changing the structured matrices of a workspace: reading needs `read`,
 * every change `edit`, archiving and bringing back an archived item `archive`; each change goes
 * into the activity record (by the item's name, which stays readable), and the store
 * (`matrix-items.ts`) publishes its live event.
 */
export function createMatrixService({ policy, matrixItems, members, activity, vocabularies }: Pick<Infrastructure, 'policy' | 'matrixItems' | 'members' | 'activity' | 'vocabularies'>) {
  /** Who changed what, when: the workspace's activity record. */
  async function recorded(item: MatrixItem, change: Change, actor: User): Promise<MatrixItem> {
    await activity.record({
      workspaceId: item.workspaceId,
      actorId: actor.id,
      action: `matrix.${item.kind}.${change}`,
      subjectId: item.id,
      summary: matrixItemTitle(item).trim().slice(0, 200) || item.kind,
    });
    return item;
  }

  /** A glossary term's agreement is given through its own use case (`glossary.ts`), not by editing. */
  function refuseAgreement(kind: MatrixKind, data: Record<string, unknown>): void {
    const field = kind === 'glossary' ? AGREEMENT_FIELDS.find((name) => name in data) : undefined;
    if (field) throw invalidField(`data.${field}`, 'notEditable', 'set by agreeing the term, not by editing it');
  }

  /** An evidence item's source type is one of the workspace's (its vocabulary), or the one it had. */
  async function checkSourceType(workspaceId: string, kind: MatrixKind, data: Record<string, unknown>, current?: MatrixItem): Promise<void> {
    const value = data['sourceType'];
    if (kind !== 'evidence' || typeof value !== 'string') return;
    const kept = typeof current?.data['sourceType'] === 'string' ? [current.data['sourceType']] : [];
    checkVocabularyKeys(await currentVocabulary(vocabularies, workspaceId), 'evidenceTypes', [value], () => 'data.sourceType', kept);
  }

  /** An owner must be a current member of the same workspace. */
  async function checkOwner(workspaceId: string, data: Record<string, unknown>): Promise<void> {
    const owner = data['ownerMemberId'];
    if (typeof owner !== 'string' || (await members.findActive(workspaceId, owner))) return;
    throw invalidField('data.ownerMemberId', 'notAMember', 'not a member of this workspace');
  }

  return {
    /** Live items, the undo bin or the archived items, and the caller's abilities. */
    async list(actor: User, workspaceId: string, kind: MatrixKind, view: MatrixListView): Promise<MatrixList> {
      const membership = await policy.authorize(actor.id, workspaceId, 'read');
      return { items: await matrixItems.list(workspaceId, kind, view), abilities: abilitiesOf(membership.role, await policy.archiveFacts(workspaceId)) };
    },

    async get(actor: User, workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'read');
      return matrixItems.get(workspaceId, kind, id);
    },

    async create(actor: User, workspaceId: string, kind: MatrixKind, data: Record<string, unknown>): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      refuseAgreement(kind, data);
      await checkSourceType(workspaceId, kind, data);
      await checkOwner(workspaceId, data);
      return recorded(await matrixItems.create(workspaceId, kind, data, actor.id), 'created', actor);
    },

    /** Changes the fields of `patch` on top of `version`; a stale version is a 409. */
    async update(actor: User, workspaceId: string, kind: MatrixKind, id: string, version: number, patch: Record<string, unknown>): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      refuseAgreement(kind, patch);
      await checkSourceType(workspaceId, kind, patch, await matrixItems.find(workspaceId, kind, id));
      await checkOwner(workspaceId, patch);
      return recorded(await matrixItems.update(workspaceId, kind, id, version, patch, actor.id), 'updated', actor);
    },

    async remove(actor: User, workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      return recorded(await matrixItems.remove(workspaceId, kind, id, actor.id), 'deleted', actor);
    },

    async archive(actor: User, workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'archive');
      return recorded(await matrixItems.setArchived(workspaceId, kind, id, true, actor.id), 'archived', actor);
    },

    /**
     * Brings an item back: a deleted one within the restore window (`edit`, as deleting took),
     * else an archived one (`archive`).
     */
    async restore(actor: User, workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'read');
      const item = await matrixItems.find(workspaceId, kind, id);
      if (item && item.deletedAt === null && item.archivedAt !== null) {
        await policy.authorize(actor.id, workspaceId, 'archive');
        return recorded(await matrixItems.setArchived(workspaceId, kind, id, false, actor.id), 'restored', actor);
      }
      await policy.authorize(actor.id, workspaceId, 'edit');
      return recorded(await matrixItems.restore(workspaceId, kind, id, actor.id), 'restored', actor);
    },

    /** A priority vote is a change of the matrix, so it needs the same ability as editing it. */
    async vote(actor: User, workspaceId: string, kind: VotableKind, id: string, vote: boolean): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      return matrixItems.vote(workspaceId, kind, id, vote, actor.id);
    },
  };
}
