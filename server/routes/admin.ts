import { adminEndpoints as api } from '../../shared/api/admin.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Instance administration (`shared/api/admin.ts`); the contract admits administrators only. */
export function adminRoutes({ administrationService, passwordResetService, signupService }: Services) {
  return [
    route(api.users, ({ query }) => ({ status: 200, body: administrationService.listUsers(query.q, query.page) })),
    route(api.updateUser, ({ auth, params, body }) => ({
      status: 200,
      body: { user: administrationService.updateUser(auth.user, params.userId, body) },
    })),
    route(api.passwordResets, () => ({ status: 200, body: { passwordResets: passwordResetService.listPending() } })),
    route(api.signupPolicy, () => ({ status: 200, body: signupService.adminPolicy() })),
    route(api.setSignupPolicy, ({ auth, body }) => ({ status: 200, body: signupService.setPolicy(body, auth.user) })),
    route(api.limits, () => ({ status: 200, body: { limits: administrationService.limits() } })),
    route(api.storage, () => ({ status: 200, body: administrationService.storage() })),
  ];
}
