import { SIGNUP_ENV_VARIABLE, type AdminSignupPolicy } from '../../shared/schemas/admin.ts';
import { signupPolicySchema, type PublicSignupPolicy, type SignupPolicy, type User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import { refuseWeakPassword } from '../auth/common-passwords.ts';
import { throttle } from '../auth/rate-limit.ts';
import { hashPassword } from '../auth/secrets.ts';
import { signupRefusal, type SignupRefusal } from '../auth/signup-policy.ts';
import { HttpError } from '../http/errors.ts';
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
  function policy(): { policy: SignupPolicy; fixedByHost: boolean } {
    if (signupPolicyFixedByHost) return { policy: signupPolicyFixedByHost, fixedByHost: true };
    return { policy: instanceSettings.get(POLICY_KEY, signupPolicySchema) ?? { mode: 'open' }, fixedByHost: false };
  }

  /** The policy a sign-up meets now: an empty instance takes its first account whatever the policy. */
  const policyForNextAccount = (): SignupPolicy => (users.isEmpty() ? { mode: 'open' } : policy().policy);

  function assertAllowed(email: string): void {
    const refusal = signupRefusal(policyForNextAccount(), email, signups.hasPendingInvitation);
    if (refusal) throw refusals[refusal];
  }

  const emailConfirmation = mailer !== undefined;

  const send = (to: string, subject: string, text: string) => void trySend(mailer, { to, subject, text }, logger);

  /** What the administration page shows: the policy in force, and who set it. */
  const adminPolicy = (): AdminSignupPolicy => ({ ...policy(), envVariable: SIGNUP_ENV_VARIABLE, emailConfirmation });

  return {
    /** What the sign-up form shows. */
    publicPolicy: (): PublicSignupPolicy => ({ policy: policyForNextAccount(), emailConfirmation }),

    adminPolicy,

    setPolicy(next: SignupPolicy, by: User): AdminSignupPolicy {
      if (signupPolicyFixedByHost) {
        throw new HttpError(409, 'policy_fixed_by_host', 'the host fixed the sign-up policy in CADRE_SIGNUP');
      }
      const stored = next.mode === 'domains' ? { ...next, domains: [...new Set(next.domains)] } : next;
      instanceSettings.set(POLICY_KEY, stored, by.id);
      logger.info('admin.signup-policy', { by: by.id, mode: next.mode });
      return adminPolicy();
    },

    async signUp(body: { email: string; password: string; name: string }): Promise<SignupOutcome> {
      const { email, name } = body;
      refuseWeakPassword(body.password);
      // With email, each sign-up sends one: limited per address, account or not, so nobody can
      // flood a mailbox and the limit reveals nothing. Checked before the costly hash.
      if (mailer) throttle(limits.signupPerEmail, email);
      // Hashed on every path, so the response time does not tell taken addresses apart.
      const passwordHash = await hashPassword(body.password);
      // From here to the insert nothing awaits: two sign-ups cannot both be "the first account",
      // nor both pass the look-up of a taken address.
      assertAllowed(email);
      const existing = users.findWithPasswordHash(email);
      if (mailer) {
        if (existing) {
          send(email, 'Someone tried to create a Cadre account with your address',
            `Someone tried to create a new Cadre account with this address, which already has one.\n\nIf it was you, sign in at ${publicOrigin}/ or, if you forgot your password, choose "Forgot your password?" there.\n\nIf it was not you, you can ignore this email: nothing changed.\n`);
        } else {
          const token = signups.create({ email, name, passwordHash }, CONFIRMATION_TTL_MS);
          send(email, 'Confirm your Cadre account',
            `Someone (hopefully you) created a Cadre account with this address.\n\nTo confirm it and sign in, open this link within 24 hours:\n${publicOrigin}/confirm/${token}\n\nIf it was not you, ignore this email: no account is created.\n`);
        }
        return { kind: 'confirmationSent' };
      }
      if (existing) throw notPossible;
      return { kind: 'created', user: users.create(email, name, passwordHash) };
    },

    /** Creates the account of a confirmed sign-up; the link proves the mailbox is theirs. */
    confirm(token: string): User {
      const pending = signups.find(token);
      if ('problem' in pending) throw confirmProblems[pending.problem];
      if (users.findWithPasswordHash(pending.email)) {
        signups.removeFor(pending.email);
        throw confirmProblems.used;
      }
      // The policy may have changed since the sign-up: it applies when the account is created.
      assertAllowed(pending.email);
      const user = users.create(pending.email, pending.name, pending.passwordHash);
      signups.removeFor(pending.email);
      return user;
    },
  };
}
