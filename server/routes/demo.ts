import { demoEndpoints as api } from '../../shared/api/demo.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The demo workspace (`shared/api/demo.ts`). */
export function demoRoutes({ demoService }: Services) {
  return [route(api.create, async ({ auth }) => ({ status: 201, body: await demoService.create(auth.user) }))];
}
