/**
 * How the copies of documents this browser keeps are named (y-indexeddb, one database per person
 * and document: `local-copies.ts`). Without imports, so that the app's first script can ask
 * whether a document has a copy here before anything else has arrived.
 */

const PREFIX = 'cadre:';

export function localCopyName(userId: string, documentId: string): string {
  return `${PREFIX}${userId}:${documentId}`;
}

/** The prefix of every copy kept for `userId`. */
export const localCopiesPrefix = (userId: string): string => `${PREFIX}${userId}:`;

/**
 * Whether this browser keeps a copy of the document for anyone. True when it cannot tell (no
 * `indexedDB.databases()`): the caller then leaves the text to the page, which asks its own copy.
 */
export async function mayHaveLocalCopy(documentId: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
  const suffix = `:${documentId}`;
  try {
    return (await indexedDB.databases()).some(({ name }) => name?.startsWith(PREFIX) === true && name.endsWith(suffix));
  } catch {
    return true;
  }
}
