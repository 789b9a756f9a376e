import type { Notification, NotificationSettings } from '../../shared/schemas/notifications.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type NotificationRow = {
  id: string;
  user_id: string;
  workspace_id: string;
  document_id: string;
  thread_id: string;
  kind: Notification['kind'];
  actor_name: string;
  excerpt: string;
  created_at: string;
  read_at: string | null;
};

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
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

export type NotificationRepository = ReturnType<typeof createNotificationRepository>;

/** The in-app inbox of each user, and what they want to be told about. */
export function createNotificationRepository(db: SqliteDatabase) {
  const insert = db.prepare(
    `INSERT INTO notifications (id, user_id, workspace_id, document_id, thread_id, kind, actor_name, excerpt, created_at)
     VALUES (@id, @userId, @workspaceId, @documentId, @threadId, @kind, @actorName, @excerpt, @createdAt)`,
  );
  const selectForUser = db.prepare<[string, number], NotificationRow>(
    'SELECT * FROM notifications WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const countUnread = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL',
  );
  const markOne = db.prepare<[string, string, string]>(
    'UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL',
  );
  const markAll = db.prepare<[string, string]>('UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL');
  const selectSettings = db.prepare<[string], { settings: string }>('SELECT settings FROM notification_settings WHERE user_id = ?');
  const upsertSettings = db.prepare<[string, string]>(
    'INSERT INTO notification_settings (user_id, settings) VALUES (?, ?) ON CONFLICT(user_id) DO UPDATE SET settings = excluded.settings',
  );
  const selectUnsent = db.prepare<[], NotificationRow & { email: string; settings: string | null }>(
    `SELECT n.*, u.email, s.settings FROM notifications n JOIN users u ON u.id = n.user_id
     LEFT JOIN notification_settings s ON s.user_id = n.user_id
     WHERE n.read_at IS NULL AND n.emailed_at IS NULL ORDER BY n.user_id, n.created_at`,
  );
  const markEmailed = db.prepare<[string, string]>('UPDATE notifications SET emailed_at = ? WHERE id = ?');

  const settingsOf = (userId: string): NotificationSettings => {
    const stored = selectSettings.get(userId)?.settings;
    return stored ? { ...defaultNotificationSettings, ...(JSON.parse(stored) as Partial<NotificationSettings>) } : defaultNotificationSettings;
  };

  return {
    settingsOf,
    saveSettings: (userId: string, settings: NotificationSettings): void => void upsertSettings.run(userId, JSON.stringify(settings)),
    add(notification: NewNotification): string {
      const id = newId();
      insert.run({ id, ...notification, createdAt: new Date().toISOString() });
      return id;
    },
    list: (userId: string, limit = 100): Notification[] => selectForUser.all(userId, limit).map(toNotification),
    unreadCount: (userId: string): number => countUnread.get(userId)?.n ?? 0,
    markRead(userId: string, ids: string[] | 'all'): void {
      const at = new Date().toISOString();
      if (ids === 'all') markAll.run(at, userId);
      else db.transaction(() => ids.forEach((id) => markOne.run(at, id, userId)))();
    },
    /** Unread notifications not yet emailed, grouped by the address of users who want a digest. */
    pendingDigests(): Map<string, Notification[]> {
      const byEmail = new Map<string, Notification[]>();
      for (const row of selectUnsent.all()) {
        const settings = row.settings ? (JSON.parse(row.settings) as Partial<NotificationSettings>) : {};
        if (settings.emailDigest !== 'daily') continue;
        let list = byEmail.get(row.email);
        if (!list) byEmail.set(row.email, (list = []));
        list.push(toNotification(row));
      }
      return byEmail;
    },
    markEmailed: (ids: string[]): void => {
      const at = new Date().toISOString();
      db.transaction(() => ids.forEach((id) => markEmailed.run(at, id)))();
    },
  };
}
