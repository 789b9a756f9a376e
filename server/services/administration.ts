import type { Env } from '../env.ts';
import {
  ADMIN_USERS_PAGE_SIZE,
  type AdminUser,
  type AdminUserChange,
  type AdminUserList,
  type InstanceLimit,
  type StorageReport,
} from '../../shared/schemas/admin.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

/** Limits the environment sets, for the administration page; more can be appended by the wiring. */
export function environmentLimits(env: Pick<Env, 'maxMessageBytes' | 'sessionIdleMs' | 'collabLimits' | 'maxStreamsPerUser' | 'maxExportBytes' | 'maxImageBytes'>): InstanceLimit[] {
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
    limit('maxImageBytes', env.maxImageBytes, 'bytes', 'CADRE_MAX_IMAGE_BYTES'),
    limit('sessionIdle', env.sessionIdleMs / 1000, 'seconds', 'CADRE_SESSION_IDLE_HOURS'),
  ];
}

const rate = (name: string, limiter: RateLimiter, envVariable: string | null = null): InstanceLimit => ({
  name,
  value: limiter.max,
  unit: 'count',
  windowSeconds: limiter.windowMs / 1000,
  envVariable,
});

// Enough for any instance's overview; the total still covers every workspace.
const STORAGE_ROWS = 500;

export type AdministrationService = ReturnType<typeof createAdministrationService>;

/** Instance administration: accounts, limits in force and storage per workspace. */
export function createAdministrationService(
  infrastructure: Pick<Infrastructure, 'users' | 'sessions' | 'bus' | 'logger' | 'limits' | 'limitsInForce' | 'storage'>,
) {
  const { users, sessions, bus, logger, limits, limitsInForce, storage } = infrastructure;

  return {
    async listUsers(query: string, page: number): Promise<AdminUserList> {
      return { ...(await users.listForAdmin(query, page, ADMIN_USERS_PAGE_SIZE)), page, pageSize: ADMIN_USERS_PAGE_SIZE };
    },

    /**
     * Disables, re-enables, promotes or demotes an account. Disabling ends every session of the
     * account at once, and with them its open sockets and event streams.
     */
    async updateUser(actor: User, userId: string, change: AdminUserChange): Promise<AdminUser> {
      const before = await users.findForAdmin(userId);
      if (!before) throw notFound('user');
      if (change.disabled === true && before.id === actor.id) {
        throw new HttpError(409, 'cannot_disable_self', 'you cannot disable your own account');
      }
      // The repository checks that an enabled administrator remains where it applies the
      // change, in one transaction, so two changes cannot both pass.
      const outcome = await users.setStanding(userId, change);
      if (outcome === 'not_found') throw notFound('user');
      if (outcome === 'last_admin') throw new HttpError(409, 'last_admin', 'the instance must keep at least one enabled administrator');
      if (change.disabled === true && !before.disabled) {
        for (const sessionId of await sessions.endAllForUser(userId)) bus.emit({ type: 'session.ended', sessionId });
      }
      logger.info('admin.user-changed', { by: actor.id, user: userId, disabled: change.disabled, isAdmin: change.isAdmin });
      const after = await users.findForAdmin(userId);
      if (!after) throw notFound('user');
      return after;
    },

    limits(): InstanceLimit[] {
      return [
        ...limitsInForce,
        rate('signInPerAddress', limits.authPerAddress, 'CADRE_AUTH_ATTEMPTS_PER_ADDRESS'),
        rate('signInPerAccountAddress', limits.signInPerAccountAddress),
        rate('signupPerEmail', limits.signupPerEmail),
        rate('resetPerAddress', limits.resetPerAddress),
        rate('resetPerAccount', limits.resetPerAccount),
        rate('imageUploadsPerUser', limits.imagePerUser),
        rate('documentTextsPerUser', limits.documentTextPerUser),
      ];
    },

    storage: (): Promise<StorageReport> => storage.report(STORAGE_ROWS),
  };
}
