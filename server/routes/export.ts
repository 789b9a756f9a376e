import { exportEndpoints as api } from '../../shared/api/export.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Downloads of a document (`shared/api/export.ts`); rendering lives in `server/export/`. */
export function exportRoutes({ exportService }: Pick<Services, 'exportService'>) {
  return [
    route(api.download, async ({ auth, params, query }, c) => {
      const file = await exportService.download(auth.user, params.id, query);
      return c.body(new Uint8Array(file.body), 200, {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        // The app-wide Content-Security-Policy (app.ts) also covers an HTML export opened from
        // here; the file itself carries a stricter one for when it is opened from disk.
        'x-content-type-options': 'nosniff',
      });
    }),
  ];
}
