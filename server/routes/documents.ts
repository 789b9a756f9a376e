import { documentsEndpoints as api } from '../../shared/api/documents.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Documents of a workspace (`shared/api/documents.ts`). */
export function documentRoutes({ documentService }: Services) {
  return [
    route(api.create, async ({ auth, params, body }) => ({
      status: 201,
      body: await documentService.create(auth.user, params.id, body.title, body.templateId, body.templateLanguage),
    })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: await documentService.get(auth.user, params.id) })),
    route(api.rename, async ({ auth, params, body }) => ({ status: 200, body: await documentService.rename(auth.user, params.id, body.title) })),
    route(api.setLanguage, async ({ auth, params, body }) => ({
      status: 200,
      body: await documentService.setLanguage(auth.user, params.id, body.language),
    })),
    route(api.archive, async ({ auth, params }) => ({ status: 200, body: await documentService.archive(auth.user, params.id) })),
    route(api.restore, async ({ auth, params }) => ({ status: 200, body: await documentService.restore(auth.user, params.id) })),
    route(api.deletionPreview, async ({ auth, params }) => ({ status: 200, body: await documentService.deletionPreview(auth.user, params.id) })),
    route(api.remove, async ({ auth, params }) => {
      await documentService.remove(auth.user, params.id);
      return { status: 204 };
    }),
  ];
}
