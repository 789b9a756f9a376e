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
  ];
}
