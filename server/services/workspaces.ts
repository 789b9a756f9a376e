import { leadInstitutionOf } from '../../shared/cycle/representation.ts';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import type {
  Institution,
  WorkspaceChanges,
  WorkspaceDeletionPreview,
  WorkspaceDetail,
  Workspace,
  WorkspaceSummary,
} from '../../shared/schemas/workspaces.ts';
import type { WorkspaceFields } from '../db/workspace-repository.ts';
import { HttpError, invalidField, notFound } from '../http/errors.ts';
import { workspaceKey } from '../db/locks.ts';
import type { Infrastructure } from '../services.ts';
import { presetVocabulary, type DomainPreset } from '../../shared/vocabulary/presets.ts';
import { checkVocabularyKeys, currentVocabulary } from './vocabulary.ts';

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;

/** Workspaces, their settings and their registry of institutions. */
export function createWorkspaceService({
  workspaces,
  members,
  institutions,
  documents,
  policy,
  events,
  activity,
  bus,
  logger,
  locks,
  vocabularies,
  imageStorage,
}: Pick<
  Infrastructure,
  'workspaces' | 'members' | 'institutions' | 'documents' | 'policy' | 'events' | 'activity' | 'bus' | 'logger' | 'locks' | 'vocabularies' | 'imageStorage'
>) {
  /**
   * The lead institution is a row of the registry like any other, so members can belong to it
   * and it counts as represented: listed (as a ministry or agency) when the registry lacks it.
   */
  async function listLeadInstitution(workspaceId: string, lead: string, actorId: string): Promise<void> {
    if (lead === '' || leadInstitutionOf(lead, await institutions.list(workspaceId))) return;
    const institution = await institutions.create(workspaceId, lead, null);
    events.publish(workspaceId, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId });
  }

  /**
   * Whether the institution is the workspace's lead or the ministry the lead is part of: the
   * workspace represents its lead by definition, so it stays in use while it leads.
   */
  async function leadsTheWorkspace(workspaceId: string, institutionId: string): Promise<boolean> {
    const workspace = await workspaces.find(workspaceId);
    const lead = leadInstitutionOf(workspace?.leadInstitution ?? '', await institutions.list(workspaceId));
    return lead !== undefined && (lead.id === institutionId || lead.parentId === institutionId);
  }

  /** Archives (`archived`) or restores the workspace; a repeat changes nothing. */
  async function setArchived(actor: User, workspaceId: string, archived: boolean): Promise<WorkspaceSummary> {
    const membership = await policy.authorize(actor.id, workspaceId, 'archiveWorkspace');
    return locks.exclusive(workspaceKey(workspaceId), async () => {
      let workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      if ((workspace.archivedAt !== null) !== archived) {
        workspace = (await workspaces.setArchived(workspaceId, archived ? new Date().toISOString() : null)) ?? workspace;
        await activity.record({ workspaceId, actorId: actor.id, action: archived ? 'workspace.archived' : 'workspace.restored', summary: workspace.title });
        events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
        // Open editors reconnect and are told read-only (or editable again).
        bus.emit({ type: 'archive.changed', workspaceId, documentId: null });
      }
      return { ...workspace, role: membership.role, abilities: abilitiesOf(membership.role, await policy.archiveFacts(workspaceId)) };
    });
  }

  /** Archives (`archived`) or restores an institution of the registry; a repeat changes nothing. */
  async function setInstitutionArchived(actor: User, workspaceId: string, institutionId: string, archived: boolean): Promise<Institution> {
    await policy.authorize(actor.id, workspaceId, 'manageMembers');
    return locks.exclusive(workspaceKey(workspaceId), async () => {
      let institution = await institutions.find(workspaceId, institutionId);
      if (!institution) throw notFound('institution');
      if ((institution.archivedAt !== null) === archived) return institution;
      if (archived && (await leadsTheWorkspace(workspaceId, institutionId))) {
        throw new HttpError(409, 'lead_institution', 'the lead institution, or the ministry it is part of, cannot be archived: name another lead first');
      }
      institution = (await institutions.setArchived(workspaceId, institutionId, archived ? new Date().toISOString() : null)) ?? institution;
      const action = archived ? 'updated' : 'restored';
      events.publish(workspaceId, { resource: 'institutions', action, id: institutionId, item: institution, actorId: actor.id });
      await activity.record({
        workspaceId,
        actorId: actor.id,
        action: archived ? 'institution.archived' : 'institution.restored',
        subjectId: institutionId,
        summary: institution.name,
      });
      return institution;
    });
  }

  /** The workspace, for an instance administrator about to delete it for good. */
  async function forDeletion(actor: User, workspaceId: string): Promise<Workspace> {
    policy.authorizeInstance(actor, 'deleteForGood');
    const workspace = await workspaces.find(workspaceId);
    if (!workspace) throw notFound('workspace');
    return workspace;
  }

  return {
    async listFor(actor: User): Promise<WorkspaceSummary[]> {
      return (await workspaces.listForUser(actor.id)).map((w) => ({ ...w, abilities: abilitiesOf(w.role, w.archivedAt ? { archived: 'workspace' } : {}) }));
    },

    /** The creator becomes the workspace's facilitator; its vocabulary starts from `preset`. */
    async create(actor: User, fields: WorkspaceFields & { preset?: DomainPreset }): Promise<WorkspaceSummary> {
      const vocabulary = presetVocabulary(fields.preset ?? 'migration');
      checkVocabularyKeys(vocabulary, 'areas', fields.thematicAreas, (index) => `thematicAreas.${index}`);
      const workspace = await workspaces.create(fields, actor.id);
      await vocabularies.save(workspace.id, vocabulary, actor.id);
      await listLeadInstitution(workspace.id, workspace.leadInstitution, actor.id);
      return { ...workspace, role: 'facilitator', abilities: abilitiesOf('facilitator') };
    },

    async get(actor: User, workspaceId: string): Promise<WorkspaceDetail> {
      const membership = await policy.authorize(actor.id, workspaceId, 'read');
      const workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      return {
        workspace,
        membership: { id: membership.id, role: membership.role },
        abilities: abilitiesOf(membership.role, await policy.archiveFacts(workspaceId)),
        members: await members.listActive(workspaceId),
        institutions: await institutions.list(workspaceId),
        documents: await documents.listInWorkspace(workspaceId),
        archivedDocuments: await documents.listArchived(workspaceId),
      };
    },

    async update(actor: User, workspaceId: string, changes: WorkspaceChanges): Promise<WorkspaceSummary> {
      const membership = await policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      // A new lead joins the registry: one registry change at a time.
      return locks.exclusive(workspaceKey(workspaceId), async () => {
        const current = await workspaces.find(workspaceId);
        if (!current) throw notFound('workspace');
        if (changes.thematicAreas) {
          const vocabulary = await currentVocabulary(vocabularies, workspaceId);
          checkVocabularyKeys(vocabulary, 'areas', changes.thematicAreas, (index) => `thematicAreas.${index}`, current.thematicAreas);
        }
        const workspace = await workspaces.update(workspaceId, { ...current, ...changes });
        events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
        if (changes.leadInstitution !== undefined) await listLeadInstitution(workspaceId, workspace.leadInstitution, actor.id);
        return { ...workspace, role: membership.role, abilities: abilitiesOf(membership.role) };
      });
    },

    /** Institutions form two levels (ministry → department), with names unique per parent. */
    async createInstitution(actor: User, workspaceId: string, name: string, parentId: string | null): Promise<Institution> {
      await policy.authorize(actor.id, workspaceId, 'manageMembers');
      // The name is checked, then written: one registry change at a time.
      return locks.exclusive(workspaceKey(workspaceId), async () => {
        if (parentId !== null) {
          const parent = await institutions.find(workspaceId, parentId);
          if (!parent) throw invalidField('parentId', 'notFound', 'no such institution in this workspace');
          if (parent.parentId !== null) throw invalidField('parentId', 'invalidParent', 'the parent must be a ministry, not a department');
          if (parent.archivedAt !== null) throw invalidField('parentId', 'archived', 'the parent is archived: restore it first');
        }
        const taken = (await institutions.list(workspaceId)).some((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
        if (taken) throw new HttpError(409, 'institution_exists', 'an institution with this name exists here', { name: [fieldIssue('duplicate', 'already listed')] });
        const institution = await institutions.create(workspaceId, name, parentId);
        events.publish(workspaceId, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId: actor.id });
        return institution;
      });
    },

    /** Offered to nobody new; members already in it keep it, and its name. */
    archiveInstitution: (actor: User, workspaceId: string, institutionId: string): Promise<Institution> =>
      setInstitutionArchived(actor, workspaceId, institutionId, true),
    restoreInstitution: (actor: User, workspaceId: string, institutionId: string): Promise<Institution> =>
      setInstitutionArchived(actor, workspaceId, institutionId, false),

    /** Read-only for everyone until restored; nothing in it is lost or renamed. */
    archive: (actor: User, workspaceId: string): Promise<WorkspaceSummary> => setArchived(actor, workspaceId, true),
    restore: (actor: User, workspaceId: string): Promise<WorkspaceSummary> => setArchived(actor, workspaceId, false),

    async deletionPreview(actor: User, workspaceId: string): Promise<WorkspaceDeletionPreview> {
      const workspace = await forDeletion(actor, workspaceId);
      return { title: workspace.title, ...(await workspaces.contents(workspaceId)) };
    },

    /**
     * Deletes an archived workspace and everything in it, in one transaction. The workspace's
     * own activity record goes with it, so the deletion is written to the server's log; its
     * documents' rooms unload, their image files go and its live channels close.
     */
    async remove(actor: User, workspaceId: string): Promise<void> {
      const workspace = await forDeletion(actor, workspaceId);
      const imageFiles = await locks.exclusive(workspaceKey(workspaceId), async () => {
        if (workspace.archivedAt === null) throw new HttpError(409, 'not_archived', 'archive the workspace before deleting it for good');
        const documentIds = [...(await documents.listInWorkspace(workspaceId)), ...(await documents.listArchived(workspaceId))].map((d) => d.id);
        const contents = await workspaces.contents(workspaceId);
        const files = await imageStorage.filesOf(documentIds);
        await workspaces.remove(workspaceId);
        logger.info('workspace.deleted', { workspaceId, title: workspace.title, byUserId: actor.id, byName: actor.name, ...contents });
        bus.emit({ type: 'documents.deleted', documentIds });
        bus.emit({ type: 'workspace.deleted', workspaceId });
        return files;
      });
      await imageStorage.release(imageFiles);
    },
  };
}
