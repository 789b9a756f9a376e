import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authEndpoints as api } from '../../shared/api/auth.ts';
import type { Me, User } from '../../shared/schemas/auth.ts';
import { SESSION_COOKIE } from '../auth/middleware.ts';
import { throttleClientAddress } from '../auth/rate-limit.ts';
import type { AppEnv } from '../http/context.ts';
import { clientAddress } from '../http/client-address.ts';
import { route } from '../http/routes.ts';
import { requestLanguage } from '../i18n/request-language.ts';
import type { Services } from '../services.ts';

/** Sign-up, email confirmation, sign-in, sign-out, the session probe and `/api/me` (`shared/api/auth.ts`). */
export function authRoutes({ authService, signupService, limits, publicOrigin }: Services) {
  // Counted before the body is read, so malformed attempts count too.
  const perAddress = { before: throttleClientAddress(limits.authPerAddress) };

  /** Signs the browser in as `user`: a new session in a new cookie. */
  const signInBrowser = async (c: Context<AppEnv>, user: User): Promise<Me> => {
    const token = await authService.startSession(user.id, getCookie(c, SESSION_COOKIE));
    const secure = publicOrigin.startsWith('https:');
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
    return authService.me(user);
  };

  return [
    route(api.signupPolicy, async () => ({ status: 200, body: await signupService.publicPolicy() })),
    route(
      api.signUp,
      async ({ body }, c) => {
        const outcome = await signupService.signUp(body, requestLanguage(c));
        if (outcome.kind === 'confirmationSent') return { status: 202, body: { confirmationSent: true as const } };
        return { status: 201, body: await signInBrowser(c, outcome.user) };
      },
      perAddress,
    ),
    route(api.confirm, async ({ body }, c) => ({ status: 200, body: await signInBrowser(c, await signupService.confirm(body.token)) }), perAddress),
    route(
      api.login,
      async ({ body }, c) => {
        const user = await authService.signIn(body.email, body.password, clientAddress(c));
        return { status: 200, body: await signInBrowser(c, user) };
      },
      perAddress,
    ),
    route(api.logout, async ({ auth }, c) => {
      await authService.signOut(auth.session, getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return { status: 204 };
    }),
    route(api.session, ({ auth }) => ({ status: 200, body: authService.session(auth?.user ?? null) })),
    route(api.me, ({ auth }) => ({ status: 200, body: authService.me(auth.user) })),
  ];
}
