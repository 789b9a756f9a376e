import { Hono } from 'hono';
import { markReadBodySchema, notificationSettingsSchema } from '../../shared/schemas/review.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody } from '../http/errors.ts';
import type { Services } from '../services.ts';

/** `/api/notifications`: the caller's own inbox and settings; nobody reads another's. */
export function notificationRoutes({ notifications, policy }: Services) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { user } = requireAuth(c);
      // Notifications from workspaces the user has left are kept but no longer shown.
      const list = notifications.list(user.id).filter((n) => policy.membershipOf(n.workspaceId, user.id));
      return c.json({ notifications: list, unreadCount: list.filter((n) => n.readAt === null).length });
    })
    .post('/read', async (c) => {
      const { user } = requireAuth(c);
      const body = await jsonBody(c, markReadBodySchema);
      notifications.markRead(user.id, body.all ? 'all' : (body.ids ?? []));
      return c.body(null, 204);
    })
    .get('/settings', (c) => c.json(notifications.settingsOf(requireAuth(c).user.id)))
    .patch('/settings', async (c) => {
      const { user } = requireAuth(c);
      const changes = await jsonBody(c, notificationSettingsSchema.partial());
      const settings = { ...notifications.settingsOf(user.id), ...changes };
      notifications.saveSettings(user.id, settings);
      return c.json(settings);
    });
}
