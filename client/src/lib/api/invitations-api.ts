import { acceptedInvitationSchema, invitationPreviewSchema } from '../../../../shared/schemas/workspaces.ts';
import { requestJson } from './http.ts';

const base = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** What an invitation link offers; needs no sign-in. */
export function previewInvitation(token: string, signal?: AbortSignal) {
  return requestJson(invitationPreviewSchema, base(token), signal ? { signal } : {});
}

export function acceptInvitation(token: string) {
  return requestJson(acceptedInvitationSchema, `${base(token)}/accept`, { method: 'POST' });
}
