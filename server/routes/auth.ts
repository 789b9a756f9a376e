import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { confirmEmailBodySchema, loginBodySchema, signupBodySchema } from '../../shared/schemas/auth.ts';
import { requireAuth, SESSION_COOKIE } from '../auth/middleware.ts';
import { accountAddressKey, addressKey, throttle } from '../auth/rate-limit.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/secrets.ts';
import type { AppEnv } from '../http/context.ts';
import { clientAddress } from '../http/client-address.ts';
import { HttpError, jsonBody } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createSignups, meResponse } from '../services/signup.ts';

export { meResponse };

const wrongCredentials = () => new HttpError(401, 'wrong_credentials', 'wrong email or password');

/** `/api/auth`: sign-up (under the instance's policy), email confirmation, sign-in, sign-out. */
export function authRoutes(services: Services) {
  const { users, sessions, signups, limits } = services;
  const accounts = createSignups(services);

  const startSession = (c: Context<AppEnv>, userId: string) => {
    // A fresh token at every sign-in: a token planted before sign-in is never promoted.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) sessions.end(previous);
    const { token } = sessions.create(userId);
    const secure = services.publicOrigin.startsWith('https:');
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
  };

  return new Hono<AppEnv>()
    .get('/signup-policy', (c) => c.json(accounts.publicPolicy()))
    .post('/signup', async (c) => {
      throttle(limits.authPerAddress, addressKey(clientAddress(c)));
      const body = await jsonBody(c, signupBodySchema);
      const outcome = await accounts.signUp(body);
      if (outcome.kind === 'confirmationSent') return c.json({ confirmationSent: true as const }, 202);
      startSession(c, outcome.user.id);
      return c.json(meResponse(outcome.user), 201);
    })
    .post('/confirm', async (c) => {
      throttle(limits.authPerAddress, addressKey(clientAddress(c)));
      const { token } = await jsonBody(c, confirmEmailBodySchema);
      const user = accounts.confirm(token);
      startSession(c, user.id);
      return c.json(meResponse(user));
    })
    .post('/login', async (c) => {
      const address = clientAddress(c);
      throttle(limits.authPerAddress, addressKey(address));
      const { email, password } = await jsonBody(c, loginBodySchema);
      // Per account *and* address: failures elsewhere never lock the owner out of their account.
      throttle(limits.signInPerAccountAddress, accountAddressKey(email, address));
      const account = users.findWithPasswordHash(email);
      // No account yet may mean a sign-up waiting for its confirmation: its owner, who knows the
      // password, is told to confirm. One hash is verified on every path, so timing tells nothing.
      const pendingHash = account ? undefined : signups.latestPasswordHash(email);
      const valid = await verifyPassword(password, account?.passwordHash ?? pendingHash ?? dummyPasswordHash);
      if (!valid || (!account && !pendingHash)) throw wrongCredentials();
      if (!account) throw new HttpError(403, 'email_unconfirmed', 'confirm your address first with the link we emailed you');
      // Only someone who knows the password learns that the account is disabled.
      if (account.disabled) throw new HttpError(403, 'account_disabled', 'this account is disabled: contact your administrator');
      startSession(c, account.user.id);
      return c.json(meResponse(account.user));
    })
    .post('/logout', (c) => {
      const auth = requireAuth(c);
      const token = getCookie(c, SESSION_COOKIE);
      if (token) sessions.end(token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      services.bus.emit({ type: 'session.ended', sessionId: auth.session.id });
      return c.body(null, 204);
    });
}
