import { interpolate } from '../../shared/i18n/interpolate.ts';
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
import { serverText } from '../i18n/server-text.ts';
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
  infrastructure: Pick<Infrastructure, 'invitations' | 'members' | 'institutions' | 'policy' | 'bus' | 'events' | 'mailer' | 'logger' | 'publicOrigin' | 'locks' | 'workspaces'>,
) {
  const { invitations, members, institutions, policy, bus, events, mailer, logger, publicOrigin, locks, workspaces } = infrastructure;

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
    /**
     * With `round`, the invitee joins as a consultee of that consultation round (its service
     * checks the round); a consultee of another round of the workspace may be invited again.
     */
    async invite(actor: User, workspaceId: string, request: InvitationRequest | (Omit<InvitationRequest, 'role'> & { role: 'consultee'; roundId: string })): Promise<CreatedInvitation> {
      await policy.authorize(actor.id, workspaceId, 'manageMembers');
      const roundId = 'roundId' in request ? request.roundId : null;
      if (request.institutionId) await assertOfferedInstitution(institutions, workspaceId, request.institutionId);
      if (request.handoverFromMemberId && !(await members.findActive(workspaceId, request.handoverFromMemberId))) {
        throw invalidField('handoverFromMemberId', 'notFound', 'no such member in this workspace');
      }
      if ((await members.listActive(workspaceId)).some((m) => m.email.toLowerCase() === request.email && !(roundId && m.role === 'consultee'))) {
        throw new HttpError(409, 'already_member', 'this person is already a member', { email: [fieldIssue('alreadyMember', 'already a member')] });
      }
      const { invitation, token } = await invitations.create({ ...request, roundId, workspaceId, createdBy: actor.id, ttlMs: INVITATION_TTL_MS });
      const link = linkTo(token);
      // In the workspace's language: the one its members work in, hence the likeliest the invitee reads.
      const language = (await workspaces.find(workspaceId))?.language ?? 'en';
      const words = serverText(language);
      const params = { inviter: actor.name, workspace: invitation.workspaceTitle, role: words.roles[invitation.role], link };
      const mail = { to: invitation.email, subject: interpolate(words.invitation.subject, params, language), text: interpolate(words.invitation.body, params, language) };
      // The inviter also gets the link in the answer, so a failed email is only logged.
      void trySend(mailer, mail, logger);
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
        const existing = await policy.membershipOf(workspaceId, actor.id);
        // A consultee invited to one more round joins it with the membership it has.
        if (existing && !(invitation.roundId && existing.role === 'consultee')) throw alreadyMember;
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
        return { workspaceId, roundId: invitation.roundId, membership: { id: memberId, role: invitation.role }, abilities: abilitiesOf(invitation.role) };
      });
    },
  };
}
