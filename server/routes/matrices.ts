import { matricesEndpoints as api } from '../../shared/api/matrices.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Structured matrices of a workspace, every kind (`shared/api/matrices.ts`). */
export function matrixRoutes({ matrixService }: Services) {
  return [
    route(api.list, async ({ auth, params, query }) => ({
      status: 200,
      body: await matrixService.list(auth.user, params.id, params.kind, query.deleted ? 'deleted' : query.archived ? 'archived' : 'live'),
    })),
    route(api.create, async ({ auth, params, body }) => ({
      status: 201,
      body: { item: await matrixService.create(auth.user, params.id, params.kind, body.data) },
    })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: { item: await matrixService.get(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.update, async ({ auth, params, body }) => ({
      status: 200,
      body: { item: await matrixService.update(auth.user, params.id, params.kind, params.itemId, body.version, body.data) },
    })),
    route(api.remove, async ({ auth, params }) => ({ status: 200, body: { item: await matrixService.remove(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.archive, async ({ auth, params }) => ({ status: 200, body: { item: await matrixService.archive(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.restore, async ({ auth, params }) => ({ status: 200, body: { item: await matrixService.restore(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.vote, async ({ auth, params, body }) => ({
      status: 200,
      body: { item: await matrixService.vote(auth.user, params.id, params.kind, params.itemId, body.vote) },
    })),
  ];
}
