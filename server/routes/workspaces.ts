import { workspacesEndpoints as api } from '../../shared/api/workspaces.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Workspaces and their institutions (`shared/api/workspaces.ts`). */
export function workspaceRoutes({ workspaceService }: Services) {
  return [
    route(api.list, ({ auth }) => ({ status: 200, body: { workspaces: workspaceService.listFor(auth.user) } })),
    route(api.create, ({ auth, body }) => ({ status: 201, body: workspaceService.create(auth.user, body) })),
    route(api.get, ({ auth, params }) => ({ status: 200, body: workspaceService.get(auth.user, params.id) })),
    route(api.update, ({ auth, params, body }) => ({ status: 200, body: workspaceService.update(auth.user, params.id, body) })),
    route(api.createInstitution, ({ auth, params, body }) => ({
      status: 201,
      body: workspaceService.createInstitution(auth.user, params.id, body.name, body.parentId),
    })),
    route(api.archiveInstitution, ({ auth, params }) => ({
      status: 200,
      body: workspaceService.archiveInstitution(auth.user, params.id, params.institutionId),
    })),
    route(api.restoreInstitution, ({ auth, params }) => ({
      status: 200,
      body: workspaceService.restoreInstitution(auth.user, params.id, params.institutionId),
    })),
    route(api.archive, ({ auth, params }) => ({ status: 200, body: workspaceService.archive(auth.user, params.id) })),
    route(api.restore, ({ auth, params }) => ({ status: 200, body: workspaceService.restore(auth.user, params.id) })),
    route(api.deletionPreview, ({ auth, params }) => ({ status: 200, body: workspaceService.deletionPreview(auth.user, params.id) })),
    route(api.remove, ({ auth, params }) => {
      workspaceService.remove(auth.user, params.id);
      return { status: 204 };
    }),
  ];
}
