import { z } from 'zod';
import { abilitiesSchema } from './abilities.ts';
import { idSchema, memberSchema, teamRoleSchema } from './workspaces.ts';

// A member itself (`memberSchema`) is listed in the workspace's detail, so it is declared with
// the workspace; this module holds what the membership routes take and give.

export const updateMemberBodySchema = z.object({ role: teamRoleSchema.optional(), institutionId: idSchema.nullable().optional() }).strict();
export type MemberChanges = z.infer<typeof updateMemberBodySchema>;

/** A member as the membership routes return it, with the caller's abilities in the workspace. */
export const memberResponseSchema = z.object({ member: memberSchema, abilities: abilitiesSchema });
export type MemberResponse = z.infer<typeof memberResponseSchema>;
