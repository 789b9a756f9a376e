import { interpolate } from '../../shared/i18n/interpolate.ts';
import { selectPlural } from '../../shared/i18n/plural.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { NotificationKind, NotificationList, NotificationSettings } from '../../shared/schemas/notifications.ts';
import { serverText } from '../i18n/server-text.ts';
import { trySend } from '../mail/mailer.ts';
import type { Infrastructure } from '../services.ts';

const EXCERPT_LENGTH = 140;
/** The start of a text, short enough for an inbox line or an activity entry. */
export const excerpt = (text: string): string =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;

/** What a notification is about and who caused it. */
export type NotificationCause = {
  kind: NotificationKind;
  workspaceId: string;
  documentId: string;
  threadId: string;
  actorId: string;
  text: string;
};

export type NotificationService = ReturnType<typeof createNotificationService>;

/**
 * Each member's inbox: delivering notifications as each recipient's settings allow, reading and
 * marking them, and the daily email digest. Nobody reads another's inbox.
 */
export function createNotificationService(
  infrastructure: Pick<Infrastructure, 'notifications' | 'policy' | 'users' | 'events' | 'mailer' | 'publicOrigin' | 'logger' | 'workspaces'>,
) {
  const { notifications, policy, users, events, mailer, publicOrigin, logger, workspaces } = infrastructure;

  const wants = (settings: NotificationSettings, kind: NotificationKind): boolean =>
    kind === 'mention' ? settings.mentions : kind === 'reply' ? settings.replies : settings.decisions;

  return {
    /** Notifies each recipient once, except the actor, former members and those who opted out. */
    async notify(recipients: Iterable<string>, { kind, workspaceId, documentId, threadId, actorId, text }: NotificationCause): Promise<void> {
      const actorName = (await users.find(actorId))?.name ?? '';
      for (const userId of new Set(recipients)) {
        if (userId === actorId || !(await policy.membershipOf(workspaceId, userId))) continue;
        if (!wants(await notifications.settingsOf(userId), kind)) continue;
        await notifications.add({ userId, kind, workspaceId, documentId, threadId, actorName, excerpt: excerpt(text) });
        // To the recipient alone, whatever page they are on: their bell refetches its inbox.
        events.publishToUser(userId, { resource: 'notifications', action: 'created' });
      }
    },

    async list(actor: User): Promise<NotificationList> {
      // Notifications from workspaces the user has left are kept but no longer shown.
      const all = await notifications.list(actor.id);
      const memberOf = new Map<string, boolean>();
      for (const workspaceId of new Set(all.map((n) => n.workspaceId))) {
        memberOf.set(workspaceId, Boolean(await policy.membershipOf(workspaceId, actor.id)));
      }
      const list = all.filter((n) => memberOf.get(n.workspaceId));
      return { notifications: list, unreadCount: list.filter((n) => n.readAt === null).length };
    },

    async markRead(actor: User, ids: string[] | 'all'): Promise<void> {
      await notifications.markRead(actor.id, ids);
      // The person's other tabs refetch their bell's count.
      events.publishToUser(actor.id, { resource: 'notifications', action: 'updated' });
    },

    settings: (actor: User): Promise<NotificationSettings> => notifications.settingsOf(actor.id),

    async saveSettings(actor: User, changes: Partial<NotificationSettings>): Promise<NotificationSettings> {
      const settings = { ...(await notifications.settingsOf(actor.id)), ...changes };
      await notifications.saveSettings(actor.id, settings);
      return settings;
    },

    /** Emails each user who asked for a digest their unread, not yet emailed notifications. */
    async sendDigests(): Promise<number> {
      if (!mailer) return 0;
      let sent = 0;
      for (const [email, pending] of await notifications.pendingDigests()) {
        // Cadre does not store a person's interface language: the digest is written in the working
        // language of the workspace of their latest notification.
        const latest = pending.at(-1);
        const language = (latest && (await workspaces.find(latest.workspaceId))?.language) ?? 'en';
        const { digest } = serverText(language);
        const lines = pending.map(
          (n) =>
            n.kind === 'reportOverdue'
              ? `- ${digest.actions[n.kind]}: ${n.excerpt}\n  ${publicOrigin}/w/${n.workspaceId}/monitoring`
              : `- ${n.actorName} ${digest.actions[n.kind]}: ${n.excerpt}\n  ${publicOrigin}/d/${n.documentId}?thread=${n.threadId}`,
        );
        const count = pending.length;
        const subject = interpolate(selectPlural(language, digest.subject, count), { count }, language);
        const message = { to: email, subject, text: lines.join('\n') };
        if (await trySend(mailer, message, logger)) {
          await notifications.markEmailed(pending.map((n) => n.id));
          sent++;
        }
      }
      return sent;
    },
  };
}
