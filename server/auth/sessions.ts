import type { SqliteDatabase } from '../db/database.ts';
import { newId } from '../db/document-repository.ts';
import { hashToken, newToken } from './secrets.ts';

export type Session = { id: string; userId: string };

export type SessionStore = ReturnType<typeof createSessionStore>;

/**
 * Server-side sessions. The cookie holds a random token; the table holds its hash, a public
 * session id (to close that session's sockets) and when it was last used.
 */
export function createSessionStore(db: SqliteDatabase, options: { idleTimeoutMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const insert = db.prepare<[string, string, string, number, number]>(
    'INSERT INTO sessions (token_hash, id, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
  );
  // A disabled account's sessions are ended when it is disabled; the join also refuses any
  // that a concurrent sign-in created in between, for HTTP and sockets alike.
  const select = db.prepare<[string], { id: string; user_id: string; last_seen_at: number }>(
    `SELECT s.id, s.user_id, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND u.disabled_at IS NULL`,
  );
  const lastSeen = db.prepare<[string], { last_seen_at: number }>('SELECT last_seen_at FROM sessions WHERE id = ?');
  const touch = db.prepare<[number, string]>('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const removeForUser = db.prepare<[string], { id: string }>('DELETE FROM sessions WHERE user_id = ? RETURNING id');
  const removeIdle = db.prepare<[number]>('DELETE FROM sessions WHERE last_seen_at < ?');

  return {
    /** A new session with a fresh token: called at every sign-in, so ids rotate. */
    create(userId: string): { token: string; session: Session } {
      const token = newToken();
      const id = newId();
      insert.run(hashToken(token), id, userId, now(), now());
      return { token, session: { id, userId } };
    },
    /** The session for a cookie token, or undefined if unknown or idle for too long. */
    resolve(token: string): Session | undefined {
      const tokenHash = hashToken(token);
      const row = select.get(tokenHash);
      if (!row) return undefined;
      if (now() - row.last_seen_at > options.idleTimeoutMs) {
        remove.run(tokenHash);
        return undefined;
      }
      // Writing on every request would turn reads into writes; a minute's precision is enough.
      if (now() - row.last_seen_at > 60_000) touch.run(now(), tokenHash);
      return { id: row.id, userId: row.user_id };
    },
    /**
     * Whether a session (by its public id) still exists and is not idle for too long. Unlike
     * `resolve` it does not count as use: live channels ask it periodically, and an open tab
     * must not keep a session alive forever.
     */
    isActive(sessionId: string): boolean {
      const row = lastSeen.get(sessionId);
      return row !== undefined && now() - row.last_seen_at <= options.idleTimeoutMs;
    },
    end(token: string): void {
      remove.run(hashToken(token));
    },
    /** Ends every session of a user (password reset, disabling); returns their ids to close their sockets. */
    endAllForUser(userId: string): string[] {
      return removeForUser.all(userId).map((row) => row.id);
    },
    purgeIdle(): void {
      removeIdle.run(now() - options.idleTimeoutMs);
    },
  };
}
