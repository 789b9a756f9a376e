import type { z } from 'zod';
import { documentDetailSchema } from '../../../../shared/schemas/documents.ts';
import type { Role } from '../../../../shared/policy/abilities.ts';
import {
  institutionSchema,
  invitationSchema,
  memberResponseSchema,
  pendingInvitationListSchema,
  workspaceDetailSchema,
  workspaceListSchema,
  workspaceSummarySchema,
  type createWorkspaceBodySchema,
} from '../../../../shared/schemas/workspaces.ts';
import { requestJson, requestVoid } from './http.ts';

export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;
export type NewWorkspace = z.input<typeof createWorkspaceBodySchema>;
export type CreatedInvitation = z.infer<typeof invitationSchema>;
export type PendingInvitation = z.infer<typeof pendingInvitationListSchema>['invitations'][number];

const base = (id: string) => `/api/workspaces/${encodeURIComponent(id)}`;

export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  return (await requestJson(workspaceListSchema, '/api/workspaces')).workspaces;
}

export function createWorkspace(body: NewWorkspace): Promise<WorkspaceSummary> {
  return requestJson(workspaceSummarySchema, '/api/workspaces', { method: 'POST', body });
}

export function updateWorkspace(id: string, body: NewWorkspace): Promise<WorkspaceSummary> {
  return requestJson(workspaceSummarySchema, base(id), { method: 'PATCH', body });
}

export function getWorkspace(id: string, signal?: AbortSignal) {
  return requestJson(workspaceDetailSchema, base(id), signal ? { signal } : {});
}

export function createWorkspaceDocument(workspaceId: string, title: string) {
  return requestJson(documentDetailSchema, `${base(workspaceId)}/documents`, { method: 'POST', body: { title } });
}

export function createInstitution(workspaceId: string, name: string, parentId: string | null) {
  return requestJson(institutionSchema, `${base(workspaceId)}/institutions`, {
    method: 'POST',
    body: { name, parentId },
  });
}

export function createInvitation(
  workspaceId: string,
  body: { email: string; role: Role; institutionId: string | null; handoverFromMemberId: string | null },
): Promise<CreatedInvitation> {
  return requestJson(invitationSchema, `${base(workspaceId)}/invitations`, { method: 'POST', body });
}

export async function listInvitations(workspaceId: string): Promise<PendingInvitation[]> {
  return (await requestJson(pendingInvitationListSchema, `${base(workspaceId)}/invitations`)).invitations;
}

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  return requestVoid(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
}

export function updateMember(
  workspaceId: string,
  memberId: string,
  body: { role?: Role; institutionId?: string | null },
) {
  return requestJson(memberResponseSchema, `${base(workspaceId)}/members/${encodeURIComponent(memberId)}`, {
    method: 'PATCH',
    body,
  });
}

export function removeMember(workspaceId: string, memberId: string): Promise<void> {
  return requestVoid(`${base(workspaceId)}/members/${encodeURIComponent(memberId)}`, { method: 'DELETE' });
}
