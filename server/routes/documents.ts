import { documentsEndpoints as api } from '../../shared/api/documents.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Documents of a workspace (`shared/api/documents.ts`). */
export function documentRoutes({ documentService }: Services) {
  return [
    route(api.create, ({ auth, params, body }) => ({
      status: 201,
      body: documentService.create(auth.user, params.id, body.title, body.templateId, body.templateLanguage),
    })),
    route(api.get, ({ auth, params }) => ({ status: 200, body: documentService.get(auth.user, params.id) })),
    route(api.rename, ({ auth, params, body }) => ({ status: 200, body: documentService.rename(auth.user, params.id, body.title) })),
    route(api.archive, ({ auth, params }) => ({ status: 200, body: documentService.archive(auth.user, params.id) })),
    route(api.restore, ({ auth, params }) => ({ status: 200, body: documentService.restore(auth.user, params.id) })),
    route(api.deletionPreview, ({ auth, params }) => ({ status: 200, body: documentService.deletionPreview(auth.user, params.id) })),
    route(api.remove, ({ auth, params }) => {
      documentService.remove(auth.user, params.id);
      return { status: 204 };
    }),
  ];
}
