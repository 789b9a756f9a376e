import { createContext } from 'svelte';
import { instanceAbilitiesOf, type InstanceAbilities } from '../../../../shared/policy/abilities.ts';
import type { Me, User } from '../../../../shared/schemas/auth.ts';
import { api } from '../api/client.ts';
import { forgetOnThisDevice } from '../offline/local-copies.ts';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signedOut' }
  | { kind: 'signedIn'; user: User; abilities: InstanceAbilities }
  | { kind: 'unreachable'; message: string };

/** Who is signed in, shared through context; pages render the sign-in screen when nobody is. */
export class Session {
  state = $state<SessionState>({ kind: 'loading' });
  readonly user: User | null = $derived(this.state.kind === 'signedIn' ? this.state.user : null);
  /** What the server says this account may do on the instance (e.g. administer it). */
  readonly abilities: InstanceAbilities = $derived(this.state.kind === 'signedIn' ? this.state.abilities : instanceAbilitiesOf(null));

  /** Asks the session probe, which answers nobody without failing: no 401 in the console. */
  async refresh(): Promise<void> {
    try {
      const session = await api.auth.session();
      this.state = session.user === null ? { kind: 'signedOut' } : { kind: 'signedIn', user: session.user, abilities: session.abilities };
    } catch (error) {
      this.state = { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
    }
  }

  signedIn(me: Me): void {
    this.state = { kind: 'signedIn', user: me.user, abilities: me.abilities };
  }

  /** The server ended the session (401 anywhere): show the sign-in screen again. */
  expired(): void {
    this.state = { kind: 'signedOut' };
  }

  async signOut(): Promise<void> {
    const userId = this.user?.id;
    try {
      await api.auth.logout();
    } finally {
      this.state = { kind: 'signedOut' };
      // Also when the server could not be reached; a copy still open is deleted once closed.
      if (userId) await forgetOnThisDevice(userId);
    }
  }
}

export const [getSession, setSession] = createContext<Session>();
