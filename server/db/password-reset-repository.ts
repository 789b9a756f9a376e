import type { Kysely } from 'kysely';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { Schema } from './schema.ts';

export type ResetProblem = 'unknown' | 'expired' | 'used';

export type PendingResetRow = { tokenHash: string; email: string; name: string; expiresAt: number };

export type PasswordResetRepository = ReturnType<typeof createPasswordResetRepository>;

/** One-time password reset tokens; only their hashes are stored, like session tokens. */
export function createPasswordResetRepository(db: Kysely<Schema>, now: () => number = Date.now) {
  const byHash = (tokenHash: string) =>
    db.selectFrom('password_resets').select(['user_id', 'expires_at', 'used_at']).where('token_hash', '=', tokenHash).executeTakeFirst();

  return {
    async create(userId: string, ttlMs: number): Promise<{ token: string; tokenHash: string; expiresAt: number }> {
      // Expired rows are useless; dropping them here keeps the table small without a timer.
      await db.deleteFrom('password_resets').where('expires_at', '<', now() - ttlMs).execute();
      const token = newToken();
      const tokenHash = hashToken(token);
      const expiresAt = now() + ttlMs;
      await db.insertInto('password_resets').values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt }).execute();
      return { token, tokenHash, expiresAt };
    },
    /** The account a still-usable token would reset, without spending it (to check the new password first). */
    async userOf(token: string): Promise<string | undefined> {
      const row = await byHash(hashToken(token));
      return row && row.used_at === null && row.expires_at > now() ? row.user_id : undefined;
    },
    /** Spends a token: its user on success, or why it cannot be used. */
    async consume(token: string): Promise<{ userId: string } | { problem: ResetProblem }> {
      const tokenHash = hashToken(token);
      const at = now();
      // Using one link spends every other pending link of the account too: the newest password
      // wins. One conditional statement checks and spends, so of two requests with the same
      // link (or two links of one account) at once, only one finds its link unspent.
      const spent = await db
        .updateTable('password_resets')
        .set({ used_at: at })
        .where('used_at', 'is', null)
        .where('user_id', '=', (eb) =>
          eb
            .selectFrom('password_resets')
            .select('user_id')
            .where('token_hash', '=', tokenHash)
            .where('used_at', 'is', null)
            .where('expires_at', '>', at),
        )
        .returning(['token_hash', 'user_id'])
        .execute();
      const mine = spent.find((row) => row.token_hash === tokenHash);
      if (mine) return { userId: mine.user_id };
      const row = await byHash(tokenHash);
      if (!row) return { problem: 'unknown' };
      if (row.used_at !== null) return { problem: 'used' };
      return { problem: 'expired' };
    },
    async listPending(): Promise<PendingResetRow[]> {
      const rows = await db
        .selectFrom('password_resets as r')
        .innerJoin('users as u', 'u.id', 'r.user_id')
        .select(['r.token_hash', 'u.email', 'u.name', 'r.expires_at'])
        .where('r.used_at', 'is', null)
        .where('r.expires_at', '>', now())
        .orderBy('r.expires_at', 'desc')
        .orderBy('r.token_hash')
        .execute();
      return rows.map((row) => ({ tokenHash: row.token_hash, email: row.email, name: row.name, expiresAt: row.expires_at }));
    },
  };
}
