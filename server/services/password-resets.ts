import { interpolate } from '../../shared/i18n/interpolate.ts';
import type { PendingPasswordReset } from '../../shared/schemas/password-resets.ts';
import { refuseWeakPassword } from '../auth/common-passwords.ts';
import { throttle } from '../auth/rate-limit.ts';
import { hashPassword } from '../auth/secrets.ts';
import type { ResetProblem } from '../db/password-reset-repository.ts';
import { HttpError } from '../http/errors.ts';
import { serverText } from '../i18n/server-text.ts';
import { trySend } from '../mail/mailer.ts';
import type { Infrastructure } from '../services.ts';

/** A reset link is valid for one hour and can be used once. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

const problems: Record<ResetProblem, HttpError> = {
  unknown: new HttpError(400, 'reset_link_invalid', 'this reset link is not valid: ask for a new one'),
  expired: new HttpError(410, 'reset_link_expired', 'this reset link has expired: ask for a new one'),
  used: new HttpError(410, 'reset_link_used', 'this reset link was already used: ask for a new one'),
};

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;

/** Password reset by one-time link: request, deliver (email, log or administrator), use. */
export function createPasswordResetService(
  infrastructure: Pick<
    Infrastructure,
    'users' | 'sessions' | 'passwordResets' | 'unsentResetLinks' | 'mailer' | 'logger' | 'bus' | 'limits' | 'publicOrigin'
  >,
) {
  const { users, sessions, passwordResets, unsentResetLinks, mailer, logger, bus, limits, publicOrigin } = infrastructure;

  return {
    /**
     * Creates and delivers a link if the account exists and is enabled; does nothing visible
     * otherwise. The email goes out in the background so the response time does not reveal the
     * account. The link's origin is the configured one, never a request header: a forged `Host`
     * must not turn a real reset email into a link to the attacker's site.
     */
    async request(email: string, language: string): Promise<void> {
      // Per email, whether or not an account exists, so the limit reveals nothing either.
      await throttle(limits.resetPerAccount, email);
      const account = await users.findWithPasswordHash(email);
      if (!account || account.disabled) return;
      const { token, tokenHash } = await passwordResets.create(account.user.id, RESET_LINK_TTL_MS);
      const link = `${publicOrigin}/reset/${token}`;
      const { subject, body } = serverText(language).passwordReset;
      const message = { to: account.user.email, subject, text: interpolate(body, { link }, language) };
      // Without mail, the link must reach the person another way: the server log or the
      // instance administrator, who hands it over.
      const keepForAdministrator = () => {
        unsentResetLinks.set(tokenHash, link);
        logger.info('auth.password-reset-link', { link });
      };
      if (!mailer) return keepForAdministrator();
      void trySend(mailer, message, logger).then((sent) => {
        if (!sent) keepForAdministrator();
      });
    },

    /** Sets a new password with a link, ending every session (and socket) of the account. */
    async reset(token: string, password: string): Promise<void> {
      // The password rules are checked before the link is spent, so a refused password costs
      // the person nothing but another try.
      const userId = await passwordResets.userOf(token);
      await refuseWeakPassword(password, userId === undefined ? undefined : (await users.find(userId))?.email);
      // Hash first, then spend the token in one conditional statement: of two requests with
      // the same link, only one spends it, so it stays single-use.
      const passwordHash = await hashPassword(password);
      const result = await passwordResets.consume(token);
      if ('problem' in result) throw problems[result.problem];
      await users.setPasswordHash(result.userId, passwordHash);
      for (const sessionId of await sessions.endAllForUser(result.userId)) bus.emit({ type: 'session.ended', sessionId });
    },

    /** Links waiting to be used, for the administrator; `link` null when only its hash is known. */
    async listPending(): Promise<PendingPasswordReset[]> {
      const pending = await passwordResets.listPending();
      const live = new Set(pending.map((row) => row.tokenHash));
      for (const tokenHash of unsentResetLinks.keys()) if (!live.has(tokenHash)) unsentResetLinks.delete(tokenHash);
      return pending.map((row) => ({
        email: row.email,
        name: row.name,
        expiresAt: new Date(row.expiresAt).toISOString(),
        link: unsentResetLinks.get(row.tokenHash) ?? null,
      }));
    },
  };
}
