import { hashToken, newToken } from '../auth/secrets.ts';
import type { SqliteDatabase } from './database.ts';

export type PendingSignup = { email: string; name: string; passwordHash: string };
export type SignupLinkProblem = 'unknown' | 'expired';

export type SignupRepository = ReturnType<typeof createSignupRepository>;

/**
 * Sign-ups waiting for their email confirmation, and the invitation look-up of the
 * invitation-only policy. Tokens are stored as hashes, like every other link.
 */
export function createSignupRepository(db: SqliteDatabase, now: () => number = Date.now) {
  const insert = db.prepare<[string, string, string, string, number, number]>(
    'INSERT INTO pending_signups (token_hash, email, name, password_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byToken = db.prepare<[string], { email: string; name: string; password_hash: string; expires_at: number }>(
    'SELECT email, name, password_hash, expires_at FROM pending_signups WHERE token_hash = ?',
  );
  const latestFor = db.prepare<[string, number], { password_hash: string }>(
    'SELECT password_hash FROM pending_signups WHERE email = ? AND expires_at > ? ORDER BY created_at DESC LIMIT 1',
  );
  const removeFor = db.prepare<[string]>('DELETE FROM pending_signups WHERE email = ?');
  const purge = db.prepare<[number]>('DELETE FROM pending_signups WHERE expires_at <= ?');
  const pendingInvitation = db.prepare<[string, number], { found: number }>(
    `SELECT 1 AS found FROM invitations
     WHERE email = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ? LIMIT 1`,
  );

  return {
    /** A new pending sign-up and the token of its confirmation link. */
    create(signup: PendingSignup, ttlMs: number): string {
      // Expired rows are useless; dropping them here keeps the table small without a timer.
      purge.run(now());
      const token = newToken();
      insert.run(hashToken(token), signup.email, signup.name, signup.passwordHash, now(), now() + ttlMs);
      return token;
    },
    /** The sign-up behind a confirmation link, or why the link cannot be used. */
    find(token: string): PendingSignup | { problem: SignupLinkProblem } {
      const row = byToken.get(hashToken(token));
      if (!row) return { problem: 'unknown' };
      if (row.expires_at <= now()) return { problem: 'expired' };
      return { email: row.email, name: row.name, passwordHash: row.password_hash };
    },
    /** The password of the newest unconfirmed sign-up of an address, to tell its owner to confirm. */
    latestPasswordHash: (email: string): string | undefined => latestFor.get(email, now())?.password_hash,
    /** Confirming one link spends every pending sign-up of the address. */
    removeFor: (email: string): void => {
      removeFor.run(email);
    },
    hasPendingInvitation: (email: string): boolean => pendingInvitation.get(email, now()) !== undefined,
  };
}
