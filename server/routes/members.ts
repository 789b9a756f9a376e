import { membersEndpoints as api } from '../../shared/api/members.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Members of a workspace: role, institution and removal (`shared/api/members.ts`). */
export function memberRoutes({ memberService }: Services) {
  return [
    route(api.update, async ({ auth, params, body }) => ({
      status: 200,
      body: await memberService.update(auth.user, params.id, params.memberId, body),
    })),
    route(api.remove, async ({ auth, params }) => {
      await memberService.remove(auth.user, params.id, params.memberId);
      return { status: 204 };
    }),
  ];
}
