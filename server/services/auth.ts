import { instanceAbilitiesOf, instanceRoleOf } from '../../shared/policy/abilities.ts';
import type { Me, User } from '../../shared/schemas/auth.ts';
import { accountAddressKey, throttle } from '../auth/rate-limit.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/secrets.ts';
import type { Session } from '../auth/sessions.ts';
import { HttpError } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

export type AuthService = ReturnType<typeof createAuthService>;

/** Sessions: sign-in, sign-out, and who the signed-in account is. Sign-up is `signup.ts`. */
export function createAuthService(infrastructure: Pick<Infrastructure, 'users' | 'signups' | 'sessions' | 'limits' | 'bus'>) {
  const { users, signups, sessions, limits, bus } = infrastructure;
  /** The account and what it may do on the instance, from the shared ability table. */
  const me = (user: User): Me => ({ user, abilities: instanceAbilitiesOf(instanceRoleOf(user)) });

  return {
    me,

    /** The page's session probe: the signed-in account, or nobody (not an error). */
    session: (user: User | null): Me | { user: null } => (user ? me(user) : { user: null }),

    /**
     * A new session for the account, ending the one the browser held: a fresh token at every
     * sign-in, so a token planted before sign-in is never promoted. Returns the new token.
     */
    async startSession(userId: string, previousToken: string | undefined): Promise<string> {
      if (previousToken) await sessions.end(previousToken);
      return (await sessions.create(userId)).token;
    },

    /** The account these credentials open, tried from `address`; refuses with the reason. */
    async signIn(email: string, password: string, address: string): Promise<User> {
      // Per account *and* address: failures elsewhere never lock the owner out of their account.
      await throttle(limits.signInPerAccountAddress, accountAddressKey(email, address));
      const account = await users.findWithPasswordHash(email);
      // No account yet may mean a sign-up waiting for its confirmation: its owner, who knows the
      // password, is told to confirm. One hash is verified on every path, so timing tells nothing.
      const pendingHash = account ? undefined : await signups.latestPasswordHash(email);
      const valid = await verifyPassword(password, account?.passwordHash ?? pendingHash ?? dummyPasswordHash);
      if (!valid || (!account && !pendingHash)) throw new HttpError(401, 'wrong_credentials', 'wrong email or password');
      if (!account) throw new HttpError(403, 'email_unconfirmed', 'confirm your address first with the link we emailed you');
      // Only someone who knows the password learns that the account is disabled.
      if (account.disabled) throw new HttpError(403, 'account_disabled', 'this account is disabled: contact your administrator');
      return account.user;
    },

    /** Ends the session behind `token`, closing its sockets and event streams. */
    async signOut(session: Session, token: string | undefined): Promise<void> {
      if (token) await sessions.end(token);
      bus.emit({ type: 'session.ended', sessionId: session.id });
    },
  };
}
