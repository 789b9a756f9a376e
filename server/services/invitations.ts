import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import type {
  AcceptedInvitation,
  CreatedInvitation,
  InvitationPreview,
  InvitationRequest,
  PendingInvitation,
} from '../../shared/schemas/invitations.ts';
import type { Invitation, InvitationStatus } from '../db/invitation-repository.ts';
import { HttpError, invalidField, notFound } from '../http/errors.ts';
import { trySend } from '../mail/mailer.ts';
import type { Infrastructure } from '../services.ts';
import { membershipsKey } from './members.ts';
import { assertOfferedInstitution } from './institution-choice.ts';

/** Invitation links stay valid for seven days and work once. */
const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const unusable: Record<Exclude<InvitationStatus, 'pending'>, HttpError> = {
  expired: new HttpError(410, 'invitation_expired', 'this invitation has expired: ask for a new one'),
  used: new HttpError(410, 'invitation_used', 'this invitation was already used'),
  revoked: new HttpError(410, 'invitation_revoked', 'this invitation was withdrawn'),
};

const alreadyMember = new HttpError(409, 'already_member', 'you are already a member of this workspace');

export type InvitationService = ReturnType<typeof createInvitationService>;

/**
 * Inviting people into a workspace by single-use link, and joining through one. With a
 * handover, the outgoing member's membership ends, linked to the new one, so the role passes on
 * with its history.
 */
export function createInvitationService(
  infrastructure: Pick<Infrastructure, 'invitations' | 'members' | 'institutions' | 'policy' | 'bus' | 'events' | 'mailer' | 'logger' | 'publicOrigin' | 'locks'>,
) {
  const { invitations, members, institutions, policy, bus, events, mailer, logger, publicOrigin, locks } = infrastructure;

  /**
   * The link an invitation is sent as. Its origin is the configured public origin, never a
   * request header: a forged `Host` or `Origin` must not point an emailed link at another site.
   */
  const linkTo = (token: string): string => `${publicOrigin}/invite/${token}`;

  /** The invitation behind a link if it can still be used; 404 or 410 with a clear code if not. */
  async function usable(token: string): Promise<Invitation> {
    const invitation = token.length <= 200 ? await invitations.findByToken(token) : undefined;
    if (!invitation) throw new HttpError(404, 'invitation_not_found', 'this invitation link is not valid');
    if (invitation.status !== 'pending') throw unusable[invitation.status];
    return invitation;
  }

  return {
    async invite(actor: User, workspaceId: string, request: InvitationRequest): Promise<CreatedInvitation> {
      await policy.authorize(actor.id, workspaceId, 'manageMembers');
      if (request.institutionId) await assertOfferedInstitution(institutions, workspaceId, request.institutionId);
      if (request.handoverFromMemberId && !(await members.findActive(workspaceId, request.handoverFromMemberId))) {
        throw invalidField('handoverFromMemberId', 'notFound', 'no such member in this workspace');
      }
      if ((await members.listActive(workspaceId)).some((m) => m.email.toLowerCase() === request.email)) {
        throw new HttpError(409, 'already_member', 'this person is already a member', { email: [fieldIssue('alreadyMember', 'already a member')] });
      }
      const { invitation, token } = await invitations.create({ ...request, workspaceId, createdBy: actor.id, ttlMs: INVITATION_TTL_MS });
      const link = linkTo(token);
      const text = `${actor.name} invites you to join "${invitation.workspaceTitle}" on Cadre as ${invitation.role}.\n\nOpen this link within seven days to accept:\n${link}\n`;
      // The inviter also gets the link in the answer, so a failed email is only logged.
      void trySend(mailer, { to: invitation.email, subject: `Invitation to ${invitation.workspaceTitle}`, text }, logger);
      events.publish(workspaceId, { resource: 'invitations', action: 'created', id: invitation.id, actorId: actor.id });
      return { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, link };
    },

    async listPending(actor: User, workspaceId: string): Promise<PendingInvitation[]> {
      await policy.authorize(actor.id, workspaceId, 'manageMembers');
      return invitations.listPending(workspaceId);
    },

    async revoke(actor: User, workspaceId: string, invitationId: string): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'manageMembers');
      if (!(await invitations.revoke(workspaceId, invitationId))) throw notFound('invitation');
      events.publish(workspaceId, { resource: 'invitations', action: 'deleted', id: invitationId, actorId: actor.id });
    },

    /** What a link offers; anyone holding it may see this. */
    preview(token: string): Promise<InvitationPreview> {
      return usable(token);
    },

    async accept(actor: User, token: string): Promise<AcceptedInvitation> {
      const invitation = await usable(token);
      // Emails are stored lower-cased by the shared schema; compare the same way for older rows.
      if (invitation.email.toLowerCase() !== actor.email.toLowerCase()) {
        throw new HttpError(403, 'invitation_wrong_email', `this invitation is for ${invitation.email}: sign in with that account`);
      }
      const { workspaceId } = invitation;
      // A handover ends a membership: checked and written under the memberships lock.
      return locks.exclusive(membershipsKey(workspaceId), async () => {
        // Checked here for a clear answer; the acceptance checks it again as it writes, since
        // another request may add the membership in between.
        if (await policy.membershipOf(workspaceId, actor.id)) throw alreadyMember;
        const outgoing = invitation.handoverFromMemberId ? await members.findActive(workspaceId, invitation.handoverFromMemberId) : undefined;
        if (outgoing) {
          await policy.assertKeepsLead(workspaceId, [
            { memberId: outgoing.id, role: null },
            { memberId: null, role: invitation.role },
          ]);
        }
        const institutionId = invitation.institutionId ?? outgoing?.institutionId ?? null;
        const acceptance = await invitations.accept(invitation, actor.id, institutionId, outgoing?.id ?? null);
        if ('refused' in acceptance) throw acceptance.refused === 'alreadyMember' ? alreadyMember : unusable[acceptance.refused];
        const { memberId } = acceptance;
        if (outgoing) {
          // The outgoing member's open channels were authorized with their role: close them.
          bus.emit({ type: 'membership.changed', workspaceId, userId: outgoing.userId });
          events.publish(workspaceId, { resource: 'members', action: 'deleted', id: outgoing.id, actorId: actor.id });
        }
        events.publish(workspaceId, { resource: 'members', action: 'created', id: memberId, item: await members.findActive(workspaceId, memberId), actorId: actor.id });
        return { workspaceId, membership: { id: memberId, role: invitation.role }, abilities: abilitiesOf(invitation.role) };
      });
    },
  };
}
