import { leadInstitutionOf } from '../../shared/cycle/representation.ts';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import type {
  Institution,
  WorkspaceChanges,
  WorkspaceDeletionPreview,
  WorkspaceDetail,
  WorkspaceSummary,
} from '../../shared/schemas/workspaces.ts';
import type { WorkspaceFields } from '../db/workspace-repository.ts';
import { HttpError, invalidField, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';


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
}: Pick<Infrastructure, 'workspaces' | 'members' | 'institutions' | 'documents' | 'policy' | 'events' | 'activity' | 'bus' | 'logger'>) {
  /**
   * The lead institution is a row of the registry like any other, so members can belong to it
   * and it counts as represented: listed (as a ministry or agency) when the registry lacks it.
   */
  function listLeadInstitution(workspaceId: string, lead: string, actorId: string): void {
    if (lead === '' || leadInstitutionOf(lead, institutions.list(workspaceId))) return;
    const institution = institutions.create(workspaceId, lead, null);
    events.publish(workspaceId, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId });
  }

  /**
   * Whether the institution is the workspace's lead or the ministry the lead is part of: the
   * workspace represents its lead by definition, so it stays in use while it leads.
   */
  function leadsTheWorkspace(workspaceId: string, institutionId: string): boolean {
    const lead = leadInstitutionOf(workspaces.find(workspaceId)?.leadInstitution ?? '', institutions.list(workspaceId));
    return lead !== undefined && (lead.id === institutionId || lead.parentId === institutionId);
  }

  /** Archives (`archived`) or restores the workspace; a repeat changes nothing. */
  function setArchived(actor: User, workspaceId: string, archived: boolean): WorkspaceSummary {
    const membership = policy.authorize(actor.id, workspaceId, 'archiveWorkspace');
    let workspace = workspaces.find(workspaceId);
    if (!workspace) throw notFound('workspace');
    if ((workspace.archivedAt !== null) !== archived) {
      workspace = workspaces.setArchived(workspaceId, archived ? new Date().toISOString() : null) ?? workspace;
      activity.record({ workspaceId, actorId: actor.id, action: archived ? 'workspace.archived' : 'workspace.restored', summary: workspace.title });
      events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
      // Open editors reconnect and are told read-only (or editable again).
      bus.emit({ type: 'archive.changed', workspaceId, documentId: null });
    }
    return { ...workspace, role: membership.role, abilities: abilitiesOf(membership.role, policy.archiveFacts(workspaceId)) };
  }

  /** Archives (`archived`) or restores an institution of the registry; a repeat changes nothing. */
  function setInstitutionArchived(actor: User, workspaceId: string, institutionId: string, archived: boolean): Institution {
    policy.authorize(actor.id, workspaceId, 'manageMembers');
    let institution = institutions.find(workspaceId, institutionId);
    if (!institution) throw notFound('institution');
    if ((institution.archivedAt !== null) === archived) return institution;
    if (archived && leadsTheWorkspace(workspaceId, institutionId)) {
      throw new HttpError(409, 'lead_institution', 'the lead institution, or the ministry it is part of, cannot be archived: name another lead first');
    }
    institution = institutions.setArchived(workspaceId, institutionId, archived ? new Date().toISOString() : null) ?? institution;
    const action = archived ? 'updated' : 'restored';
    events.publish(workspaceId, { resource: 'institutions', action, id: institutionId, item: institution, actorId: actor.id });
    activity.record({
      workspaceId,
      actorId: actor.id,
      action: archived ? 'institution.archived' : 'institution.restored',
      subjectId: institutionId,
      summary: institution.name,
    });
    return institution;
  }

  /** The workspace, for an instance administrator about to delete it for good. */
  function forDeletion(actor: User, workspaceId: string) {
    policy.authorizeInstance(actor, 'deleteForGood');
    const workspace = workspaces.find(workspaceId);
    if (!workspace) throw notFound('workspace');
    return workspace;
  }

  return {
    listFor(actor: User): WorkspaceSummary[] {
      return workspaces.listForUser(actor.id).map((w) => ({ ...w, abilities: abilitiesOf(w.role, w.archivedAt ? { archived: 'workspace' } : {}) }));
    },

    /** The creator becomes the workspace's facilitator. */
    create(actor: User, fields: WorkspaceFields): WorkspaceSummary {
      const workspace = workspaces.create(fields, actor.id);
      listLeadInstitution(workspace.id, workspace.leadInstitution, actor.id);
      return { ...workspace, role: 'facilitator', abilities: abilitiesOf('facilitator') };
    },

    get(actor: User, workspaceId: string): WorkspaceDetail {
      const membership = policy.authorize(actor.id, workspaceId, 'read');
      const workspace = workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      return {
        workspace,
        membership: { id: membership.id, role: membership.role },
        abilities: abilitiesOf(membership.role, policy.archiveFacts(workspaceId)),
        members: members.listActive(workspaceId),
        institutions: institutions.list(workspaceId),
        documents: documents.listInWorkspace(workspaceId),
        archivedDocuments: documents.listArchived(workspaceId),
      };
    },

    update(actor: User, workspaceId: string, changes: WorkspaceChanges): WorkspaceSummary {
      const membership = policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      const current = workspaces.find(workspaceId);
      if (!current) throw notFound('workspace');
      const workspace = workspaces.update(workspaceId, { ...current, ...changes });
      events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
      if (changes.leadInstitution !== undefined) listLeadInstitution(workspaceId, workspace.leadInstitution, actor.id);
      return { ...workspace, role: membership.role, abilities: abilitiesOf(membership.role) };
    },

    /** Institutions form two levels (ministry → department), with names unique per parent. */
    createInstitution(actor: User, workspaceId: string, name: string, parentId: string | null): Institution {
      policy.authorize(actor.id, workspaceId, 'manageMembers');
      if (parentId !== null) {
        const parent = institutions.find(workspaceId, parentId);
        if (!parent) throw invalidField('parentId', 'notFound', 'no such institution in this workspace');
        if (parent.parentId !== null) throw invalidField('parentId', 'invalidParent', 'the parent must be a ministry, not a department');
        if (parent.archivedAt !== null) throw invalidField('parentId', 'archived', 'the parent is archived: restore it first');
      }
      const taken = institutions.list(workspaceId).some((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
      if (taken) throw new HttpError(409, 'institution_exists', 'an institution with this name exists here', { name: [fieldIssue('duplicate', 'already listed')] });
      const institution = institutions.create(workspaceId, name, parentId);
      events.publish(workspaceId, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId: actor.id });
      return institution;
    },

    /** Offered to nobody new; members already in it keep it, and its name. */
    archiveInstitution: (actor: User, workspaceId: string, institutionId: string): Institution =>
      setInstitutionArchived(actor, workspaceId, institutionId, true),
    restoreInstitution: (actor: User, workspaceId: string, institutionId: string): Institution =>
      setInstitutionArchived(actor, workspaceId, institutionId, false),

    /** Read-only for everyone until restored; nothing in it is lost or renamed. */
    archive: (actor: User, workspaceId: string): WorkspaceSummary => setArchived(actor, workspaceId, true),
    restore: (actor: User, workspaceId: string): WorkspaceSummary => setArchived(actor, workspaceId, false),

    deletionPreview(actor: User, workspaceId: string): WorkspaceDeletionPreview {
      const workspace = forDeletion(actor, workspaceId);
      return { title: workspace.title, ...workspaces.contents(workspaceId) };
    },

    /**
     * Deletes an archived workspace and everything in it, in one transaction. The workspace's
     * own activity record goes with it, so the deletion is written to the server's log; its
     * documents' rooms unload and its live channels close.
     */
    remove(actor: User, workspaceId: string): void {
      const workspace = forDeletion(actor, workspaceId);
      if (workspace.archivedAt === null) throw new HttpError(409, 'not_archived', 'archive the workspace before deleting it for good');
      const documentIds = [...documents.listInWorkspace(workspaceId), ...documents.listArchived(workspaceId)].map((d) => d.id);
      const contents = workspaces.contents(workspaceId);
      workspaces.remove(workspaceId);
      logger.info('workspace.deleted', { workspaceId, title: workspace.title, byUserId: actor.id, byName: actor.name, ...contents });
      bus.emit({ type: 'documents.deleted', documentIds });
      bus.emit({ type: 'workspace.deleted', workspaceId });
    },
  };
}
