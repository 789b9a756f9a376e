import { versionsEndpoints as api } from '../../shared/api/versions.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Versions of a document (`shared/api/versions.ts`). */
export function versionRoutes({ versionService }: Services) {
  return [
    route(api.list, ({ auth, params }) => ({ status: 200, body: { versions: versionService.list(auth.user, params.id) } })),
    route(api.create, ({ auth, params, body }) => ({ status: 201, body: versionService.name(auth.user, params.id, body.name) })),
    route(api.compare, ({ auth, params, query }) => ({
      status: 200,
      body: versionService.compare(auth.user, params.id, query.from, query.to),
    })),
    route(api.get, ({ auth, params }) => ({ status: 200, body: versionService.get(auth.user, params.id, params.versionId) })),
    route(api.restore, ({ auth, params }) => ({ status: 201, body: versionService.restore(auth.user, params.id, params.versionId) })),
  ];
}
