import { createContext } from 'svelte';
import { instanceAbilitiesOf, type InstanceAbilities } from '../../../../shared/policy/abilities.ts';
import type { Me, User } from '../../../../shared/schemas/auth.ts';
import { authRoutes } from '../api/routes/auth.ts';
import { call } from '../api/client.ts';
import { forgetOnThisDevice } from '../offline/local-copies.ts';
import { rememberSignedIn, wasSignedInBefore } from './signed-in-before.ts';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  | { kind: 'signedIn'; user: User; abilities: InstanceAbilities }
  | { kind: 'unreachable'; message: string };

/** Who is signed in, shared through context; pages render the sign-in screen when nobody is. */
export class Session {
  state = $state<SessionState>({ kind: 'loading' });
  /**
   * Whether someone was signed in when this browser last heard from the server: a guess, known
   * at once, of the page the server's answer will show (the workspaces or the sign-in form), so
   * that only that page's code is fetched while the session is asked for.
   */
  readonly signedInBefore: boolean;

  readonly user: User | null = $derived(this.state.kind === 'signedIn' ? this.state.user : null);
  /** What the server says this account may do on the instance (e.g. administer it). */
  readonly abilities: InstanceAbilities = $derived(this.state.kind === 'signedIn' ? this.state.abilities : instanceAbilitiesOf(null));

  constructor(private readonly storage: Storage | null) {
    this.signedInBefore = wasSignedInBefore(storage);
  }

  /** Asks the session probe, which answers nobody without failing: no 401 in the console. */
  async refresh(): Promise<void> {
    try {
      const session = await call(authRoutes.session);
      if (session.user === null) this.#signedOut();
      else this.signedIn(session);
    } catch (error) {
      this.state = { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
    }
  }

  signedIn(me: Me): void {
    this.state = { kind: 'signedIn', user: me.user, abilities: me.abilities };
    rememberSignedIn(this.storage, true);
  }

  /** The server ended the session (401 anywhere): show the sign-in screen again. */
  expired(): void {
    this.#signedOut();
  }

  async signOut(): Promise<void> {
    const userId = this.user?.id;
    try {
      await call(authRoutes.logout);
    } finally {
      this.#signedOut();
      // Also when the server could not be reached; a copy still open is deleted once closed.
      if (userId) await forgetOnThisDevice(userId);
    }
  }

  #signedOut(): void {
    this.state = { kind: 'signedOut' };
    rememberSignedIn(this.storage, false);
  }
}

export const [getSession, setSession] = createContext<Session>();
