import { validationEndpoints as api } from '../../shared/api/validation.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The validation ladder of documents and workspaces (`shared/api/validation.ts`). */
export function validationRoutes({ validationService }: Services) {
  return [
    route(api.ladder, async ({ auth, params }) => ({ status: 200, body: await validationService.ladder(auth.user, params.id) })),
    route(api.sign, async ({ auth, params, body }) => ({
      status: 201,
      body: await validationService.sign(auth.user, params.id, params.stepId, body.note),
    })),
    route(api.workspace, async ({ auth, params }) => ({ status: 200, body: await validationService.workspace(auth.user, params.id) })),
    route(api.replaceSteps, async ({ auth, params, body }) => ({
      status: 200,
      body: { steps: await validationService.replaceSteps(auth.user, params.id, body.steps) },
    })),
  ];
}
