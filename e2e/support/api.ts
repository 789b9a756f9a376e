import type { BrowserContext } from '@playwright/test';
import type { TeamRole } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { contract } from '../../shared/api/index.ts';
import { isMediaAnswer, urlOf, type AnswerOf, type Endpoint, type RequestOf } from '../../shared/api/endpoint.ts';

export const PASSWORD = 'correct horse battery';
let counter = 0;

/** An address no other run or test uses, so journeys never collide on "email taken". */
export function uniqueEmail(label: string): string {
  counter += 1;
  return `${label.toLowerCase().replace(/[^a-z]+/g, '.')}.${Date.now()}.${counter}@example.org`;
}

/**
 * Calls an endpoint of the API contract with the context's own request client (so its pages
 * share the session cookie) and parses the answer with the contract's schema.
 */
export async function callViaApi<E extends Endpoint>(context: BrowserContext, e: E, request: RequestOf<E>): Promise<AnswerOf<E>> {
  const parts = request as { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };
  const url = urlOf(e, parts);
  const response = await context.request.fetch(url, { method: e.method.toUpperCase(), ...(parts.body === undefined ? {} : { data: parts.body }) });
  const declared = e.answers[response.status() as keyof Endpoint['answers']];
  if (declared === undefined || isMediaAnswer(declared)) throw new Error(`${e.method} ${url} failed: ${response.status()} ${await response.text()}`);
  return (declared === null ? undefined : declared.parse(await response.json())) as AnswerOf<E>;
}

/** Signs up; the pages of `context` are then signed in. */
export async function signUpViaApi(context: BrowserContext, name: string, email = uniqueEmail(name)): Promise<User> {
  const answer = await callViaApi(context, contract.auth.signUp, { body: { email, password: PASSWORD, name } });
  if (!answer || !('user' in answer)) throw new Error('sign-up asked for an email confirmation');
  return answer.user;
}

export async function createWorkspaceViaApi(context: BrowserContext, title: string) {
  return callViaApi(context, contract.workspaces.create, { body: { title, leadInstitution: 'Ministry of the Interior' } });
}

export async function createDocumentViaApi(context: BrowserContext, workspaceId: string, title: string) {
  return callViaApi(context, contract.documents.create, { params: { id: workspaceId }, body: { title } });
}

/** Invites `email` and returns the single-use link's token. */
export async function inviteViaApi(context: BrowserContext, workspaceId: string, email: string, role: TeamRole): Promise<string> {
  const invitation = await callViaApi(context, contract.invitations.create, { params: { id: workspaceId }, body: { email, role } });
  const token = invitation.link.split('/invite/')[1];
  if (!token) throw new Error('the invitation came without a link');
  return token;
}

export async function acceptViaApi(context: BrowserContext, token: string) {
  return callViaApi(context, contract.invitations.accept, { params: { token } });
}

/** A signed-in user with a fresh workspace and one document in it. */
export async function seedDocument(context: BrowserContext, name: string, title: string) {
  const user = await signUpViaApi(context, name);
  const workspace = await createWorkspaceViaApi(context, `Workspace of ${name}`);
  const doc = await createDocumentViaApi(context, workspace.id, title);
  return { user, workspace, doc };
}

/** Signs `name` up in `context` and makes them a member of the workspace with `role`. */
export async function joinViaApi(owner: BrowserContext, context: BrowserContext, workspaceId: string, name: string, role: TeamRole) {
  const email = uniqueEmail(name);
  const token = await inviteViaApi(owner, workspaceId, email, role);
  const user = await signUpViaApi(context, name, email);
  await acceptViaApi(context, token);
  return user;
}
