/** The roles a newcomer should try, in the order a policy process meets them. */
const ROLES_TO_TRY = ['chair', 'drafter', 'expert', 'consultee'] as const;

export type DemoAccount = { role: string; email: string; name: string };

/**
 * "See each role": one demo account per role worth trying, printed by `npm run demo`, so a
 * newcomer signs in as the chair, a drafter, an expert (and a consultee, once the consultation
 * demo adds one) and sees what each may do. Roles without an account are left out.
 */
export function roleSignInLines(accounts: readonly DemoAccount[]): string[] {
  const chosen = ROLES_TO_TRY.flatMap((role) => {
    const account = accounts.find((a) => a.role === role);
    return account ? [`  ${role.padEnd(10)} ${account.email}  (${account.name})`] : [];
  });
  return chosen.length > 0 ? ['To see each role, sign in as:', ...chosen] : [];
}
