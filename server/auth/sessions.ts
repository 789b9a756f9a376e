import type { Kysely } from 'kysely';
import { newId } from '../db/document-repository.ts';
import type { Schema } from '../db/schema.ts';
import { hashToken, newToken } from './secrets.ts';

export type Session = { id: string; userId: string };

export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * Server-side sessions. The cookie holds a random token; the table holds its hash, a public
 * session id (to close that session's sockets) and when it was last used.
 */
export function createSessionStore(db: Kysely<Schema>, options: { idleTimeoutMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const remove = async (tokenHash: string): Promise<void> => {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  };

  return {
    /** A new session with a fresh token: called at every sign-in, so ids rotate. */
    async create(userId: string): Promise<{ token: string; session: Session }> {
      const token = newToken();
      const id = newId();
      await db.insertInto('sessions').values({ token_hash: hashToken(token), id, user_id: userId, created_at: now(), last_seen_at: now() }).execute();
      return { token, session: { id, userId } };
    },
    /** The session for a cookie token, or undefined if unknown or idle for too long. */
    async resolve(token: string): Promise<Session | undefined> {
      const tokenHash = hashToken(token);
      // A disabled account's sessions are ended when it is disabled; the join also refuses any
      // that a concurrent sign-in created in between, for HTTP and sockets alike.
      const row = await db
        .selectFrom('sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select(['s.id', 's.user_id', 's.last_seen_at'])
        .where('s.token_hash', '=', tokenHash)
        .where('u.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row) return undefined;
      if (now() - row.last_seen_at > options.idleTimeoutMs) {
        await remove(tokenHash);
        return undefined;
      }
      // Writing on every request would turn reads into writes; a minute's precision is enough.
      if (now() - row.last_seen_at > 60_000) {
        await db.updateTable('sessions').set({ last_seen_at: now() }).where('token_hash', '=', tokenHash).execute();
      }
      return { id: row.id, userId: row.user_id };
    },
    /**
     * Whether a session (by its public id) still exists and is not idle for too long. Unlike
     * `resolve` it does not count as use: live channels ask it periodically, and an open tab
     * must not keep a session alive forever.
     */
    async isActive(sessionId: string): Promise<boolean> {
      const row = await db.selectFrom('sessions').select('last_seen_at').where('id', '=', sessionId).executeTakeFirst();
      return row !== undefined && now() - row.last_seen_at <= options.idleTimeoutMs;
    },
    async end(token: string): Promise<void> {
      await remove(hashToken(token));
    },
    /** Ends every session of a user (password reset, disabling); returns their ids to close their sockets. */
    async endAllForUser(userId: string): Promise<string[]> {
      const rows = await db.deleteFrom('sessions').where('user_id', '=', userId).returning('id').execute();
      return rows.map((row) => row.id);
    },
    async purgeIdle(): Promise<void> {
      await db.deleteFrom('sessions').where('last_seen_at', '<', now() - options.idleTimeoutMs).execute();
    },
  };
}
