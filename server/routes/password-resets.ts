import { deleteCookie } from 'hono/cookie';
import { passwordResetsEndpoints as api } from '../../shared/api/password-resets.ts';
import { SESSION_COOKIE } from '../auth/middleware.ts';
import { throttleClientAddress } from '../auth/rate-limit.ts';
import { route } from '../http/routes.ts';
import { requestLanguage } from '../i18n/request-language.ts';
import type { Services } from '../services.ts';

/** Ask for a one-time link, then use it to set a new password (`shared/api/password-resets.ts`). */
export function passwordResetRoutes({ passwordResetService, limits }: Services) {
  // Counted before the body is read, so malformed attempts count too.
  const perAddress = { before: throttleClientAddress(limits.resetPerAddress) };

  return [
    route(
      api.request,
      async ({ body }, c) => {
        await passwordResetService.request(body.email, requestLanguage(c));
        return { status: 202 };
      },
      perAddress,
    ),
    route(
      api.reset,
      async ({ body }, c) => {
        await passwordResetService.reset(body.token, body.password);
        // Every session of the account ended, this browser's too.
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return { status: 204 };
      },
      perAddress,
    ),
  ];
}
