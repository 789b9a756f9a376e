import { adminEndpoints as api } from '../../shared/api/admin.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Instance administration (`shared/api/admin.ts`); the contract admits administrators only. */
export function adminRoutes({ administrationService, passwordResetService, signupService }: Services) {
  return [
    route(api.users, async ({ query }) => ({ status: 200, body: await administrationService.listUsers(query.q, query.page) })),
    route(api.updateUser, async ({ auth, params, body }) => ({
      status: 200,
      body: { user: await administrationService.updateUser(auth.user, params.userId, body) },
    })),
    route(api.passwordResets, async () => ({ status: 200, body: { passwordResets: await passwordResetService.listPending() } })),
    route(api.signupPolicy, async () => ({ status: 200, body: await signupService.adminPolicy() })),
    route(api.setSignupPolicy, async ({ auth, body }) => ({ status: 200, body: await signupService.setPolicy(body, auth.user) })),
    route(api.limits, () => ({ status: 200, body: { limits: administrationService.limits() } })),
    route(api.storage, async () => ({ status: 200, body: await administrationService.storage() })),
  ];
}
