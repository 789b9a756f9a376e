import type { z } from 'zod';
import { PASSWORD_MESSAGES } from '../../../../shared/schemas/auth.ts';
import { ApiRequestError, NETWORK_ERROR } from '../../lib/api/http.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;
export type AuthField = 'email' | 'password' | 'name';
export type FieldErrors = Partial<Record<AuthField, string>>;

export interface AuthProblem {
  /** The sentence shown above the form, if any. */
  message: string | null;
  fields: FieldErrors;
}

const FIELD_MESSAGES: Record<AuthField, MessageKey> = {
  email: 'auth.field.email',
  password: 'auth.field.password',
  name: 'auth.field.name',
};

/** Password rules whose (shared, English) message says more than "wrong length". */
const PASSWORD_RULES: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  [PASSWORD_MESSAGES.personal, 'auth.field.passwordPersonal'],
  [PASSWORD_MESSAGES.common, 'auth.field.passwordCommon'],
]);

/** Sign-up and sign-in refusals that are about the account or the server, not a field. */
const REFUSALS: Readonly<Record<string, MessageKey>> = {
  wrong_credentials: 'auth.wrongCredentials',
  signup_not_possible: 'auth.signupNotPossible',
  signup_invitation_required: 'auth.signupInvitationOnly',
  email_unconfirmed: 'auth.emailUnconfirmed',
  account_disabled: 'auth.accountDisabled',
};

function isAuthField(value: unknown): value is AuthField {
  return value === 'email' || value === 'password' || value === 'name';
}

/** "45 seconds" / "3 minutes", rounded up so the user never retries too early. */
export function formatWait(seconds: number, t: Translate): string {
  if (seconds < 90) return t('auth.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('auth.wait.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * Field errors in the UI language: the server's field messages are English, so only the field
 * name and, for passwords, which shared rule failed are taken from it.
 */
function translatedFields(problems: Iterable<readonly [unknown, string | undefined]>, t: Translate): FieldErrors {
  const fields: FieldErrors = {};
  for (const [name, message] of problems) {
    if (!isAuthField(name) || fields[name]) continue;
    const rule = name === 'password' && message ? PASSWORD_RULES.get(message) : undefined;
    fields[name] = t(rule ?? FIELD_MESSAGES[name]);
  }
  return fields;
}

/** Checks a form with the shared schema before sending it; null when it is valid. */
export function validateLocally(schema: z.ZodType, value: unknown, t: Translate): AuthProblem | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  return { message: t('auth.fixFields'), fields: translatedFields(result.error.issues.map((i) => [i.path[0], i.message] as const), t) };
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
  if (error.code === 'signup_domain_not_allowed') {
    const message = t('auth.signupDomainsOnly', { domains });
    return { message, fields: { email: message } };
  }
  if (error.fields) {
    const problems = Object.entries(error.fields).map(([name, messages]) => [name, messages[0]] as const);
    return { message: t('auth.fixFields'), fields: translatedFields(problems, t) };
  }
  return { message: t('errors.generic', { message: error.message }), fields: {} };
}
