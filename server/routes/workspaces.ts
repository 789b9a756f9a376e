import { workspacesEndpoints as api } from '../../shared/api/workspaces.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Workspaces and their institutions (`shared/api/workspaces.ts`). */
export function workspaceRoutes({ workspaceService }: Services) {
  return [
    route(api.list, async ({ auth }) => ({ status: 200, body: { workspaces: await workspaceService.listFor(auth.user) } })),
    route(api.create, async ({ auth, body }) => ({ status: 201, body: await workspaceService.create(auth.user, body) })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: await workspaceService.get(auth.user, params.id) })),
    route(api.update, async ({ auth, params, body }) => ({ status: 200, body: await workspaceService.update(auth.user, params.id, body) })),
    route(api.createInstitution, async ({ auth, params, body }) => ({
      status: 201,
      body: await workspaceService.createInstitution(auth.user, params.id, body.name, body.parentId),
    })),
    route(api.archiveInstitution, async ({ auth, params }) => ({
      status: 200,
      body: await workspaceService.archiveInstitution(auth.user, params.id, params.institutionId),
    })),
    route(api.restoreInstitution, async ({ auth, params }) => ({
      status: 200,
      body: await workspaceService.restoreInstitution(auth.user, params.id, params.institutionId),
    })),
    route(api.archive, async ({ auth, params }) => ({ status: 200, body: await workspaceService.archive(auth.user, params.id) })),
    route(api.restore, async ({ auth, params }) => ({ status: 200, body: await workspaceService.restore(auth.user, params.id) })),
    route(api.deletionPreview, async ({ auth, params }) => ({ status: 200, body: await workspaceService.deletionPreview(auth.user, params.id) })),
    route(api.remove, async ({ auth, params }) => {
      await workspaceService.remove(auth.user, params.id);
      return { status: 204 };
    }),
  ];
}
