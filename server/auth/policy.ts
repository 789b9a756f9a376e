import type { Kysely } from 'kysely';
import {
  can,
  canInstance,
  documentAccess,
  instanceRoleOf,
  type AbilityFacts,
  type Action,
  type InstanceAction,
  type Role,
} from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Schema } from '../db/schema.ts';
import { HttpError, notFound } from '../http/errors.ts';

export type Membership = { id: string; workspaceId: string; userId: string; role: Role };

export type Policy = ReturnType<typeof createPolicy>;

/**
 * Enforcement of the shared ability table (`shared/policy/abilities.ts`). Every HTTP route and
 * the sync socket go through these functions; nothing else tests a role.
 */
export function createPolicy(db: Kysely<Schema>) {
  const documentRow = (documentId: string) =>
    db.selectFrom('documents').select(['workspace_id', 'archived_at']).where('id', '=', documentId).executeTakeFirst();

  /** An archived workspace narrows everything in it; else an archived document narrows itself. */
  async function archiveFacts(workspaceId: string, documentArchived = false): Promise<AbilityFacts> {
    const workspace = await db.selectFrom('workspaces').select('archived_at').where('id', '=', workspaceId).executeTakeFirst();
    if (workspace?.archived_at) return { archived: 'workspace' };
    return documentArchived ? { archived: 'document' } : {};
  }

  async function membershipOf(workspaceId: string, userId: string): Promise<Membership | undefined> {
    const row = await db
      .selectFrom('memberships')
      .select(['id', 'role'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    return row && { id: row.id, workspaceId, userId, role: row.role as Role };
  }

  /**
   * The caller's membership if it allows `action`. Non-members get 404, as if the workspace
   * did not exist, so ids cannot be probed; members lacking the ability get 403 `forbidden`,
   * and a change of something archived 403 `workspace_archived` or `document_archived`.
   */
  async function authorize(userId: string, workspaceId: string, action: Action, facts: AbilityFacts = {}): Promise<Membership> {
    const membership = await membershipOf(workspaceId, userId);
    if (!membership || !can(membership.role, 'read')) throw notFound('workspace');
    const { archived } = { ...facts, ...(await archiveFacts(workspaceId)) };
    if (!can(membership.role, action, { ...facts, archived })) {
      if (archived && can(membership.role, action, { ...facts, archived: undefined })) {
        throw new HttpError(403, `${archived}_archived`, `this ${archived} is archived: it is read-only until someone restores it`);
      }
      throw new HttpError(403, 'forbidden', `your role (${membership.role}) does not allow this`);
    }
    return membership;
  }

  return {
    membershipOf,

    /**
     * Whether the workspace is archived, as the fact that narrows abilities in it: services
     * answer `abilitiesOf(role, await policy.archiveFacts(id))`, so the client offers only what
     * an archive still allows.
     */
    archiveFacts: (workspaceId: string): Promise<AbilityFacts> => archiveFacts(workspaceId),

    /** The same for a document: archived itself, or in an archived workspace. */
    async documentFacts(documentId: string): Promise<AbilityFacts> {
      const document = await documentRow(documentId);
      return document?.workspace_id ? archiveFacts(document.workspace_id, Boolean(document.archived_at)) : {};
    },

    authorize,

    /** The workspace a document belongs to, if the caller may `action` there; else 404/403. */
    async authorizeDocument(userId: string, documentId: string, action: Action, facts: AbilityFacts = {}): Promise<Membership> {
      const document = await documentRow(documentId);
      const workspaceId = document?.workspace_id;
      if (!workspaceId) throw notFound('document');
      try {
        return await authorize(userId, workspaceId, action, document.archived_at ? { ...facts, archived: 'document' } : facts);
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) throw notFound('document');
        throw error;
      }
    },

    /** Instance-wide actions (administration), decided by the account's instance role. */
    authorizeInstance(user: User, action: InstanceAction): void {
      if (!canInstance(instanceRoleOf(user), action)) {
        throw new HttpError(403, 'forbidden', 'only an instance administrator may do this');
      }
    },

    /**
     * Refuses a membership change that would leave nobody able to manage members (a
     * facilitator or chair): the workspace could then never invite or change roles again.
     * `role: null` ends a membership; `memberId: null` is a membership about to be created.
     */
    async assertKeepsLead(workspaceId: string, changes: Array<{ memberId: string | null; role: Role | null }>): Promise<void> {
      const active = await db
        .selectFrom('memberships')
        .select(['id', 'role'])
        .where('workspace_id', '=', workspaceId)
        .where('ended_at', 'is', null)
        .execute();
      const roles = new Map(active.map((row): [string, Role | null] => [row.id, row.role as Role]));
      const added: Array<Role | null> = [];
      for (const change of changes) {
        if (change.memberId === null) added.push(change.role);
        else roles.set(change.memberId, change.role);
      }
      if (![...roles.values(), ...added].some((role) => can(role, 'manageMembers'))) {
        throw new HttpError(409, 'last_lead', 'a workspace must keep at least one facilitator or chair');
      }
    },

    /** Edit, read or deny for a sync connection, from the same table: archived means read. */
    async documentAccess(userId: string, documentId: string): Promise<{ access: 'edit' | 'read' | 'deny'; workspaceId: string | null }> {
      const document = await documentRow(documentId);
      const workspaceId = document?.workspace_id ?? null;
      if (!workspaceId) return { access: 'deny', workspaceId: null };
      const facts = await archiveFacts(workspaceId, Boolean(document?.archived_at));
      return { access: documentAccess((await membershipOf(workspaceId, userId))?.role ?? null, facts), workspaceId };
    },
  };
}
