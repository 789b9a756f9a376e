import type { Kysely, Selectable } from 'kysely';
import type { Notification, NotificationSettings } from '../../shared/schemas/notifications.ts';
import { newId } from './document-repository.ts';
import type { NotificationsTable, Schema } from './schema.ts';

const toNotification = (row: Selectable<NotificationsTable>): Notification => ({
  id: row.id,
  kind: row.kind as Notification['kind'],
  workspaceId: row.workspace_id,
  documentId: row.document_id,
  threadId: row.thread_id,
  actorName: row.actor_name,
  excerpt: row.excerpt,
  createdAt: row.created_at,
  readAt: row.read_at,
});

export const defaultNotificationSettings: NotificationSettings = {
  mentions: true,
  replies: true,
  decisions: true,
  emailDigest: 'off',
};

export type NewNotification = Omit<Notification, 'id' | 'createdAt' | 'readAt'> & { userId: string };

/** Ids per statement when marking many notifications at once. */
const ID_SLICE = 500;

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;

/** The in-app inbox of each user, and what they want to be told about. */
export function createNotificationRepository(db: Kysely<Schema>) {
  return {
    async settingsOf(userId: string): Promise<NotificationSettings> {
      const stored = (await db.selectFrom('notification_settings').select('settings').where('user_id', '=', userId).executeTakeFirst())?.settings;
      return stored ? { ...defaultNotificationSettings, ...(JSON.parse(stored) as Partial<NotificationSettings>) } : defaultNotificationSettings;
    },
    async saveSettings(userId: string, settings: NotificationSettings): Promise<void> {
      await db
        .insertInto('notification_settings')
        .values({ user_id: userId, settings: JSON.stringify(settings) })
        .onConflict((oc) => oc.column('user_id').doUpdateSet((eb) => ({ settings: eb.ref('excluded.settings') })))
        .execute();
    },
    async add(notification: NewNotification): Promise<string> {
      const id = newId();
      await db
        .insertInto('notifications')
        .values({
          id,
          user_id: notification.userId,
          workspace_id: notification.workspaceId,
          document_id: notification.documentId,
          thread_id: notification.threadId,
          kind: notification.kind,
          actor_name: notification.actorName,
          excerpt: notification.excerpt,
          created_at: new Date().toISOString(),
        })
        .execute();
      return id;
    },
    async list(userId: string, limit = 100): Promise<Notification[]> {
      const rows = await db
        .selectFrom('notifications')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toNotification);
    },
    async unreadCount(userId: string): Promise<number> {
      const row = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Marks the user's own notifications read (`ids` of someone else's are ignored). */
    async markRead(userId: string, ids: string[] | 'all'): Promise<void> {
      if (ids !== 'all' && ids.length === 0) return;
      let query = db.updateTable('notifications').set({ read_at: new Date().toISOString() }).where('user_id', '=', userId).where('read_at', 'is', null);
      if (ids !== 'all') query = query.where('id', 'in', ids);
      await query.execute();
    },
    /** Unread notifications not yet emailed, grouped by the address of users who want a digest. */
    async pendingDigests(): Promise<Map<string, Notification[]>> {
      const rows = await db
        .selectFrom('notifications as n')
        .innerJoin('users as u', 'u.id', 'n.user_id')
        .leftJoin('notification_settings as s', 's.user_id', 'n.user_id')
        .selectAll('n')
        .select(['u.email', 's.settings'])
        .where('n.read_at', 'is', null)
        .where('n.emailed_at', 'is', null)
        .orderBy('n.user_id')
        .orderBy('n.created_at')
        .orderBy('n.id')
        .execute();
      const byEmail = new Map<string, Notification[]>();
      for (const row of rows) {
        const settings = row.settings ? (JSON.parse(row.settings) as Partial<NotificationSettings>) : {};
        if (settings.emailDigest !== 'daily') continue;
        let list = byEmail.get(row.email);
        if (!list) byEmail.set(row.email, (list = []));
        list.push(toNotification(row));
      }
      return byEmail;
    },
    async markEmailed(ids: string[]): Promise<void> {
      const at = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        // In slices: a digest may gather more ids than one statement takes parameters.
        for (let start = 0; start < ids.length; start += ID_SLICE) {
          await trx.updateTable('notifications').set({ emailed_at: at }).where('id', 'in', ids.slice(start, start + ID_SLICE)).execute();
        }
      });
    },
  };
}
