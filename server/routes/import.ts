import { importEndpoints as api } from '../../shared/api/import.ts';
import { throttle } from '../auth/rate-limit.ts';
import { requireAuth } from '../auth/middleware.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Import of Word drafts (`shared/api/import.ts`); the conversion is in `server/import/`. */
export function importRoutes({ importService, limits }: Services) {
  return [
    route(
      api.importDocument,
      async ({ auth, params, body }) => ({
        status: 201,
        body: await importService.importDocument(auth.user, params.id, body.files.file, body.fields.title),
      }),
      {
        // Counted and checked before the upload is read, so a refused one costs no memory.
        before: async (c) => {
          await throttle(limits.importPerUser, `user:${requireAuth(c).user.id}`);
          importService.checkCapacity();
        },
        // Multipart framing and the title field around the file.
        maxBodyBytes: importService.limits.maxFileBytes + 64 * 1024,
      },
    ),
  ];
}
