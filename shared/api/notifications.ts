import { markReadBodySchema, notificationListSchema, notificationSettingsSchema } from '../schemas/notifications.ts';
import { endpoint } from './endpoint.ts';

const tag = 'notifications';

/** The caller’s own inbox and its settings (`server/routes/notifications.ts`); nobody reads another’s. */
export const notificationsEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/notifications',
    summary: 'The caller’s latest notifications from workspaces they still belong to, with the unread count',
    tag,
    auth: 'session',
    answers: { 200: notificationListSchema },
  }),
  markRead: endpoint({
    method: 'post',
    path: '/api/notifications/read',
    summary: 'Mark some notifications, or all, as read',
    tag,
    auth: 'session',
    body: markReadBodySchema,
    answers: { 204: null },
  }),
  settings: endpoint({
    method: 'get',
    path: '/api/notifications/settings',
    summary: 'What the caller wants to be notified of, and whether by daily email',
    tag,
    auth: 'session',
    answers: { 200: notificationSettingsSchema },
  }),
  saveSettings: endpoint({
    method: 'patch',
    path: '/api/notifications/settings',
    summary: 'Change some notification settings; answers them all',
    tag,
    auth: 'session',
    body: notificationSettingsSchema.partial(),
    answers: { 200: notificationSettingsSchema },
  }),
};
