import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { passwordResetBodySchema, passwordResetRequestBodySchema } from '../../shared/schemas/auth.ts';
import { SESSION_COOKIE } from '../auth/middleware.ts';
import { addressKey, throttle } from '../auth/rate-limit.ts';
import type { ResetProblem } from '../db/password-reset-repository.ts';
import { clientAddress } from '../http/client-address.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createPasswordResets } from '../services/password-resets.ts';

const problems: Record<ResetProblem, HttpError> = {
  unknown: new HttpError(400, 'reset_link_invalid', 'this reset link is not valid: ask for a new one'),
  expired: new HttpError(410, 'reset_link_expired', 'this reset link has expired: ask for a new one'),
  used: new HttpError(410, 'reset_link_used', 'this reset link was already used: ask for a new one'),
};

/** `/api/auth/password-reset`: ask for a one-time link, then use it to set a new password. */
export function passwordResetRoutes(services: Services) {
  const resets = createPasswordResets(services);
  const { limits } = services;

  return new Hono<AppEnv>()
    .post('/request', async (c) => {
      throttle(limits.resetPerAddress, addressKey(clientAddress(c)));
      const { email } = await jsonBody(c, passwordResetRequestBodySchema);
      // Per email, whether or not an account exists, so the limit reveals nothing either.
      throttle(limits.resetPerAccount, email);
      resets.request(email);
      return c.body(null, 202);
    })
    .post('/', async (c) => {
      throttle(limits.resetPerAddress, addressKey(clientAddress(c)));
      const { token, password } = await jsonBody(c, passwordResetBodySchema);
      const result = await resets.reset(token, password);
      if ('problem' in result) throw problems[result.problem];
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    });
}

