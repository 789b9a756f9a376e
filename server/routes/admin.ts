import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  ADMIN_USERS_PAGE_SIZE,
  adminUserQuerySchema,
  SIGNUP_ENV_VARIABLE,
  updateAdminUserBodySchema,
} from '../../shared/schemas/admin.ts';
import { signupPolicySchema } from '../../shared/schemas/auth.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody, parseOrThrow } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createAdministration } from '../services/administration.ts';
import { createPasswordResets } from '../services/password-resets.ts';
import { createSignups } from '../services/signup.ts';
import { validId } from './members.ts';

/** `/api/admin`: instance administration, for instance administrators only (shared ability table). */
export function adminRoutes(services: Services) {
  const administration = createAdministration(services);
  const resets = createPasswordResets(services);
  const signups = createSignups(services);

  const administrator = (c: Context<AppEnv>) => {
    const { user } = requireAuth(c);
    services.policy.authorizeInstance(user, 'administerInstance');
    return user;
  };
  const signupPolicy = () => ({
    ...signups.policy(),
    envVariable: SIGNUP_ENV_VARIABLE,
    emailConfirmation: signups.emailConfirmation,
  });

  return new Hono<AppEnv>()
    .get('/users', (c) => {
      administrator(c);
      const { q, page } = parseOrThrow(adminUserQuerySchema, c.req.query(), 'query');
      const { users, total } = administration.listUsers(q, page, ADMIN_USERS_PAGE_SIZE);
      return c.json({ users, total, page, pageSize: ADMIN_USERS_PAGE_SIZE });
    })
    .patch('/users/:userId', async (c) => {
      const actor = administrator(c);
      const userId = validId(c.req.param('userId'), 'user');
      const change = await jsonBody(c, updateAdminUserBodySchema);
      return c.json({ user: administration.updateUser(actor, userId, change) });
    })
    .get('/password-resets', (c) => {
      administrator(c);
      return c.json({ passwordResets: resets.listPending() });
    })
    .get('/signup-policy', (c) => {
      administrator(c);
      return c.json(signupPolicy());
    })
    .put('/signup-policy', async (c) => {
      const actor = administrator(c);
      const policy = await jsonBody(c, signupPolicySchema);
      signups.setPolicy(policy, actor);
      return c.json(signupPolicy());
    })
    .get('/limits', (c) => {
      administrator(c);
      return c.json({ limits: administration.limits() });
    })
    .get('/storage', (c) => {
      administrator(c);
      return c.json(administration.storage());
    });
}
