import { z } from 'zod';
import { signupPolicySchema, type SignupPolicy } from '../../shared/schemas/auth.ts';

/**
 * `CADRE_SIGNUP`: `open`, `invite`, or `domains:gov.cv,mj.gov.cv`. When set, the host fixes the
 * policy and the administration page only shows it.
 */
export const signupEnvSchema = z
  .string()
  .trim()
  .transform((value, context): SignupPolicy => {
    if (value === 'open' || value === 'invite') return { mode: value };
    const match = /^domains:(.+)$/.exec(value);
    if (match?.[1]) {
      const policy = signupPolicySchema.safeParse({ mode: 'domains', domains: match[1].split(',') });
      if (policy.success) return policy.data;
    }
    context.addIssue({ code: 'custom', message: 'must be open, invite or domains:<domain>[,<domain>…] (e.g. domains:gov.cv)' });
    return z.NEVER;
  });

/** Whether an address is at one of the domains, or at a subdomain of one (mj.gov.cv for gov.cv). */
export function isAtDomain(email: string, domains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((allowed) => domain === allowed || domain.endsWith(`.${allowed}`));
}

export type SignupRefusal = 'invitation_required' | 'domain_not_allowed';

/**
 * Why the policy refuses a new account for this address, or null if it allows it. Invitations
 * are looked up only when the policy needs them.
 */
export async function signupRefusal(
  policy: SignupPolicy,
  email: string,
  hasPendingInvitation: (email: string) => Promise<boolean>,
): Promise<SignupRefusal | null> {
  if (policy.mode === 'open') return null;
  if (policy.mode === 'invite') return (await hasPendingInvitation(email)) ? null : 'invitation_required';
  // An invitation also opens the door under a domain list: whoever a lead invited may join.
  return isAtDomain(email, policy.domains) || (await hasPendingInvitation(email)) ? null : 'domain_not_allowed';
}
