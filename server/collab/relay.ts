import type { CommittedRange } from './update-store.ts';

/** What a room tells the other instances serving its document. */
export type RoomRelay = {
  /** Updates this instance committed, with their place in the log. */
  announceUpdates(documentId: string, range: CommittedRange, updates: Uint8Array[]): void;
  /** A presence change made by one of this instance's members (an encoded awareness update). */
  announcePresence(documentId: string, update: Uint8Array): void;
};

/** What a room hears from the other instances serving its document. */
export type RelayHandlers = {
  updates(range: CommittedRange, updates: Uint8Array[] | undefined): void;
  presence(update: Uint8Array): void;
};

/**
 * Between instances serving the same documents. The store is the truth: an announcement only
 * says "document d has reached seq n" (carrying small updates along, to save a read), so a lost
 * message costs a read of the log, never data.
 */
export type DocumentRelay = RoomRelay & {
  /** Whether other instances may write the same documents (a room then reads the log on load). */
  readonly shared: boolean;
  watch(documentId: string, handlers: RelayHandlers): void;
  unwatch(documentId: string): void;
  /** Called when messages may have been lost (a reconnection): rooms read the log again. */
  onResync(callback: () => void): void;
};

/** One instance alone: nothing to tell, nothing to hear. */
export const localRelay: DocumentRelay = {
  shared: false,
  announceUpdates: () => undefined,
  announcePresence: () => undefined,
  watch: () => undefined,
  unwatch: () => undefined,
  onResync: () => undefined,
};
