const MiB = 1024 * 1024;

/**
 * Everything one connection or one user can make the sync server hold or do, in one place so
 * the README's limits table and the administration page read the same values.
 */
export type CollabLimits = {
  /** Presence messages: burst and sustained rate per connection; excess is dropped. */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Close a connection that keeps flooding presence after this many dropped messages. */
  awarenessDropsBeforeClose: number;
  /** Largest presence state of one client id, as JSON. */
  maxAwarenessStateBytes: number;
  /** Presence client ids one connection may control. */
  maxAwarenessClients: number;
  /** Close a client that reads too slowly rather than buffering without bound. */
  maxBufferedBytes: number;
  /** Other messages per connection: burst and sustained rate (typing, undo, paste). */
  messagesBurst: number;
  messagesPerSecond: number;
  /** The same across all of one user's connections. */
  userMessagesBurst: number;
  userMessagesPerSecond: number;
  /** Update bytes across all of one user's connections: burst and sustained rate. */
  userUpdateBytesBurst: number;
  userUpdateBytesPerSecond: number;
  /** Items (structs and deletions) integrated across all of one user's connections. */
  userUpdateItemsBurst: number;
  userUpdateItemsPerSecond: number;
  /** Requests for the whole document state (sync step 1) per connection. */
  syncRequestsBurst: number;
  syncRequestsPerSecond: number;
  /** Items (and deletion ranges) in one update. */
  maxUpdateItems: number;
  /** Quota on a document's estimated decoded size. */
  maxDocumentBytes: number;
  /** Updates of one connection waiting for what they build on, and their bytes. */
  maxWaitingUpdates: number;
  maxWaitingBytes: number;
  /** Open sync sockets of one user, and distinct documents they have open. */
  maxSocketsPerUser: number;
  maxRoomsPerUser: number;
};

/**
 * The limits a host may change through the environment (server/env.ts), with their defaults:
 * sized for a 300-page policy with its history, and a person with many tabs.
 */
export const TUNABLE_COLLAB_DEFAULTS = {
  maxDocumentBytes: 64 * MiB,
  maxUpdateItems: 100_000,
  userUpdateBytesPerSecond: MiB,
  userMessagesPerSecond: 120,
  maxSocketsPerUser: 50,
  maxRoomsPerUser: 20,
} as const;

/** Five seconds' worth of messages at once: an undo of many steps, a reconnection's catch-up. */
export const userMessagesBurstFor = (perSecond: number): number => 5 * perSecond;

export function defaultCollabLimits(maxMessageBytes: number): CollabLimits {
  return {
    ...TUNABLE_COLLAB_DEFAULTS,
    userMessagesBurst: userMessagesBurstFor(TUNABLE_COLLAB_DEFAULTS.userMessagesPerSecond),
    awarenessBurst: 60,
    awarenessPerSecond: 30,
    awarenessDropsBeforeClose: 600,
    maxAwarenessStateBytes: 16 * 1024,
    maxAwarenessClients: 4,
    maxBufferedBytes: 64 * MiB,
    messagesBurst: 300,
    messagesPerSecond: 60,
    // Two largest messages back to back (a big paste and its undo), then a steady megabyte.
    userUpdateBytesBurst: 2 * maxMessageBytes,
    // One update as large as allowed, then what even fast typing and pasting never reach.
    userUpdateItemsBurst: 100_000,
    userUpdateItemsPerSecond: 20_000,
    syncRequestsBurst: 10,
    syncRequestsPerSecond: 0.5,
    maxWaitingUpdates: 200,
    maxWaitingBytes: 2 * maxMessageBytes,
  };
}
