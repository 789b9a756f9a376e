import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { MemberChanges, MemberResponse } from '../../shared/schemas/members.ts';
import type { Member } from '../../shared/schemas/workspaces.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { assertOfferedInstitution } from './institution-choice.ts';

export type MemberService = ReturnType<typeof createMemberService>;

/**
 * The lock under which a workspace's memberships change: checking that it keeps a lead and
 * writing the change are one step, so two leads demoting each other cannot both succeed.
 */
export const membershipsKey = (workspaceId: string): string => `memberships:${workspaceId}`;

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
  locks,
}: Pick<Infrastructure, 'members' | 'institutions' | 'policy' | 'bus' | 'events' | 'activity' | 'locks'>) {
  /** The member, if the actor may manage the workspace's members. */
  async function managed(actor: User, workspaceId: string, memberId: string): Promise<Member> {
    await policy.authorize(actor.id, workspaceId, 'manageMembers');
    const member = await members.findActive(workspaceId, memberId);
    if (!member) throw notFound('member');
    return member;
  }

  /** Answers with the actor's abilities too: they may have changed their own role. */
  async function update(actor: User, workspaceId: string, memberId: string, { role, institutionId }: MemberChanges): Promise<MemberResponse> {
    const member = await managed(actor, workspaceId, memberId);
    // A member keeps an institution archived since; nobody is newly put in one.
    if (institutionId && institutionId !== member.institutionId) await assertOfferedInstitution(institutions, workspaceId, institutionId);
    const roleChanges = role !== undefined && role !== member.role;
    if (roleChanges) {
      await policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role }]);
      await members.setRole(member.id, role);
    }
    if (institutionId !== undefined) await members.setInstitution(member.id, institutionId);
    const updated = await members.findActive(workspaceId, member.id);
    if (!updated) throw notFound('member');
    if (roleChanges) {
      bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
      await activity.record({ workspaceId, actorId: actor.id, action: 'member.roleChanged', subjectId: member.id, summary: `${member.name}: ${member.role} → ${role}` });
    }
    events.publish(workspaceId, { resource: 'members', action: 'updated', id: member.id, item: updated, actorId: actor.id });
    return { member: updated, abilities: abilitiesOf((await policy.membershipOf(workspaceId, actor.id))?.role ?? null) };
  }

  /** Ends the membership, not the record: the member's contributions stay attributed. */
  async function remove(actor: User, workspaceId: string, memberId: string): Promise<void> {
    const member = await managed(actor, workspaceId, memberId);
    await policy.assertKeepsLead(workspaceId, [{ memberId: member.id, role: null }]);
    await members.end(member.id);
    bus.emit({ type: 'membership.changed', workspaceId, userId: member.userId });
    events.publish(workspaceId, { resource: 'members', action: 'deleted', id: member.id, actorId: actor.id });
    await activity.record({ workspaceId, actorId: actor.id, action: 'member.removed', subjectId: member.id, summary: member.name });
    }

  return {
    update: (actor: User, workspaceId: string, memberId: string, changes: MemberChanges): Promise<MemberResponse> =>
      locks.exclusive(membershipsKey(workspaceId), () => update(actor, workspaceId, memberId, changes)),
    remove: (actor: User, workspaceId: string, memberId: string): Promise<void> =>
      locks.exclusive(membershipsKey(workspaceId), () => remove(actor, workspaceId, memberId)),
  };
}
