import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { MemberChanges, MemberResponse } from '../../shared/schemas/members.ts';
import type { Member } from '../../shared/schemas/workspaces.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { assertOfferedInstitution } from './institution-choice.ts';

export type MemberService = ReturnType<typeof createMemberService>;

/**
 * Changing members' roles and institutions, and ending memberships. A workspace always keeps
 * someone who can manage members, and a member whose access changes has their open channels
 * closed, so they re-authorize with what they may do now.
 */
export function createMemberService({
  members,
  institutions,
  policy,
  bus,
  events,
  activity,
}: Pick<Infrastructure, 'members' | 'institutions' | 'policy' | 'bus' | 'events' | 'activity'>) {
  /** The member, if the actor may manage the workspace's members. */
  function managed(actor: User, workspaceId: string, memberId: string): Member {
    policy.authorize(actor.id, workspaceId, 'manageMembers');
    const member = members.findActive(workspaceId, memberId);
    if (!member) throw notFound('member');
    return member;
  }

  return {
    /** Answers with the actor's abilities too: they may have changed their own role. */
    update(actor: User, workspaceId: string, memberId: string, { role, institutionId }: MemberChanges): MemberResponse {
      const member = managed(actor, workspaceId, memberId);
      // A member keeps an institution archived since; nobody is newly put in one.
      if (institutionId && institutionId !== member.institutionId) assertOfferedInstitution(institutions, workspaceId, institutionId);
      const roleChanges = role !== undefined && role !== member.role;
      if (roleChanges) {
        policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role }]);
        members.setRole(member.id, role);
      }
      if (institutionId !== undefined) members.setInstitution(member.id, institutionId);
      const updated = members.findActive(workspaceId, member.id);
      if (!updated) throw notFound('member');
      if (roleChanges) {
        bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
        activity.record({ workspaceId, actorId: actor.id, action: 'member.roleChanged', subjectId: member.id, summary: `${member.name}: ${member.role} → ${role}` });
      }
      events.publish(workspaceId, { resource: 'members', action: 'updated', id: member.id, item: updated, actorId: actor.id });
      return { member: updated, abilities: abilitiesOf(policy.membershipOf(workspaceId, actor.id)?.role ?? null) };
    },

    /** Ends the membership, not the record: the member's contributions stay attributed. */
    remove(actor: User, workspaceId: string, memberId: string): void {
      const member = managed(actor, workspaceId, memberId);
      policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role: null }]);
      members.end(member.id);
      bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
      events.publish(workspaceId, { resource: 'members', action: 'deleted', id: member.id, actorId: actor.id });
      activity.record({ workspaceId, actorId: actor.id, action: 'member.removed', subjectId: member.id, summary: member.name });
    },
  };
}
