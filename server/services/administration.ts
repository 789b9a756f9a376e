import type { Env } from '../env.ts';
import type { AdminUser, InstanceLimit, StorageReport } from '../../shared/schemas/admin.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';


/** Limits the environment sets, for the administration page; more can be appended by the wiring. */
export function environmentLimits(env: Pick<Env, 'maxMessageBytes' | 'sessionIdleMs' | 'collabLimits' | 'maxStreamsPerUser' | 'maxExportBytes'>): InstanceLimit[] {
  const limit = (name: string, value: number, unit: InstanceLimit['unit'], envVariable: string, windowSeconds: number | null = null) =>
    ({ name, value, unit, windowSeconds, envVariable }) satisfies InstanceLimit;
  const { collabLimits } = env;
  return [
    limit('maxMessageBytes', env.maxMessageBytes, 'bytes', 'CADRE_MAX_MESSAGE_BYTES'),
    limit('maxDocumentBytes', collabLimits.maxDocumentBytes, 'bytes', 'CADRE_MAX_DOCUMENT_BYTES'),
    limit('maxUpdateItems', collabLimits.maxUpdateItems, 'count', 'CADRE_MAX_UPDATE_ITEMS'),
    limit('userUpdateBytes', collabLimits.userUpdateBytesPerSecond, 'bytes', 'CADRE_USER_UPDATE_BYTES_PER_SECOND', 1),
    limit('userMessages', collabLimits.userMessagesPerSecond, 'count', 'CADRE_USER_MESSAGES_PER_SECOND', 1),
    limit('maxSocketsPerUser', collabLimits.maxSocketsPerUser, 'count', 'CADRE_MAX_SOCKETS_PER_USER'),
    limit('maxDocumentsPerUser', collabLimits.maxRoomsPerUser, 'count', 'CADRE_MAX_DOCUMENTS_PER_USER'),
    limit('maxStreamsPerUser', env.maxStreamsPerUser, 'count', 'CADRE_MAX_STREAMS_PER_USER'),
    limit('maxExportBytes', env.maxExportBytes, 'bytes', 'CADRE_MAX_EXPORT_BYTES'),
    limit('sessionIdle', env.sessionIdleMs / 1000, 'seconds', 'CADRE_SESSION_IDLE_HOURS'),
  ];
}

const rate = (name: string, limiter: RateLimiter): InstanceLimit => ({
  name,
  value: limiter.max,
  unit: 'count',
  windowSeconds: limiter.windowMs / 1000,
  envVariable: null,
});

// Enough for any instance's overview; the total still covers every workspace.
const STORAGE_ROWS = 500;

type StorageRow = { id: string; title: string; documents: number; update_bytes: number; version_bytes: number };

/** Instance administration: accounts, limits in force and storage per workspace. */
export function createAdministration(services: Services) {
  const { db, users, sessions, bus, logger, limits } = services;
  const storageRows = db.prepare<[number], StorageRow>(
    `SELECT w.id, w.title,
       (SELECT count(*) FROM documents d WHERE d.workspace_id = w.id) AS documents,
       (SELECT coalesce(sum(length(u.data)), 0) FROM document_updates u JOIN documents d ON d.id = u.document_id
         WHERE d.workspace_id = w.id) AS update_bytes,
       (SELECT coalesce(sum(length(v.state) + length(CAST(v.content AS BLOB)) + coalesce(length(CAST(v.matrices AS BLOB)), 0)), 0)
         FROM document_versions v JOIN documents d ON d.id = v.document_id WHERE d.workspace_id = w.id) AS version_bytes
     FROM workspaces w ORDER BY update_bytes + version_bytes DESC, w.title LIMIT ?`,
  );
  const totalBytes = db.prepare<[], { n: number }>(
    `SELECT (SELECT coalesce(sum(length(data)), 0) FROM document_updates)
          + (SELECT coalesce(sum(length(state) + length(CAST(content AS BLOB)) + coalesce(length(CAST(matrices AS BLOB)), 0)), 0)
             FROM document_versions) AS n`,
  );

  /** Applies a change of standing; refuses one that would leave no enabled administrator. */
  const applyChange = db.transaction((actor: User, userId: string, change: { disabled?: boolean; isAdmin?: boolean }) => {
    const target = users.findForAdmin(userId);
    if (!target) throw notFound('user');
    if (change.disabled === true && target.id === actor.id) {
      throw new HttpError(409, 'cannot_disable_self', 'you cannot disable your own account');
    }
    const wasActiveAdmin = target.isAdmin && !target.disabled;
    const willBeActiveAdmin = (change.isAdmin ?? target.isAdmin) && !(change.disabled ?? target.disabled);
    if (wasActiveAdmin && !willBeActiveAdmin && users.countActiveAdmins() <= 1) {
      throw new HttpError(409, 'last_admin', 'the instance must keep at least one enabled administrator');
    }
    if (change.isAdmin !== undefined) users.setAdmin(userId, change.isAdmin);
    if (change.disabled !== undefined) users.setDisabled(userId, change.disabled);
    return target;
  });

  return {
    listUsers: (query: string, page: number, pageSize: number) => users.listForAdmin(query, page, pageSize),

    /**
     * Disables, re-enables, promotes or demotes an account. Disabling ends every session of the
     * account at once, and with them its open sockets and event streams.
     */
    updateUser(actor: User, userId: string, change: { disabled?: boolean; isAdmin?: boolean }): AdminUser {
      const before = applyChange(actor, userId, change);
      if (change.disabled === true && !before.disabled) {
        for (const sessionId of sessions.endAllForUser(userId)) bus.emit({ type: 'session.ended', sessionId });
      }
      logger.info('admin.user-changed', { by: actor.id, user: userId, disabled: change.disabled, isAdmin: change.isAdmin });
      const after = users.findForAdmin(userId);
      if (!after) throw notFound('user');
      return after;
    },

    limits(): InstanceLimit[] {
      return [
        ...services.limitsInForce,
        rate('signInPerAddress', limits.authPerAddress),
        rate('signInPerAccountAddress', limits.signInPerAccountAddress),
        rate('signupPerEmail', limits.signupPerEmail),
        rate('resetPerAddress', limits.resetPerAddress),
        rate('resetPerAccount', limits.resetPerAccount),
      ];
    },

    storage(): StorageReport {
      const workspaces = storageRows.all(STORAGE_ROWS).map((row) => ({
        id: row.id,
        title: row.title,
        documents: row.documents,
        updateBytes: row.update_bytes,
        versionBytes: row.version_bytes,
        totalBytes: row.update_bytes + row.version_bytes,
      }));
      return { workspaces, totalBytes: totalBytes.get()?.n ?? 0 };
    },
  };
}
