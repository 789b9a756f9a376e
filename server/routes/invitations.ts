import { Hono } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import { createInvitationBodySchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound } from '../http/errors.ts';
import { trySend } from '../mail/mailer.ts';
import type { Services } from '../services.ts';
import { acceptInvitation, INVITATION_TTL_MS, invitationLink, usableInvitation } from '../services/invitations.ts';
import { validId } from './members.ts';

const badField = (field: string, message: string) => new HttpError(400, 'invalid_request', 'invalid request body', { [field]: [message] });

/** `/api/workspaces/:id/invitations`: invite (single-use link), list pending, revoke. */
export function workspaceInvitationRoutes(services: Services) {
  const { invitations, members, policy, logger } = services;

  return new Hono<AppEnv>()
    .post('/:id/invitations', async (c) => {
      const { user } = requireAuth(c);
      const workspaceId = validId(c.req.param('id'), 'workspace');
      policy.authorize(user.id, workspaceId, 'manageMembers');
      const body = await jsonBody(c, createInvitationBodySchema);
      if (body.institutionId && !services.institutions.exists(workspaceId, body.institutionId)) {
        throw badField('institutionId', 'no such institution in this workspace');
      }
      if (body.handoverFromMemberId && !members.findActive(workspaceId, body.handoverFromMemberId)) {
        throw badField('handoverFromMemberId', 'no such member in this workspace');
      }
      if (members.listActive(workspaceId).some((m) => m.email.toLowerCase() === body.email)) {
        throw new HttpError(409, 'already_member', 'this person is already a member', { email: ['already a member'] });
      }
      const { invitation, token } = invitations.create({
        workspaceId,
        email: body.email,
        role: body.role,
        institutionId: body.institutionId,
        handoverFromMemberId: body.handoverFromMemberId,
        createdBy: user.id,
        ttlMs: INVITATION_TTL_MS,
      });
      const link = invitationLink(services, token);
      const text = `${user.name} invites you to join "${invitation.workspaceTitle}" on Cadre as ${invitation.role}.\n\nOpen this link within seven days to accept:\n${link}\n`;
      // The inviter also gets the link in the response, so a failed email is only logged.
      void trySend(services.mailer, { to: invitation.email, subject: `Invitation to ${invitation.workspaceTitle}`, text }, logger);
      services.events.publish(workspaceId, { resource: 'invitations', action: 'created', id: invitation.id, actorId: user.id });
      return c.json({ id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, link }, 201);
    })
    .get('/:id/invitations', (c) => {
      const { user } = requireAuth(c);
      const workspaceId = validId(c.req.param('id'), 'workspace');
      policy.authorize(user.id, workspaceId, 'manageMembers');
      const pending = invitations.listPending(workspaceId).map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        expiresAt: i.expiresAt,
        institutionId: i.institutionId,
        handoverFromMemberId: i.handoverFromMemberId,
        invitedBy: i.invitedBy,
        createdAt: i.createdAt,
      }));
      return c.json({ invitations: pending });
    })
    .delete('/:id/invitations/:invitationId', (c) => {
      const { user } = requireAuth(c);
      const workspaceId = validId(c.req.param('id'), 'workspace');
      policy.authorize(user.id, workspaceId, 'manageMembers');
      const invitationId = validId(c.req.param('invitationId'), 'invitation');
      if (!invitations.revoke(workspaceId, invitationId)) throw notFound('invitation');
      services.events.publish(workspaceId, { resource: 'invitations', action: 'deleted', id: invitationId, actorId: user.id });
      return c.body(null, 204);
    });
}

/** `/api/invitations/:token`: what a link offers (no sign-in needed) and accepting it. */
export function invitationRoutes(services: Services) {
  return new Hono<AppEnv>()
    .get('/:token', (c) => {
      const invitation = usableInvitation(services, c.req.param('token'));
      return c.json({
        workspaceTitle: invitation.workspaceTitle,
        email: invitation.email,
        role: invitation.role,
        invitedBy: invitation.invitedBy,
        expiresAt: invitation.expiresAt,
      });
    })
    .post('/:token/accept', (c) => {
      const { user } = requireAuth(c);
      const accepted = acceptInvitation(services, c.req.param('token'), user);
      return c.json({ ...accepted, abilities: abilitiesOf(accepted.membership.role) }, 201);
    });
}
