import type { Kysely } from 'kysely';
import { hashToken, newToken } from '../auth/secrets.ts';
import type { Schema } from './schema.ts';
import { sameEmail } from './user-repository.ts';

export type PendingSignup = { email: string; name: string; passwordHash: string };
export type SignupLinkProblem = 'unknown' | 'expired';

export type SignupRepository = ReturnType<typeof createSignupRepository>;

/**
 * Sign-ups waiting for their email confirmation, and the invitation look-up of the
 * invitation-only policy. Tokens are stored as hashes, like every other link.
 */
export function createSignupRepository(db: Kysely<Schema>, now: () => number = Date.now) {
  return {
    /** A new pending sign-up and the token of its confirmation link. */
    async create(signup: PendingSignup, ttlMs: number): Promise<string> {
      // Expired rows are useless; dropping them here keeps the table small without a timer.
      await db.deleteFrom('pending_signups').where('expires_at', '<=', now()).execute();
      const token = newToken();
      await db
        .insertInto('pending_signups')
        .values({
          token_hash: hashToken(token),
          email: signup.email,
          name: signup.name,
          password_hash: signup.passwordHash,
          created_at: now(),
          expires_at: now() + ttlMs,
        })
        .execute();
      return token;
    },
    /** The sign-up behind a confirmation link, or why the link cannot be used. */
    async find(token: string): Promise<PendingSignup | { problem: SignupLinkProblem }> {
      const row = await db
        .selectFrom('pending_signups')
        .select(['email', 'name', 'password_hash', 'expires_at'])
        .where('token_hash', '=', hashToken(token))
        .executeTakeFirst();
      if (!row) return { problem: 'unknown' };
      if (row.expires_at <= now()) return { problem: 'expired' };
      return { email: row.email, name: row.name, passwordHash: row.password_hash };
    },
    /** The password of the newest unconfirmed sign-up of an address, to tell its owner to confirm. */
    async latestPasswordHash(email: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('pending_signups')
        .select('password_hash')
        .where(sameEmail('email', email))
        .where('expires_at', '>', now())
        .orderBy('created_at', 'desc')
        .orderBy('token_hash')
        .limit(1)
        .executeTakeFirst();
      return row?.password_hash;
    },
    /** Confirming one link spends every pending sign-up of the address. */
    async removeFor(email: string): Promise<void> {
      await db.deleteFrom('pending_signups').where(sameEmail('email', email)).execute();
    },
    async hasPendingInvitation(email: string): Promise<boolean> {
      const row = await db
        .selectFrom('invitations')
        .select('id')
        .where(sameEmail('email', email))
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now())
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
