import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Institution, WorkspaceChanges, WorkspaceDetail, WorkspaceSummary } from '../../shared/schemas/workspaces.ts';
import type { WorkspaceFields } from '../db/workspace-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

const badParent = (message: string) => new HttpError(400, 'invalid_request', 'invalid request body', { parentId: [message] });

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;

/** Workspaces, their settings and their registry of institutions. */
export function createWorkspaceService({
  workspaces,
  members,
  institutions,
  documents,
  policy,
  events,
}: Pick<Infrastructure, 'workspaces' | 'members' | 'institutions' | 'documents' | 'policy' | 'events'>) {
  return {
    listFor(actor: User): WorkspaceSummary[] {
      return workspaces.listForUser(actor.id).map((w) => ({ ...w, abilities: abilitiesOf(w.role) }));
    },

    /** The creator becomes the workspace's facilitator. */
    create(actor: User, fields: WorkspaceFields): WorkspaceSummary {
      const workspace = workspaces.create(fields, actor.id);
      return { ...workspace, role: 'facilitator', abilities: abilitiesOf('facilitator') };
    },

    get(actor: User, workspaceId: string): WorkspaceDetail {
      const membership = policy.authorize(actor.id, workspaceId, 'read');
      const workspace = workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      return {
        workspace,
        membership: { id: membership.id, role: membership.role },
        abilities: abilitiesOf(membership.role),
        members: members.listActive(workspaceId),
        institutions: institutions.list(workspaceId),
        documents: documents.listInWorkspace(workspaceId),
      };
    },

    update(actor: User, workspaceId: string, changes: WorkspaceChanges): WorkspaceSummary {
      const membership = policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      const current = workspaces.find(workspaceId);
      if (!current) throw notFound('workspace');
      const workspace = workspaces.update(workspaceId, { ...current, ...changes });
      events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
      return { ...workspace, role: membership.role, abilities: abilitiesOf(membership.role) };
    },

    /** Institutions form two levels (ministry → department), with names unique per parent. */
    createInstitution(actor: User, workspaceId: string, name: string, parentId: string | null): Institution {
      policy.authorize(actor.id, workspaceId, 'manageMembers');
      if (parentId !== null) {
        const parent = institutions.find(workspaceId, parentId);
        if (!parent) throw badParent('no such institution in this workspace');
        if (parent.parentId !== null) throw badParent('the parent must be a ministry, not a department');
      }
      const taken = institutions.list(workspaceId).some((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
      if (taken) throw new HttpError(409, 'institution_exists', 'an institution with this name exists here', { name: ['already listed'] });
      const institution = institutions.create(workspaceId, name, parentId);
      events.publish(workspaceId, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId: actor.id });
      return institution;
    },
  };
}
