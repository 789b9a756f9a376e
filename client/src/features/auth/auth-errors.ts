import type { z } from 'zod';
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

function isAuthField(value: unknown): value is AuthField {
  return value === 'email' || value === 'password' || value === 'name';
}

/** "45 seconds" / "3 minutes", rounded up so the user never retries too early. */
export function formatWait(seconds: number, t: Translate): string {
  if (seconds < 90) return t('auth.wait.seconds', { count: Math.max(1, Math.ceil(seconds)) });
  return t('auth.wait.minutes', { count: Math.ceil(seconds / 60) });
}

/**
 * Field errors in the UI language: the server's field messages are English, so only the
 * field names are taken from it; each field has one translated explanation.
 */
function translatedFields(names: Iterable<unknown>, t: Translate): FieldErrors {
  const fields: FieldErrors = {};
  for (const name of names) if (isAuthField(name)) fields[name] = t(FIELD_MESSAGES[name]);
  return fields;
}

/** Checks a form with the shared schema before sending it; null when it is valid. */
export function validateLocally(schema: z.ZodType, value: unknown, t: Translate): AuthProblem | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  return { message: t('auth.fixFields'), fields: translatedFields(result.error.issues.map((i) => i.path[0]), t) };
}

/** What to tell the user about a failed sign-in, sign-up or reset request. */
export function describeAuthError(error: unknown, t: Translate): AuthProblem {
  if (!(error instanceof ApiRequestError)) {
    return { message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }), fields: {} };
  }
  if (error.code === NETWORK_ERROR) return { message: t('errors.network'), fields: {} };
  if (error.code === 'wrong_credentials') return { message: t('auth.wrongCredentials'), fields: {} };
  if (error.code === 'rate_limited') {
    return { message: t('auth.rateLimited', { time: formatWait(error.retryAfterSeconds ?? 60, t) }), fields: {} };
  }
  if (error.code === 'email_taken') return { message: t('auth.emailTaken'), fields: { email: t('auth.emailTaken') } };
  if (error.fields) return { message: t('auth.fixFields'), fields: translatedFields(Object.keys(error.fields), t) };
  return { message: t('errors.generic', { message: error.message }), fields: {} };
}
