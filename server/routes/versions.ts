import { versionsEndpoints as api } from '../../shared/api/versions.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Versions of a document (`shared/api/versions.ts`). */
export function versionRoutes({ versionService }: Services) {
  return [
    route(api.list, async ({ auth, params }) => ({ status: 200, body: { versions: await versionService.list(auth.user, params.id) } })),
    route(api.create, async ({ auth, params, body }) => ({ status: 201, body: await versionService.name(auth.user, params.id, body.name) })),
    route(api.compare, async ({ auth, params, query }) => ({
      status: 200,
      body: await versionService.compare(auth.user, params.id, query.from, query.to),
    })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: await versionService.get(auth.user, params.id, params.versionId) })),
    route(api.restore, async ({ auth, params }) => ({ status: 201, body: await versionService.restore(auth.user, params.id, params.versionId) })),
  ];
}
