import { glossaryEndpoints as api } from '../../shared/api/glossary.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The glossary's agreement and its agreed terms (`shared/api/glossary.ts`). */
export function glossaryRoutes({ glossaryService }: Services) {
  return [
    route(api.agree, async ({ auth, params, body }) => ({
      status: 200,
      body: { item: await glossaryService.agree(auth.user, params.id, params.itemId, body.version) },
    })),
    route(api.agreedTerms, async ({ auth, params, query }) => ({
      status: 200,
      body: await glossaryService.agreedTerms(auth.user, params.id, query.language),
    })),
  ];
}
