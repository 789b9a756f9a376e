import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { UserRepository } from '../db/user-repository.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import { isAllowedOrigin } from './origin.ts';
import type { SessionStore } from './sessions.ts';

export const SESSION_COOKIE = 'cadre_session';

/** Resolves the session cookie (if any) to the signed-in user for every request. */
export function sessionMiddleware(sessions: SessionStore, users: UserRepository): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessions.resolve(token) : undefined;
    const user = session ? await users.find(session.userId) : undefined;
    c.set('auth', session && user ? { user, session } : null);
    await next();
  };
}

/**
 * Refuses state-changing requests sent by a page of another origin (CSRF). The origin is read
 * at each request: with PORT=0 it is known only once the server listens.
 */
export function originGuard(publicOrigin: () => string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const safe = c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS';
    if (!safe && !isAllowedOrigin(c.req.header('origin'), publicOrigin())) {
      throw new HttpError(403, 'bad_origin', 'requests from another site are refused');
    }
    await next();
  };
}

/** The signed-in user, or a 401 that tells the client to show the sign-in screen. */
export function requireAuth(c: Context<AppEnv>) {
  const auth = c.get('auth');
  if (!auth) throw new HttpError(401, 'unauthenticated', 'please sign in');
  return auth;
}
