import { matricesEndpoints as api } from '../../shared/api/matrices.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Structured matrices of a workspace, every kind (`shared/api/matrices.ts`). */
export function matrixRoutes({ matrixService }: Services) {
  return [
    route(api.list, ({ auth, params, query }) => ({
      status: 200,
      body: matrixService.list(auth.user, params.id, params.kind, query.deleted ? 'deleted' : query.archived ? 'archived' : 'live'),
    })),
    route(api.create, ({ auth, params, body }) => ({
      status: 201,
      body: { item: matrixService.create(auth.user, params.id, params.kind, body.data) },
    })),
    route(api.get, ({ auth, params }) => ({ status: 200, body: { item: matrixService.get(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.update, ({ auth, params, body }) => ({
      status: 200,
      body: { item: matrixService.update(auth.user, params.id, params.kind, params.itemId, body.version, body.data) },
    })),
    route(api.remove, ({ auth, params }) => ({ status: 200, body: { item: matrixService.remove(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.archive, ({ auth, params }) => ({ status: 200, body: { item: matrixService.archive(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.restore, ({ auth, params }) => ({ status: 200, body: { item: matrixService.restore(auth.user, params.id, params.kind, params.itemId) } })),
    route(api.vote, ({ auth, params, body }) => ({
      status: 200,
      body: { item: matrixService.vote(auth.user, params.id, params.kind, params.itemId, body.vote) },
    })),
  ];
}
