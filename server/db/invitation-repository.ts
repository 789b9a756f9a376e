import { sql, type Kysely } from 'kysely';
import type { Role } from '../../shared/policy/abilities.ts';
import { hashToken, newToken } from '../auth/secrets.ts';
import { newId } from './document-repository.ts';
import { createMemberRepository } from './member-repository.ts';
import type { Schema } from './schema.ts';

type InvitationRow = {
  id: string;
  workspace_id: string;
  workspace_title: string;
  email: string;
  role: string;
  institution_id: string | null;
  handover_from: string | null;
  invited_by: string;
  created_at: string;
  expires_at: number;
  accepted_at: string | null;
  revoked_at: string | null;
  round_id: string | null;
  round_title: string | null;
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
  /** A consultee's consultation round, which it joins on accepting. */
  roundId: string | null;
  roundTitle: string | null;
};

export type NewInvitation = {
  workspaceId: string;
  email: string;
  role: Role;
  institutionId: string | null;
  handoverFromMemberId: string | null;
  createdBy: string;
  ttlMs: number;
  roundId?: string | null;
};

/**
 * What accepting came to: the new membership, or why there is none: the invitation stopped
 * being usable meanwhile (used, revoked, expired), or the invitee became a member meanwhile.
 */
export type Acceptance = { memberId: string } | { refused: Exclude<InvitationStatus, 'pending'> | 'alreadyMember' };

export type InvitationRepository = ReturnType<typeof createInvitationRepository>;

/** The id of the person's active consultee membership of the workspace, if that is what it has. */
async function activeConsultee(db: Kysely<Schema>, workspaceId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('role', '=', 'consultee')
    .executeTakeFirst();
  return row?.id;
}

/** Thrown inside the acceptance to roll it back; never leaves the repository. */
class AlreadyMember extends Error {}

