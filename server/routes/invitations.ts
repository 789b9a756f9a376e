import { invitationsEndpoints as api } from '../../shared/api/invitations.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/**
 * Invitations (`shared/api/invitations.ts`): a workspace's managers create, list and revoke them;
 * whoever holds a link sees what it offers (no sign-in needed) and accepts it.
 */
export function invitationRoutes({ invitationService }: Services) {
  return [
    route(api.create, ({ auth, params, body }) => ({ status: 201, body: invitationService.invite(auth.user, params.id, body) })),
    route(api.listPending, ({ auth, params }) => ({
      status: 200,
      body: { invitations: invitationService.listPending(auth.user, params.id) },
    })),
    route(api.revoke, ({ auth, params }) => {
      invitationService.revoke(auth.user, params.id, params.invitationId);
      return { status: 204 };
    }),
    route(api.preview, ({ params }) => ({ status: 200, body: invitationService.preview(params.token) })),
    route(api.accept, ({ auth, params }) => ({ status: 201, body: invitationService.accept(auth.user, params.token) })),
  ];
}
