import { Hono } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import { idSchema, updateMemberBodySchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

/** Invalid ids are answered like unknown ones, so nothing can be learnt by probing. */
export const validId = (raw: string, what: string): string => {
  if (!idSchema.safeParse(raw).success) throw notFound(what);
  return raw;
};

/** `/api/workspaces/:id/members/:memberId`: role, institution and removal of members. */
export function memberRoutes(services: Services) {
  const { members, policy, bus, events } = services;

  return new Hono<AppEnv>()
    .patch('/:id/members/:memberId', async (c) => {
      const { user } = requireAuth(c);
      const workspaceId = validId(c.req.param('id'), 'workspace');
      policy.authorize(user.id, workspaceId, 'manageMembers');
      const member = members.findActive(workspaceId, validId(c.req.param('memberId'), 'member'));
      if (!member) throw notFound('member');
      const { role, institutionId } = await jsonBody(c, updateMemberBodySchema);
      if (institutionId && !services.institutions.exists(workspaceId, institutionId)) {
        throw new HttpError(400, 'invalid_request', 'invalid request body', { institutionId: ['no such institution in this workspace'] });
      }
      const roleChanges = role !== undefined && role !== member.role;
      if (roleChanges) policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role }]);
      if (roleChanges) members.setRole(member.id, role);
      if (institutionId !== undefined) members.setInstitution(member.id, institutionId);
      // Open sockets were authorized with the old role: close them so they re-authorize.
      if (roleChanges) bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
      const updated = members.findActive(workspaceId, member.id);
      if (!updated) throw notFound('member');
      events.publish(workspaceId, { resource: 'members', action: 'updated', id: member.id, item: updated, actorId: user.id });
      if (roleChanges) {
        services.activity.record({ workspaceId, actorId: user.id, action: 'member.roleChanged', subjectId: member.id, summary: `${member.name}: ${member.role} → ${role}` });
      }
      // The caller may have changed their own role: answer with what they may do now.
      const own = policy.membershipOf(workspaceId, user.id);
      return c.json({ member: updated, abilities: abilitiesOf(own?.role ?? null) });
    })
    .delete('/:id/members/:memberId', (c) => {
      const { user } = requireAuth(c);
      const workspaceId = validId(c.req.param('id'), 'workspace');
      policy.authorize(user.id, workspaceId, 'manageMembers');
      const member = members.findActive(workspaceId, validId(c.req.param('memberId'), 'member'));
      if (!member) throw notFound('member');
      policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role: null }]);
      // Ended, not deleted: their contributions stay attributed.
      members.end(member.id);
      bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
      events.publish(workspaceId, { resource: 'members', action: 'deleted', id: member.id, actorId: user.id });
      services.activity.record({ workspaceId, actorId: user.id, action: 'member.removed', subjectId: member.id, summary: member.name });
      return c.body(null, 204);
    });
}
