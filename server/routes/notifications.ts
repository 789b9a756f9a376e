import { notificationsEndpoints as api } from '../../shared/api/notifications.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The caller's own inbox and settings (`shared/api/notifications.ts`). */
export function notificationRoutes({ notificationService }: Services) {
  return [
    route(api.list, async ({ auth }) => ({ status: 200, body: await notificationService.list(auth.user) })),
    route(api.markRead, async ({ auth, body }) => {
      await notificationService.markRead(auth.user, body.all ? 'all' : (body.ids ?? []));
      return { status: 204 };
    }),
    route(api.settings, async ({ auth }) => ({ status: 200, body: await notificationService.settings(auth.user) })),
    route(api.saveSettings, async ({ auth, body }) => ({ status: 200, body: await notificationService.saveSettings(auth.user, body) })),
  ];
}
