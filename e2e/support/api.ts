import type { APIRequestContext, BrowserContext } from '@playwright/test';
import type { Role } from '../../shared/policy/abilities.ts';
import { userSchema, type User } from '../../shared/schemas/auth.ts';
import { documentDetailSchema } from '../../shared/schemas/documents.ts';
import { acceptedInvitationSchema, createdInvitationSchema } from '../../shared/schemas/invitations.ts';
import { workspaceSummarySchema } from '../../shared/schemas/workspaces.ts';
import { z } from 'zod';

export const PASSWORD = 'correct horse battery';
let counter = 0;

/** An address no other run or test uses, so journeys never collide on "email taken". */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now()}.${counter}@example.org`;
}

async function post<T extends z.ZodType>(request: APIRequestContext, path: string, data: unknown, schema: T) {
  const response = await request.post(path, { data });
  if (response.status() >= 300) throw new Error(`POST ${path} failed: ${response.status()} ${await response.text()}`);
  return schema.parse(await response.json());
}

/**
 * Signs up through the API with the context's own request client, so the browser pages of
 * `context` share the session cookie: the user is signed in when a page opens.
 */
export async function signUpViaApi(context: BrowserContext, name: string, email = uniqueEmail(name)): Promise<User> {
  const answer = await post(context.request, '/api/auth/signup', { email, password: PASSWORD, name }, z.object({ user: userSchema }));
  return answer.user;
}

export async function createWorkspaceViaApi(context: BrowserContext, title: string) {
  return post(context.request, '/api/workspaces', { title, leadInstitution: 'Ministry of the Interior' }, workspaceSummarySchema);
}

export async function createDocumentViaApi(context: BrowserContext, workspaceId: string, title: string) {
  return post(context.request, `/api/workspaces/${workspaceId}/documents`, { title }, documentDetailSchema);
}

/** Invites `email` and returns the single-use link's token. */
export async function inviteViaApi(context: BrowserContext, workspaceId: string, email: string, role: Role): Promise<string> {
  const invitation = await post(context.request, `/api/workspaces/${workspaceId}/invitations`, { email, role }, createdInvitationSchema);
  const token = invitation.link.split('/invite/')[1];
  if (!token) throw new Error('the invitation came without a link');
  return token;
}

export async function acceptViaApi(context: BrowserContext, token: string) {
  return post(context.request, `/api/invitations/${token}/accept`, {}, acceptedInvitationSchema);
}

/** A signed-in user with a fresh workspace and one document in it. */
export async function seedDocument(context: BrowserContext, name: string, title: string) {
  const user = await signUpViaApi(context, name);
  const workspace = await createWorkspaceViaApi(context, `Workspace of ${name}`);
  const doc = await createDocumentViaApi(context, workspace.id, title);
  return { user, workspace, doc };
}

/** Signs `name` up in `context` and makes them a member of the workspace with `role`. */
export async function joinViaApi(owner: BrowserContext, context: BrowserContext, workspaceId: string, name: string, role: Role) {
  const email = uniqueEmail(name);
  const token = await inviteViaApi(owner, workspaceId, email, role);
  const user = await signUpViaApi(context, name, email);
  await acceptViaApi(context, token);
  return user;
}
