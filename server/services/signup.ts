import { interpolate, type MessageParams } from '../../shared/i18n/interpolate.ts';
import { SIGNUP_ENV_VARIABLE, type AdminSignupPolicy } from '../../shared/schemas/admin.ts';
import { signupPolicySchema, type PublicSignupPolicy, type SignupPolicy, type User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import { refuseWeakPassword } from '../auth/common-passwords.ts';
import { throttle } from '../auth/rate-limit.ts';
import { hashPassword } from '../auth/secrets.ts';
import { signupRefusal, type SignupRefusal } from '../auth/signup-policy.ts';
import type { PendingSignup } from '../db/signup-repository.ts';
import { EmailTakenError } from '../db/user-repository.ts';
import { HttpError } from '../http/errors.ts';
import { serverText, type MailText } from '../i18n/server-text.ts';
import { trySend } from '../mail/mailer.ts';
import type { Infrastructure } from '../services.ts';

/** A confirmation link is valid for a day. */
const CONFIRMATION_TTL_MS = 24 * 3600 * 1000;
const POLICY_KEY = 'signup-policy';

const refusals: Record<SignupRefusal, HttpError> = {
  invitation_required: new HttpError(403, 'signup_invitation_required', 'accounts on this instance are created by invitation only'),
  domain_not_allowed: new HttpError(403, 'signup_domain_not_allowed', 'accounts on this instance are for addresses at the listed domains', {
    email: [fieldIssue('domainNotAllowed', 'use an address at one of the domains this instance accepts')],
  }),
};

/**
 * The answer to a sign-up for an address that already has an account when the server cannot
 * confirm addresses by email. Without email, a sign-up must either sign the person in or refuse,
 * so a refusal for taken addresses cannot be avoided; what can be avoided is saying so. As the
 * major products without email verification do, the refusal is generic, names no field, and
 * points to sign-in and password reset; the per-address rate limit bounds how many addresses
 * anyone can test this way. With SMTP, sign-up answers the same for every address (202).
 */
const notPossible = new HttpError(
  409,
  'signup_not_possible',
  'an account could not be created with these details: if you already have one, sign in or reset your password',
);

const confirmProblems = {
  unknown: new HttpError(400, 'confirm_link_invalid', 'this confirmation link is not valid: sign up again'),
  expired: new HttpError(410, 'confirm_link_expired', 'this confirmation link has expired: sign up again'),
  used: new HttpError(410, 'confirm_link_used', 'this address already has an account: sign in'),
};

export type SignupOutcome = { kind: 'created'; user: User } | { kind: 'confirmationSent' };

export type SignupService = ReturnType<typeof createSignupService>;

/** Sign-up under the instance's policy, with email confirmation when the server sends email. */
export function createSignupService(
  infrastructure: Pick<
    Infrastructure,
    'users' | 'signups' | 'instanceSettings' | 'mailer' | 'logger' | 'limits' | 'publicOrigin' | 'signupPolicyFixedByHost'
  >,
) {
  const { users, signups, instanceSettings, mailer, logger, limits, publicOrigin, signupPolicyFixedByHost } = infrastructure;

  /** The policy in force: the host's, else the administrator's, else open. */
  async function policy(): Promise<{ policy: SignupPolicy; fixedByHost: boolean }> {
    if (signupPolicyFixedByHost) return { policy: signupPolicyFixedByHost, fixedByHost: true };
    return { policy: (await instanceSettings.get(POLICY_KEY, signupPolicySchema)) ?? { mode: 'open' }, fixedByHost: false };
  }

  /** The policy a sign-up meets now: an empty instance takes its first account whatever the policy. */
  const policyForNextAccount = async (): Promise<SignupPolicy> => ((await users.isEmpty()) ? { mode: 'open' } : (await policy()).policy);

  async function assertAllowed(email: string): Promise<void> {
    const refusal = await signupRefusal(await policyForNextAccount(), email, signups.hasPendingInvitation);
    if (refusal) throw refusals[refusal];
  }

  /** The new account, or undefined if the address has one: also one created since it was looked up. */
  async function createAccount({ email, name, passwordHash }: PendingSignup): Promise<User | undefined> {
    try {
      return await users.create(email, name, passwordHash);
    } catch (error) {
      if (error instanceof EmailTakenError) return undefined;
      throw error;
    }
  }

  const emailConfirmation = mailer !== undefined;

  const send = (to: string, { subject, body }: MailText, params: MessageParams, language: string) =>
    void trySend(mailer, { to, subject: interpolate(subject, params, language), text: interpolate(body, params, language) }, logger);

  /** What the administration page shows: the policy in force, and who set it. */
  const adminPolicy = async (): Promise<AdminSignupPolicy> => ({ ...(await policy()), envVariable: SIGNUP_ENV_VARIABLE, emailConfirmation });

  return {
    /** What the sign-up form shows. */
    publicPolicy: async (): Promise<PublicSignupPolicy> => ({ policy: await policyForNextAccount(), emailConfirmation }),

    adminPolicy,

    async setPolicy(next: SignupPolicy, by: User): Promise<AdminSignupPolicy> {
      if (signupPolicyFixedByHost) {
        throw new HttpError(409, 'policy_fixed_by_host', 'the host fixed the sign-up policy in CADRE_SIGNUP');
      }
      const stored = next.mode === 'domains' ? { ...next, domains: [...new Set(next.domains)] } : next;
      await instanceSettings.set(POLICY_KEY, stored, by.id);
      logger.info('admin.signup-policy', { by: by.id, mode: next.mode });
      return adminPolicy();
    },

    async signUp(body: { email: string; password: string; name: string }, language: string): Promise<SignupOutcome> {
      const { email, name } = body;
      await refuseWeakPassword(body.password);
      // With email, each sign-up sends one: limited per address, account or not, so nobody can
      // flood a mailbox and the limit reveals nothing. Checked before the costly hash.
      if (mailer) await throttle(limits.signupPerEmail, email);
      // Hashed on every path, so the response time does not tell taken addresses apart.
      const passwordHash = await hashPassword(body.password);
      await assertAllowed(email);
      const existing = await users.findWithPasswordHash(email);
      if (mailer) {
        if (existing) {
          send(email, serverText(language).signupExisting, { origin: publicOrigin }, language);
        } else {
          const token = await signups.create({ email, name, passwordHash }, CONFIRMATION_TTL_MS);
          send(email, serverText(language).signupConfirmation, { link: `${publicOrigin}/confirm/${token}` }, language);
        }
        return { kind: 'confirmationSent' };
      }
      if (existing) throw notPossible;
      // Two sign-ups at once cannot both take one address, nor both become the first account
      // (the administrator): the repository's insert decides both.
      const user = await createAccount({ email, name, passwordHash });
      if (!user) throw notPossible;
      return { kind: 'created', user };
    },

    /** Creates the account of a confirmed sign-up; the link proves the mailbox is theirs. */
    async confirm(token: string): Promise<User> {
      const pending = await signups.find(token);
      if ('problem' in pending) throw confirmProblems[pending.problem];
      if (await users.findWithPasswordHash(pending.email)) {
        await signups.removeFor(pending.email);
        throw confirmProblems.used;
      }
      // The policy may have changed since the sign-up: it applies when the account is created.
      await assertAllowed(pending.email);
      // A second link of the address, opened at the same time, may create the account first.
      const user = await createAccount(pending);
      await signups.removeFor(pending.email);
      if (!user) throw confirmProblems.used;
      return user;
    },
  };
}
