import type { Role } from '../../shared/policy/abilities.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';
import { createMemberRepository } from './member-repository.ts';

type InvitationRow = {
  id: string;
  workspace_id: string;
  workspace_title: string;
  email: string;
  role: Role;
  institution_id: string | null;
  handover_from: string | null;
  invited_by: string;
  created_at: string;
  expires_at: number;
  accepted_at: string | null;
  revoked_at: string | null;
};

export type InvitationStatus = 'pending' | 'expired' | 'used' | 'revoked';

export type Invitation = {
  id: string;
  workspaceId: string;
  workspaceTitle: string;
  email: string;
  role: Role;
  institutionId: string | null;
  handoverFromMemberId: string | null;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
};

export type NewInvitation = {
  workspaceId: string;
  email: string;
  role: Role;
  institutionId: string | null;
  handoverFromMemberId: string | null;
  createdBy: string;
  ttlMs: number;
};

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;

const SELECT = `SELECT i.id, i.workspace_id, w.title AS workspace_title, i.email, i.role, i.institution_id,
  i.handover_from, u.name AS invited_by, i.created_at, i.expires_at, i.accepted_at, i.revoked_at
  FROM invitations i JOIN workspaces w ON w.id = i.workspace_id JOIN users u ON u.id = i.created_by`;

/** Single-use invitation links; the link's token is stored only as a hash. */
export function createInvitationRepository(db: SqliteDatabase, now: () => number = Date.now) {
  const members = createMemberRepository(db);
  const insert = db.prepare<[string, string, string, Role, string | null, string | null, string, string, string, number]>(
    `INSERT INTO invitations (id, workspace_id, email, role, institution_id, handover_from, token_hash, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const byToken = db.prepare<[string], InvitationRow>(`${SELECT} WHERE i.token_hash = ?`);
  const pendingIn = db.prepare<[string, number], InvitationRow>(
    `${SELECT} WHERE i.workspace_id = ? AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?
     ORDER BY i.created_at, i.id`,
  );
  const revoke = db.prepare<[string, string, string, number]>(
    `UPDATE invitations SET revoked_at = ?
     WHERE workspace_id = ? AND id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
  );
  const revokeForEmail = db.prepare<[string, string, string]>(
    'UPDATE invitations SET revoked_at = ? WHERE workspace_id = ? AND email = ? AND accepted_at IS NULL AND revoked_at IS NULL',
  );
  const accept = db.prepare<[string, string]>('UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL');

  const toInvitation = (row: InvitationRow): Invitation => ({
    id: row.id,
    workspaceId: row.workspace_id,
    workspaceTitle: row.workspace_title,
    email: row.email,
    role: row.role,
    institutionId: row.institution_id,
    handoverFromMemberId: row.handover_from,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: new Date(row.expires_at).toISOString(),
    status: row.revoked_at ? 'revoked' : row.accepted_at ? 'used' : row.expires_at <= now() ? 'expired' : 'pending',
  });

  return {
    /** A new invitation; an earlier pending one for the same email is revoked, so one link is live. */
    create: db.transaction((input: NewInvitation): { invitation: Invitation; token: string } => {
      const token = newToken();
      const id = newId();
      const createdAt = new Date(now()).toISOString();
      revokeForEmail.run(createdAt, input.workspaceId, input.email);
      insert.run(id, input.workspaceId, input.email, input.role, input.institutionId, input.handoverFromMemberId, hashToken(token),
        input.createdBy, createdAt, now() + input.ttlMs);
      return { invitation: toInvitation(byToken.get(hashToken(token)) as InvitationRow), token };
    }),
    findByToken(token: string): Invitation | undefined {
      const row = byToken.get(hashToken(token));
      return row && toInvitation(row);
    },
    listPending: (workspaceId: string): Invitation[] => pendingIn.all(workspaceId, now()).map(toInvitation),
    /** Revokes a pending invitation; false if there is none with that id in the workspace. */
    revoke: (workspaceId: string, id: string): boolean => revoke.run(new Date(now()).toISOString(), workspaceId, id, now()).changes > 0,
    /**
     * Uses the invitation, all or nothing: marks it accepted, adds the invitee's membership and,
     * for a handover, ends the outgoing one linked to it. The new membership's id, or undefined
     * if someone used the invitation first.
     */
    accept: db.transaction((invitation: Invitation, userId: string, institutionId: string | null, outgoingMemberId: string | null): string | undefined => {
      if (accept.run(new Date(now()).toISOString(), invitation.id).changes === 0) return undefined;
      const memberId = members.add(invitation.workspaceId, userId, invitation.role, institutionId);
      if (outgoingMemberId) members.end(outgoingMemberId, memberId);
      return memberId;
    }),
  };
}
