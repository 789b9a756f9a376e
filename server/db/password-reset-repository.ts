import { hashToken, newToken } from '../auth/secrets.ts';
import type { SqliteDatabase } from './database.ts';

export type ResetProblem = 'unknown' | 'expired' | 'used';

export type PendingResetRow = { tokenHash: string; email: string; name: string; expiresAt: number };

export type PasswordResetRepository = ReturnType<typeof createPasswordResetRepository>;

/** One-time password reset tokens; only their hashes are stored, like session tokens. */
export function createPasswordResetRepository(db: SqliteDatabase, now: () => number = Date.now) {
  const insert = db.prepare<[string, string, number]>('INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES (?, ?, ?)');
  const select = db.prepare<[string], { user_id: string; expires_at: number; used_at: number | null }>(
    'SELECT user_id, expires_at, used_at FROM password_resets WHERE token_hash = ?',
  );
  // Using one link spends every other pending link of the account too: the newest password wins.
  const spendAll = db.prepare<[number, string]>('UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL');
  const selectPending = db.prepare<[number], { token_hash: string; email: string; name: string; expires_at: number }>(
    `SELECT r.token_hash, u.email, u.name, r.expires_at FROM password_resets r JOIN users u ON u.id = r.user_id
     WHERE r.used_at IS NULL AND r.expires_at > ? ORDER BY r.expires_at DESC`,
  );
  const purge = db.prepare<[number]>('DELETE FROM password_resets WHERE expires_at < ?');

  return {
    create(userId: string, ttlMs: number): { token: string; tokenHash: string; expiresAt: number } {
      // Expired rows are useless; dropping them here keeps the table small without a timer.
      purge.run(now() - ttlMs);
      const token = newToken();
      const tokenHash = hashToken(token);
      const expiresAt = now() + ttlMs;
      insert.run(tokenHash, userId, expiresAt);
      return { token, tokenHash, expiresAt };
    },
    /** The account a still-usable token would reset, without spending it (to check the new password first). */
    userOf(token: string): string | undefined {
      const row = select.get(hashToken(token));
      return row && row.used_at === null && row.expires_at > now() ? row.user_id : undefined;
    },
    /** Spends a token: its user on success, or why it cannot be used. */
    consume: db.transaction((token: string): { userId: string } | { problem: ResetProblem } => {
      const row = select.get(hashToken(token));
      if (!row) return { problem: 'unknown' };
      if (row.used_at !== null) return { problem: 'used' };
      if (row.expires_at <= now()) return { problem: 'expired' };
      spendAll.run(now(), row.user_id);
      return { userId: row.user_id };
    }),
    listPending(): PendingResetRow[] {
      return selectPending
        .all(now())
        .map((row) => ({ tokenHash: row.token_hash, email: row.email, name: row.name, expiresAt: row.expires_at }));
    },
  };
}
