import { can, documentAccess, type AbilityFacts, type Action, type Role } from '../../shared/policy/abilities.ts';
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

    /** Edit, read or deny for a sync connection, from the same table. */
    documentAccess(userId: string, documentId: string): { access: 'edit' | 'read' | 'deny'; workspaceId: string | null } {
      const workspaceId = workspaceOfDocument.get(documentId)?.workspace_id ?? null;
      if (!workspaceId) return { access: 'deny', workspaceId: null };
      return { access: documentAccess(membershipOf(workspaceId, userId)?.role ?? null), workspaceId };
    },
  };
}
