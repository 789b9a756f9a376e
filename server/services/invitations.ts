import type { User } from '../../shared/schemas/auth.ts';
import type { Invitation, InvitationStatus } from '../db/invitation-repository.ts';
import { HttpError } from '../http/errors.ts';
import type { Services } from '../services.ts';

/** Invitation links stay valid for seven days and work once. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * The link an invitation is sent as. Its origin is the configured public origin, never a
 * request header: a forged `Host` or `Origin` must not point an emailed link at another site.
 */
export const invitationLink = (services: Pick<Services, 'publicOrigin'>, token: string): string =>
  `${services.publicOrigin}/invite/${token}`;

const unusable: Record<Exclude<InvitationStatus, 'pending'>, HttpError> = {
  expired: new HttpError(410, 'invitation_expired', 'this invitation has expired: ask for a new one'),
  used: new HttpError(410, 'invitation_used', 'this invitation was already used'),
  revoked: new HttpError(410, 'invitation_revoked', 'this invitation was withdrawn'),
};

/** The invitation behind a link if it can still be used; 404 or 410 with a clear code if not. */
export function usableInvitation(services: Services, token: string): Invitation {
  const invitation = token.length <= 200 ? services.invitations.findByToken(token) : undefined;
  if (!invitation) throw new HttpError(404, 'invitation_not_found', 'this invitation link is not valid');
  if (invitation.status !== 'pending') throw unusable[invitation.status];
  return invitation;
}

/**
 * Accepting an invitation creates the membership. With a handover, the outgoing member's
 * membership ends, linked to the new one, so the role passes on with its history.
 */
export function acceptInvitation(services: Services, token: string, user: User) {
  const { db, invitations, members, policy, bus } = services;
  const invitation = usableInvitation(services, token);
  // Emails are stored lower-cased by the shared schema; compare the same way for older rows.
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new HttpError(403, 'invitation_wrong_email', `this invitation is for ${invitation.email}: sign in with that account`);
  }
  const { workspaceId } = invitation;
  const accepted = db.transaction(() => {
    if (policy.membershipOf(workspaceId, user.id)) {
      throw new HttpError(409, 'already_member', 'you are already a member of this workspace');
    }
    const outgoing = invitation.handoverFromMemberId ? members.findActive(workspaceId, invitation.handoverFromMemberId) : undefined;
    if (outgoing) {
      policy.assertKeepsLead(workspaceId, [
        { memberId: outgoing.id, role: null },
        { memberId: null, role: invitation.role },
      ]);
    }
    if (!invitations.markAccepted(invitation.id)) throw unusable.used;
    const institutionId = invitation.institutionId ?? outgoing?.institutionId ?? null;
    const memberId = members.add(workspaceId, user.id, invitation.role, institutionId);
    if (outgoing) members.end(outgoing.id, memberId);
    return { memberId, outgoing };
  })();
  if (accepted.outgoing) bus.emit({ type: 'membership.changed', workspaceId, userId: accepted.outgoing.userId });
  services.events.publish(workspaceId, { resource: 'members', action: 'created', id: accepted.memberId, actorId: user.id });
  return { workspaceId, membership: { id: accepted.memberId, role: invitation.role } };
}
