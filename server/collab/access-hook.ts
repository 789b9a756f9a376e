import type { IncomingMessage } from 'node:http';
import { parse } from 'hono/utils/cookie';
import { CloseCode } from '../../shared/collab/protocol.ts';
import { SESSION_COOKIE } from '../auth/middleware.ts';
import type { Services } from '../services.ts';
import type { AccessHook } from './sync-server.ts';

/**
 * The sync server's access hook: the session cookie identifies the user, and the shared policy
 * decides edit, read or deny for the document, exactly as for HTTP routes.
 */
export function createAccessHook({ sessions, users, policy }: Services): AccessHook {
  return async (request: IncomingMessage, documentId: string) => {
    const token = parse(request.headers.cookie ?? '', SESSION_COOKIE)[SESSION_COOKIE];
    const session = token ? await sessions.resolve(token) : undefined;
    const user = session ? await users.find(session.userId) : undefined;
    if (!session || !user) return { deny: CloseCode.unauthenticated, reason: 'please sign in' };
    const { access, workspaceId } = await policy.documentAccess(user.id, documentId);
    if (access === 'deny') return { deny: CloseCode.notFound, reason: 'document not found' };
    return { access, principal: { userId: user.id, name: user.name, sessionId: session.id, workspaceId } };
  };
}
