import { z } from 'zod';
import { abilitiesSchema } from './abilities.ts';
import { emailSchema } from './auth.ts';
import { idSchema, membershipSchema, roleSchema, teamRoleSchema } from './workspaces.ts';

export const createInvitationBodySchema = z
  .object({
    email: emailSchema,
    /** Consultees are invited from their consultation round (`consultation.invite`), never here. */
    role: teamRoleSchema,
    institutionId: idSchema.nullable().default(null),
    /** Hand over this member's role to the invitee when they accept (staff turnover). */
    handoverFromMemberId: idSchema.nullable().default(null),
  })
  .strict();
export type InvitationRequest = z.infer<typeof createInvitationBodySchema>;

const invitationSchema = z.object({
  id: idSchema,
  email: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
});

/** A new invitation with its single-use link, given only once: the server keeps a hash. */
export const createdInvitationSchema = invitationSchema.extend({ link: z.string() });
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

/** An invitation not yet accepted, revoked or expired, as the members screen lists it. */
export const pendingInvitationSchema = invitationSchema.extend({
  institutionId: idSchema.nullable(),
  handoverFromMemberId: idSchema.nullable(),
  invitedBy: z.string(),
  createdAt: z.string(),
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;
export const pendingInvitationListSchema = z.object({ invitations: z.array(pendingInvitationSchema) });

/** What an invitation link offers, shown before signing in. */
export const invitationPreviewSchema = z.object({
  workspaceTitle: z.string(),
  email: z.string(),
  role: roleSchema,
  invitedBy: z.string(),
  expiresAt: z.string(),
  /** The consultation round a consultee is invited to; null for the team's roles. */
  roundTitle: z.string().nullable(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** What accepting an invitation returns: the new membership and what it allows. */
export const acceptedInvitationSchema = z.object({
  workspaceId: idSchema,
  /** For a consultee, the round it joined: where it lands. */
  roundId: idSchema.nullable(),
  membership: membershipSchema,
  abilities: abilitiesSchema,
});
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
