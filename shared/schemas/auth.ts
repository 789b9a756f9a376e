import { z } from 'zod';
import { INSTANCE_ACTIONS, type InstanceAction } from '../policy/abilities.ts';
import { issueParams } from './field-issues.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'email is too long')
  .pipe(z.email('enter a valid email address'));

/**
 * The password rules' English messages (the client shows each rule's code in words). The list
 * of common passwords is checked by the server only: shipping it to every browser would cost
 * more than the round trip.
 */
export const PASSWORD_MESSAGES = {
  tooShort: 'use at least 10 characters',
  tooLong: 'use at most 200 characters',
  personal: 'do not use your email address or its name part in your password',
  common: 'this password is among the most common ones: choose another',
} as const;

export const passwordSchema = z.string().min(10, PASSWORD_MESSAGES.tooShort).max(200, PASSWORD_MESSAGES.tooLong);

/** Lower-case letters and digits only, so "Maria.Tavares" is found in "mariatavares2024". */
const lettersAndDigits = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// Shorter local parts ("al", "jo") occur inside too many good passwords to be refused.
const MIN_PERSONAL_PART = 4;

/** Does the password contain the email address, or its local part (of four or more letters)? */
export function passwordIsPersonal(password: string, email: string): boolean {
  const normalisedPassword = lettersAndDigits(password);
  const at = email.lastIndexOf('@');
  const localPart = lettersAndDigits(at === -1 ? email : email.slice(0, at));
  if (email.length > 0 && password.toLowerCase().includes(email.toLowerCase())) return true;
  return localPart.length >= MIN_PERSONAL_PART && normalisedPassword.includes(localPart);
}

export const personNameSchema = z.string().trim().min(1, 'name is required').max(120, 'name is at most 120 characters');

export const signupBodySchema = z
  .object({ email: emailSchema, password: passwordSchema, name: personNameSchema })
  .strict()
  .superRefine((body, context) => {
    if (passwordIsPersonal(body.password, body.email)) {
      context.addIssue({ code: 'custom', path: ['password'], message: PASSWORD_MESSAGES.personal, params: issueParams('passwordPersonal') });
    }
  });
export const loginBodySchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();
/** The token of a one-time link sent by email: confirming an address, resetting a password. */
export const linkTokenSchema = z.string().min(20).max(200);
/** The one-time link that confirms a new account's email address (when the server sends email). */
export const confirmEmailBodySchema = z.object({ token: linkTokenSchema }).strict();

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

/** What the signed-in account may do on the instance, from the shared ability table. */
export const instanceAbilitiesSchema = z.object(
  Object.fromEntries(INSTANCE_ACTIONS.map((action) => [action, z.boolean()])) as Record<InstanceAction, z.ZodBoolean>,
);

export const meResponseSchema = z.object({ user: userSchema, abilities: instanceAbilitiesSchema });
export type Me = z.infer<typeof meResponseSchema>;

/**
 * `GET /api/session`: who this browser is signed in as, or `{ user: null }`. The page asks it
 * on every load, so an anonymous visit gets an answer rather than a failed request (a 401 the
 * browser would log as an error on the sign-in page).
 */
export const sessionResponseSchema = z.union([meResponseSchema, z.object({ user: z.null() })]);

/**
 * The answer to a sign-up when the server confirms email addresses: the same whether or not the
 * address already has an account, so sign-up does not reveal who is registered.
 */
export const signupPendingSchema = z.object({ confirmationSent: z.literal(true) });

/** A domain such as `gov.cv`; an address at it or at any of its subdomains may sign up. */
export const emailDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'enter a domain such as gov.cv');

/**
 * Who may create an account: anyone (`open`), only people holding a pending invitation
 * (`invite`), or only addresses at the listed domains (`domains`). The instance's first
 * account is always allowed, so a fresh instance can be set up.
 */
export const signupPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('open') }).strict(),
  z.object({ mode: z.literal('invite') }).strict(),
  z.object({ mode: z.literal('domains'), domains: z.array(emailDomainSchema).min(1, 'list at least one domain').max(50) }).strict(),
]);
export type SignupPolicy = z.infer<typeof signupPolicySchema>;

/** `GET /api/auth/signup-policy`: what the sign-up form tells people before they try. */
export const publicSignupPolicySchema = z.object({ policy: signupPolicySchema, emailConfirmation: z.boolean() });
export type PublicSignupPolicy = z.infer<typeof publicSignupPolicySchema>;
