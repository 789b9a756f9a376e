import { describe, expect, it } from 'vitest';
import type { Me } from '../../../../shared/schemas/auth.ts';
import { memoryStorage } from '../storage/memory-storage.ts';
import { Session } from './session.svelte.ts';

const amina: Me = {
  user: { id: 'u-amina', email: 'amina@example.org', name: 'Amina', isAdmin: false },
  abilities: { administerInstance: false, deleteForGood: false },
};

describe('the guess of who is signed in, before the server answers', () => {
  it('follows this browser’s last sign-in and sign-out', () => {
    const storage = memoryStorage();
    expect(new Session(storage).signedInBefore).toBe(false);

    const first = new Session(storage);
    first.signedIn(amina);
    expect(first.state.kind).toBe('signedIn');
    expect(new Session(storage).signedInBefore).toBe(true);

    const second = new Session(storage);
    second.expired();
    expect(second.state.kind).toBe('signedOut');
    expect(new Session(storage).signedInBefore).toBe(false);
  });

  it('guesses signed out where the browser keeps nothing', () => {
    const session = new Session(null);
    session.signedIn(amina);
    expect([session.signedInBefore, session.state.kind]).toEqual([false, 'signedIn']);
  });
});