/** Single-use invitation links; the link's token is stored only as a hash. */
export function createInvitationRepository(db: Kysely<Schema>, now: () => number = Date.now) {
  const selectInvitations = (executor: Kysely<Schema>) =>
    executor
      .selectFrom('invitations as i')
      .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
      .innerJoin('users as u', 'u.id', 'i.created_by')
      .leftJoin('consultation_rounds as r', 'r.id', 'i.round_id')
      .select([
        'i.id',
        'i.workspace_id',
        'w.title as workspace_title',
        'i.email',
        'i.role',
        'i.institution_id',
        'i.handover_from',
        'u.name as invited_by',
        'i.created_at',
        'i.expires_at',
        'i.accepted_at',
        'i.revoked_at',
        'i.round_id',
        'r.title as round_title',
      ]);

  const statusOf = (row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>): InvitationStatus =>
    row.revoked_at ? 'revoked' : row.accepted_at ? 'used' : row.expires_at <= now() ? 'expired' : 'pending';

  const toInvitation = (row: InvitationRow): Invitation => ({
    id: row.id,
    workspaceId: row.workspace_id,
    workspaceTitle: row.workspace_title,
    email: row.email,
    role: row.role as Role,
    institutionId: row.institution_id,
    handoverFromMemberId: row.handover_from,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: new Date(row.expires_at).toISOString(),
    status: statusOf(row),
    roundId: row.round_id,
    roundTitle: row.round_title,
  });

  return {
    /** A new invitation; an earlier pending one for the same email is revoked, so one link is live. */
    async create(input: NewInvitation): Promise<{ invitation: Invitation; token: string }> {
      const token = newToken();
      const id = newId();
      const createdAt = new Date(now()).toISOString();
      return db.transaction().execute(async (trx) => {
        await trx
          .updateTable('invitations')
          .set({ revoked_at: createdAt })
          .where('workspace_id', '=', input.workspaceId)
          // Emails are compared ignoring case, as the SQLite column (COLLATE NOCASE) always did.
          .where(sql<string>`lower(email)`, '=', sql<string>`lower(${input.email})`)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .execute();
        await trx
          .insertInto('invitations')
          .values({
            id,
            workspace_id: input.workspaceId,
            email: input.email,
            role: input.role,
            institution_id: input.institutionId,
            handover_from: input.handoverFromMemberId,
            token_hash: hashToken(token),
            created_by: input.createdBy,
            created_at: createdAt,
            expires_at: now() + input.ttlMs,
            round_id: input.roundId ?? null,
          })
          .execute();
        const row = await selectInvitations(trx).where('i.id', '=', id).executeTakeFirstOrThrow();
        return { invitation: toInvitation(row), token };
      });
    },
    async findByToken(token: string): Promise<Invitation | undefined> {
      const row = await selectInvitations(db).where('i.token_hash', '=', hashToken(token)).executeTakeFirst();
      return row && toInvitation(row);
    },
    async listPending(workspaceId: string): Promise<Invitation[]> {
      const rows = await selectInvitations(db)
        .where('i.workspace_id', '=', workspaceId)
        .where('i.accepted_at', 'is', null)
        .where('i.revoked_at', 'is', null)
        .where('i.expires_at', '>', now())
        .orderBy('i.created_at')
        .orderBy('i.id')
        .execute();
      return rows.map(toInvitation);
    },
    /** Revokes a pending invitation; false if there is none with that id in the workspace. */
    async revoke(workspaceId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ revoked_at: new Date(now()).toISOString() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /**
     * Uses the invitation, all or nothing: marks it accepted, adds the invitee's membership and,
     * for a handover, ends the outgoing one linked to it. Both writes are conditional, so a
     * request that got in first (another acceptance, a revocation, the invitee joining by another
     * way) makes this one refused rather than doubled.
     */
    async accept(invitation: Invitation, userId: string, institutionId: string | null, outgoingMemberId: string | null): Promise<Acceptance> {
      const at = new Date(now()).toISOString();
      try {
        return await db.transaction().execute(async (trx): Promise<Acceptance> => {
          const accepted = await trx
            .updateTable('invitations')
            .set({ accepted_at: at })
            .where('id', '=', invitation.id)
            .where('accepted_at', 'is', null)
            .where('revoked_at', 'is', null)
            .where('expires_at', '>', now())
            .executeTakeFirst();
          if (Number(accepted.numUpdatedRows) === 0) {
            const row = await trx.selectFrom('invitations').select(['accepted_at', 'revoked_at', 'expires_at']).where('id', '=', invitation.id).executeTakeFirst();
            const status = row ? statusOf(row) : 'revoked';
            return { refused: status === 'pending' ? 'used' : status };
          }
          const memberId = newId();
          // One active membership per person and workspace (index `one_active_membership`).
          const added = await trx
            .insertInto('memberships')
            .values({ id: memberId, workspace_id: invitation.workspaceId, user_id: userId, role: invitation.role, institution_id: institutionId, created_at: at })
            .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).where('ended_at', 'is', null).doNothing())
            .returning('id')
            .executeTakeFirst();
          // A consultee invited to one more round keeps its membership and joins the round.
          const kept = added ? undefined : invitation.roundId ? await activeConsultee(trx, invitation.workspaceId, userId) : undefined;
          // Undoes the acceptance, as the service's earlier `already_member` check would have.
          if (!added && !kept) throw new AlreadyMember();
          if (outgoingMemberId) await createMemberRepository(trx).end(outgoingMemberId, memberId);
          if (invitation.roundId) {
            await trx
              .insertInto('consultation_participants')
              .values({ round_id: invitation.roundId, user_id: userId, created_at: at })
              .onConflict((oc) => oc.columns(['round_id', 'user_id']).doNothing())
              .execute();
          }
          return { memberId: kept ?? memberId };
        });
      } catch (error) {
        if (error instanceof AlreadyMember) return { refused: 'alreadyMember' };
        throw error;
      }
    },
  };
}
