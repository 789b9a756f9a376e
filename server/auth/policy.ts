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
import type { SqliteDatabase } from '../db/database.ts';
import { HttpError, notFound } from '../http/errors.ts';

export type Membership = { id: string; workspaceId: string; userId: string; role: Role };

export type Policy = ReturnType<typeof createPolicy>;

/**
 * Enforcement of the shared ability table (`shared/policy/abilities.ts`). Every HTTP route and
 * the sync socket go through these functions; nothing else tests a role.
 */
export function createPolicy(db: SqliteDatabase) {
  const activeMembership = db.prepare<[string, string], { id: string; role: Role }>(
    'SELECT id, role FROM memberships WHERE workspace_id = ? AND user_id = ? AND ended_at IS NULL',
  );
  const activeRoles = db.prepare<[string], { id: string; role: Role }>(
    'SELECT id, role FROM memberships WHERE workspace_id = ? AND ended_at IS NULL',
  );
  const workspaceOfDocument = db.prepare<[string], { workspace_id: string | null }>(
    'SELECT workspace_id FROM documents WHERE id = ?',
  );

  function membershipOf(workspaceId: string, userId: string): Membership | undefined {
    const row = activeMembership.get(workspaceId, userId);
    return row && { id: row.id, workspaceId, userId, role: row.role };
  }

  return {
    membershipOf,

    /**
     * The caller's membership if it allows `action`. Non-members get 404, as if the workspace
     * did not exist, so ids cannot be probed; members lacking the ability get 403.
     */
    authorize(userId: string, workspaceId: string, action: Action, facts: AbilityFacts = {}): Membership {
      const membership = membershipOf(workspaceId, userId);
      if (!membership || !can(membership.role, 'read')) throw notFound('workspace');
      if (!can(membership.role, action, facts)) {
        throw new HttpError(403, 'forbidden', `your role (${membership.role}) does not allow this`);
      }
      return membership;
    },

    /** The workspace a document belongs to, if the caller may `action` there; else 404/403. */
    authorizeDocument(userId: string, documentId: string, action: Action): Membership {
      const workspaceId = workspaceOfDocument.get(documentId)?.workspace_id;
      if (!workspaceId) throw notFound('document');
      try {
        return this.authorize(userId, workspaceId, action);
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
    assertKeepsLead(workspaceId: string, changes: Array<{ memberId: string | null; role: Role | null }>): void {
      const roles = new Map(activeRoles.all(workspaceId).map((row): [string, Role | null] => [row.id, row.role]));
      const added: Array<Role | null> = [];
      for (const change of changes) {
        if (change.memberId === null) added.push(change.role);
        else roles.set(change.memberId, change.role);
      }
      if (![...roles.values(), ...added].some((role) => can(role, 'manageMembers'))) {
        throw new HttpError(409, 'last_lead', 'a workspace must keep at least one facilitator or chair');
      }
    },

    /** Edit, read or deny for a sync connection, from the same table. */
    documentAccess(userId: string, documentId: string): { access: 'edit' | 'read' | 'deny'; workspaceId: string | null } {
      const workspaceId = workspaceOfDocument.get(documentId)?.workspace_id ?? null;
      if (!workspaceId) return { access: 'deny', workspaceId: null };
      return { access: documentAccess(membershipOf(workspaceId, userId)?.role ?? null), workspaceId };
    },
  };
}
