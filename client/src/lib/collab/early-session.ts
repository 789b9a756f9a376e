import { caretColorFor } from '../../../../shared/collab/caret-color.ts';
import type { User } from '../../../../shared/schemas/auth.ts';
import type { Route } from '../routing/routes.ts';
import type { CollabSession, CollabUser } from './collab-session.svelte.ts';

/**
 * A document's collaboration session, opened as soon as the address and the signed-in person
 * are known, while the editor's code is still downloading: on a slow link the socket's
 * handshakes and the document's first sync then overlap that download instead of following
 * it. The editor page takes it when it mounts (`takeEarlySession`); one opened for an address
 * left before the page mounted is closed (`dropEarlySession`).
 */
interface Early {
  documentId: string;
  userId: string;
  /** Null until the session's code has loaded; the page opens its own if it comes first. */
  session: CollabSession | null;
  taken: boolean;
}

let early: Early | null = null;

/** Follows the address and the signed-in person (the app shell calls it as either changes). */
export function openEarlySessionFor(route: Route, user: User | null): void {
  if (route.name !== 'document' || !user) return dropEarlySession();
  openEarlySession(route.id, user.id, collabUserOf(user));
}

/** The person as others see them next to the caret and in "who is here". */
export function collabUserOf(user: Pick<User, 'id' | 'name'>): CollabUser {
  return { name: user.name, color: caretColorFor(user.id) };
}

/** Once per address and person: opening again what the page already took would leak a socket. */
function openEarlySession(documentId: string, userId: string, user: CollabUser): void {
  if (early?.documentId === documentId && early.userId === userId) return;
  dropEarlySession();
  const entry: Early = { documentId, userId, session: null, taken: false };
  early = entry;
  // Its own chunk, shared with the editor page's: it loads while the larger editor does.
  import('./collab-session.svelte.ts').then(
    ({ CollabSession }) => {
      if (early === entry && !entry.taken) entry.session = new CollabSession({ documentId, userId, user });
    },
    // The editor page loads the same code and reports what fails.
    () => {},
  );
}

/** The session opened ahead for this document and person, once; null when there is none (yet). */
export function takeEarlySession(documentId: string, userId: string): CollabSession | null {
  if (!early || early.taken || early.documentId !== documentId || early.userId !== userId) return null;
  early.taken = true;
  const { session } = early;
  early.session = null;
  return session;
}

/** Closes a session nobody took: the address changed, or no one is signed in. */
export function dropEarlySession(): void {
  early?.session?.destroy();
  early = null;
}
