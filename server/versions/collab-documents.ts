import type * as Y from 'yjs';

/** What routes may do to live documents; implemented by the sync server (`sync.read/change`). */
export type CollabDocuments = {
  read<T>(documentId: string, view: (doc: Y.Doc) => T): T;
  change<T>(documentId: string, mutate: (doc: Y.Doc) => T, origin?: unknown): T;
};

/** The placeholder until the sync server is created; using it is a wiring bug, said clearly. */
export function unpluggedCollab(): CollabDocuments {
  const fail = (): never => {
    throw new Error('the sync server is not plugged into services.collab');
  };
  return { read: fail, change: fail };
}
