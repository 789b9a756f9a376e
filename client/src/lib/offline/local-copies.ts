import { localCopiesPrefix } from './copy-names.ts';
import { postToWorker } from './service-worker.ts';

/**
 * The copies of documents this browser keeps (y-indexeddb, one database per person and
 * document) so they open offline and survive a restart. Named by person too, so two accounts
 * used on one browser never see each other's copies; removed when that person signs out.
 */

/** Deletes every copy kept for `userId`; a copy still open in another tab goes once it closes. */
export async function forgetLocalCopies(userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const mine = localCopiesPrefix(userId);
  const databases = await indexedDB.databases();
  for (const { name } of databases) {
    if (name?.startsWith(mine)) indexedDB.deleteDatabase(name);
  }
}

/**
 * Asks the browser not to evict the copies when space runs low (it may decline, or ask the
 * person): without it, edits kept only on this device could be deleted by the browser.
 */
export function requestPersistentStorage(): void {
  void navigator.storage?.persist?.().catch(() => false);
}

/** Signing out: nothing kept for this person stays readable in this browser. */
export async function forgetOnThisDevice(userId: string): Promise<void> {
  postToWorker({ type: 'forget' });
  await forgetLocalCopies(userId);
}
