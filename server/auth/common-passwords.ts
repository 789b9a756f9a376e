import { PASSWORD_MESSAGES, passwordIsPersonal } from '../../shared/schemas/auth.ts';
import { invalidField } from '../http/errors.ts';

/**
 * The ~49,000 most common passwords of public breach corpora, as packaged (MIT) by zxcvbn-ts.
 * Loaded on first use: a server that never sees a sign-up never holds them.
 */
let common: Promise<ReadonlySet<string>> | undefined;
const commonPasswords = (): Promise<ReadonlySet<string>> =>
  (common ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'])));

/**
 * Is the password, ignoring case, one of the common ones, or one of them with digits and symbols
 * added at the end? The second form catches what people do to pass a length rule
 * ("Password2024!", "dragon12345"); padding a common word is no harder to guess than the word.
 * Repetitions of three characters or fewer ("aaaaaaaaaa", "1212121212") count as common too.
 */
export async function isCommonPassword(password: string): Promise<boolean> {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return true;
  const list = await commonPasswords();
  if (list.has(lower)) return true;
  const base = lower.replace(/[^\p{L}]+$/u, '');
  return base.length >= 3 && base !== lower && list.has(base);
}

/**
 * The password rules the request schema cannot check: the common-password list (server only)
 * and, when the address is known only on the server (a reset link), the personal-password rule.
 * Throws the same per-field 400 as the schema, so the client shows it in the same place.
 */
export async function refuseWeakPassword(password: string, email?: string): Promise<void> {
  if (await isCommonPassword(password)) throw invalidField('password', 'passwordCommon', PASSWORD_MESSAGES.common);
  if (email !== undefined && passwordIsPersonal(password, email)) throw invalidField('password', 'passwordPersonal', PASSWORD_MESSAGES.personal);
}
