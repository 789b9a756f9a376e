import {
  acceptedInvitationSchema,
  createInvitationBodySchema,
  createdInvitationSchema,
  invitationPreviewSchema,
  pendingInvitationListSchema,
} from '../schemas/invitations.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

const unusable = 'The invitation expired, was used or was withdrawn (`invitation_expired`, `invitation_used`, `invitation_revoked`)';

/** Single-use invitation links to join a workspace (`server/routes/invitations.ts`). */
export const invitationsEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/invitations',
    summary: 'Invite someone by email; answers with the link, which is also emailed (manageMembers)',
    tag: 'invitations',
    auth: 'session',
    params: workspaceParams,
    body: createInvitationBodySchema,
    answers: { 201: createdInvitationSchema },
    failures: { 409: 'That email belongs to a member already (`already_member`)' },
  }),
  listPending: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/invitations',
    summary: 'Invitations not yet accepted, withdrawn or expired (manageMembers)',
    tag: 'invitations',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: pendingInvitationListSchema },
    failures: { 403: 'The caller’s role may not manage members' },
  }),
  revoke: endpoint({
    method: 'delete',
    path: '/api/workspaces/:id/invitations/:invitationId',
    summary: 'Withdraw a pending invitation; its link stops working (manageMembers)',
    tag: 'invitations',
    auth: 'session',
    params: workspaceParams.extend({ invitationId: idSchema }),
    answers: { 204: null },
  }),
  preview: endpoint({
    method: 'get',
    path: '/api/invitations/:token',
    summary: 'What an invitation link offers; needs no sign-in',
    tag: 'invitations',
    auth: 'none',
    answers: { 200: invitationPreviewSchema },
    failures: { 410: unusable },
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/invitations/:token/accept',
    summary: 'Join the workspace with the invited role, signed in with the invited email',
    tag: 'invitations',
    auth: 'session',
    answers: { 201: acceptedInvitationSchema },
    failures: {
      403: 'Signed in with another email than the invited one (`invitation_wrong_email`), or sent from another site',
      409: 'The caller is a member already (`already_member`), or a handover would leave no facilitator or chair (`last_lead`)',
      410: unusable,
    },
  }),
};
