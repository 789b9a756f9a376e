/**
 * Creates documents in Cadre over its HTTP API. The API is evolving: the original
 * `POST /api/documents` is tried first; when it is gone, the benchmark signs up a bench user,
 * creates a workspace and creates documents in it, and the sync sockets carry the session
 * cookie (set via `setCadreCookie`).
 */
import { randomUUID } from 'node:crypto';

export interface CadreSession {
  cookie: string | undefined;
  workspaceId: string | undefined;
}

async function post(url: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function idOf(res: Response, what: string): Promise<string> {
  if (res.status !== 201) throw new Error(`${what} → ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id?: unknown; user?: unknown };
  if (typeof body.id !== 'string') throw new Error(`${what}: no id in response`);
  return body.id;
}

/** Signs up a throw-away user and creates a workspace, unless the legacy route still exists. */
export async function openCadreSession(httpBase: string): Promise<CadreSession> {
  const signup = await post(`${httpBase}/api/auth/signup`, {
    email: `bench-${randomUUID().slice(0, 8)}@example.org`, password: 'bench-password-123', name: 'Bench',
  });
  if (signup.status === 404) return { cookie: undefined, workspaceId: undefined };
  if (signup.status !== 201) throw new Error(`signup → ${signup.status} ${await signup.text()}`);
  const setCookie = signup.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0];
  if (!cookie) throw new Error('signup did not set a session cookie');
  const workspaceId = await idOf(await post(`${httpBase}/api/workspaces`, { title: 'Bench workspace' }, cookie), 'POST /api/workspaces');
  return { cookie, workspaceId };
}

/** `fields`: more of the creation's body, such as a template to fill the document from. */
export async function createCadreDoc(httpBase: string, session: CadreSession, title: string, fields: Record<string, string> = {}): Promise<string> {
  if (session.workspaceId === undefined) {
    return idOf(await post(`${httpBase}/api/documents`, { title }), 'POST /api/documents');
  }
  return idOf(await post(`${httpBase}/api/workspaces/${session.workspaceId}/documents`, { title, ...fields }, session.cookie),
    'POST /api/workspaces/:id/documents');
}

/** Creates `count` documents, a few requests in flight at a time. */
export async function createCadreDocs(httpBase: string, session: CadreSession, count: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      ids[i] = await createCadreDoc(httpBase, session, `Bench document ${i + 1}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, count) }, worker));
  return ids;
}
