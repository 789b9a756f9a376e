import { notificationsEndpoints as api } from '../../shared/api/notifications.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The caller's own inbox and settings (`shared/api/notifications.ts`). */
export function notificationRoutes({ notificationService }: Services) {
  return [
    route(api.list, ({ auth }) => ({ status: 200, body: notificationService.list(auth.user) })),
    route(api.markRead, ({ auth, body }) => {
      notificationService.markRead(auth.user, body.all ? 'all' : (body.ids ?? []));
      return { status: 204 };
    }),
    route(api.settings, ({ auth }) => ({ status: 200, body: notificationService.settings(auth.user) })),
    route(api.saveSettings, ({ auth, body }) => ({ status: 200, body: notificationService.saveSettings(auth.user, body) })),
  ];
}
