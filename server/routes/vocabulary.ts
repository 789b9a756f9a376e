import { vocabularyEndpoints as api } from '../../shared/api/vocabulary.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** A workspace's policy-area vocabulary (`shared/api/vocabulary.ts`). */
export function vocabularyRoutes({ vocabularyService }: Services) {
  return [
    route(api.get, async ({ auth, params }) => ({ status: 200, body: { vocabulary: await vocabularyService.get(auth.user, params.id) } })),
    route(api.update, async ({ auth, params, body }) => ({
      status: 200,
      body: { vocabulary: await vocabularyService.update(auth.user, params.id, body) },
    })),
  ];
}
