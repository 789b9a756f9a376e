import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loginBodySchema, signupBodySchema } from '../../shared/schemas/auth.ts';
import { requireAuth, SESSION_COOKIE } from '../auth/middleware.ts';
import { throttle } from '../auth/rate-limit.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/secrets.ts';
import type { AppEnv } from '../http/context.ts';
import { clientAddress } from '../http/client-address.ts';
import { HttpError, jsonBody } from '../http/errors.ts';
import type { Services } from '../services.ts';

export function authRoutes(services: Services) {
  const { users, sessions, limits } = services;
  const secureCookie = services.publicOrigin?.startsWith('https:') ?? false;

  const startSession = (c: Context<AppEnv>, userId: string) => {
    // A fresh token at every sign-in: a token planted before sign-in is never promoted.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) sessions.end(previous);
    const { token } = sessions.create(userId);
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: secureCookie, path: '/' });
  };

  return new Hono<AppEnv>()
    .post('/signup', async (c) => {
      throttle(limits.authPerAddress, clientAddress(c));
      const { email, password, name } = await jsonBody(c, signupBodySchema);
      if (users.findWithPasswordHash(email)) {
        throw new HttpError(409, 'email_taken', 'an account with this email exists: sign in instead', {
          email: ['an account with this email exists'],
        });
      }
      const user = users.create(email, name, await hashPassword(password));
      startSession(c, user.id);
      return c.json({ user }, 201);
    })
    .post('/login', async (c) => {
      throttle(limits.authPerAddress, clientAddress(c));
      const { email, password } = await jsonBody(c, loginBodySchema);
      throttle(limits.authPerAccount, email);
      const account = users.findWithPasswordHash(email);
      const valid = await verifyPassword(password, account?.passwordHash ?? dummyPasswordHash);
      if (!account || !valid) throw new HttpError(401, 'wrong_credentials', 'wrong email or password');
      startSession(c, account.user.id);
      return c.json({ user: account.user });
    })
    .post('/logout', (c) => {
      const auth = requireAuth(c);
      const token = getCookie(c, SESSION_COOKIE);
      if (token) sessions.end(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      services.access.sessionEnded(auth.session.id);
      return c.body(null, 204);
    });
}
