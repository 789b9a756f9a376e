import { invitationsEndpoints as api } from '../../shared/api/invitations.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/**
 * Invitations (`shared/api/invitations.ts`): a workspace's managers create, list and revoke them;
 * whoever holds a link sees what it offers (no sign-in needed) and accepts it.
 */
export function invitationRoutes({ invitationService }: Services) {
  return [
    route(api.create, async ({ auth, params, body }) => ({ status: 201, body: await invitationService.invite(auth.user, params.id, body) })),
    route(api.listPending, async ({ auth, params }) => ({
      status: 200,
      body: { invitations: await invitationService.listPending(auth.user, params.id) },
    })),
    route(api.revoke, async ({ auth, params }) => {
      await invitationService.revoke(auth.user, params.id, params.invitationId);
      return { status: 204 };
    }),
    route(api.preview, async ({ params }) => ({ status: 200, body: await invitationService.preview(params.token) })),
    route(api.accept, async ({ auth, params }) => ({ status: 201, body: await invitationService.accept(auth.user, params.token) })),
  ];
}
