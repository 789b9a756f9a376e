import { z } from 'zod';

/**
 * A member's inbox: what others did in review that concerns them (a mention, a reply in a thread
 * they took part in, their thread resolved or their suggestion accepted or rejected), and which
 * of these they want to be told. `decision` is how outcomes were stored before they were told
 * apart: such notifications stay readable. `reportOverdue` is not from review: a measure's period
 * report is overdue (`threadId` names the measure, `documentId` is empty; see monitoring).
 */
export const NOTIFICATION_KINDS = ['mention', 'reply', 'resolved', 'accepted', 'rejected', 'decision', 'reportOverdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  workspaceId: z.string(),
  documentId: z.string(),
  threadId: z.string(),
  actorName: z.string(),
  excerpt: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({ notifications: z.array(notificationSchema), unreadCount: z.number() });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** Some notifications by id, or `all: true` for the whole inbox. */
export const markReadBodySchema = z
  .object({ ids: z.array(z.string().max(64)).max(500).optional(), all: z.boolean().optional() })
  .strict();
export const notificationSettingsSchema = z
  .object({ mentions: z.boolean(), replies: z.boolean(), decisions: z.boolean(), emailDigest: z.enum(['off', 'daily']) })
  .strict();
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
