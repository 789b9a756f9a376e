import type { FieldIssues } from '../../../../shared/schemas/field-issues.ts';
import { ApiRequestError, NETWORK_ERROR } from '../../lib/api/http.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface AuthProblem {
  /** The sentence shown above the form, if any. */
  message: string | null;
  /** Issues to show next to their fields (`FormErrors`). */
  fields: FieldIssues;
}

/** Sign-up and sign-in refusals that are about the account or the server, not a field. */
const REFUSALS: Readonly<Record<string, MessageKey>> = {
  wrong_credentials: 'auth.wrongCredentials',
  signup_not_possible: 'auth.signupNotPossible',
  signup_invitation_required: 'auth.signupInvitationOnly',
  email_unconfirmed: 'auth.emailUnconfirmed',
  account_disabled: 'auth.accountDisabled',
};

/** "45 seconds" / "3 minutes", rounded up so the user never retries too early. */
export function formatWait(seconds: number, t: Translate): string {
  if (seconds < 90) return t('auth.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('auth.wait.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * What to tell the user about a failed sign-in, sign-up or reset request. `domains` is the
 * sign-up policy's list, already joined for display, for the domain refusal.
 */
export function describeAuthError(error: unknown, t: Translate, domains = ''): AuthProblem {
  if (!(error instanceof ApiRequestError)) {
    return { message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }), fields: {} };
  }
  if (error.code === NETWORK_ERROR) return { message: t('errors.network'), fields: {} };
  const refusal = REFUSALS[error.code];
  if (refusal) return { message: t(refusal), fields: {} };
  if (error.code === 'rate_limited') {
    return { message: t('auth.rateLimited', { time: formatWait(error.retryAfterSeconds ?? 60, t) }), fields: {} };
  }
  // The email field says what is wrong; the sentence above names the domains accepted.
  if (error.code === 'signup_domain_not_allowed') return { message: t('auth.signupDomainsOnly', { domains }), fields: error.fields ?? {} };
  if (error.fields) return { message: null, fields: error.fields };
  return { message: t('errors.generic', { message: error.message }), fields: {} };
}
