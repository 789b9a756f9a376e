import { cycleEndpoints as api } from '../../shared/api/cycle.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The policy cycle of a workspace (`shared/api/cycle.ts`). */
export function cycleRoutes({ cycleService }: Services) {
  return [
    route(api.status, async ({ auth, params }) => ({ status: 200, body: await cycleService.status(auth.user, params.id) })),
    route(api.advanceStage, async ({ auth, params, body }) => ({
      status: 200,
      body: await cycleService.advance(auth.user, params.id, body.to, body.reason),
    })),
  ];
}
