import * as Y from 'yjs';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { CollabConnection } from './connection.ts';
import { localRelay, type DocumentRelay } from './relay.ts';
import { Room, STORED_QUOTA_MARGIN, type ClientOwnership } from './room.ts';
import type { UpdateStore } from './update-store.ts';

export type DocumentRegistryOptions = {
  store: UpdateStore;
  logger: Logger;
  /** Where `document.updated` is announced after each commit, per editor. */
  bus: EventBus;
  /** Quota on a document's estimated decoded size (`CADRE_MAX_DOCUMENT_BYTES`). */
  maxDocumentBytes: number;
  /** Storage of who owns each Yjs client id, so authorship survives restarts. */
  clientOwners: ClientOwnership;
  /** Other instances serving the same documents; none by default. */
  relay?: DocumentRelay;
  /** With other instances: how often loaded documents read the log for missed announcements. */
  logPollMs?: number;
  /** How long an unused document stays loaded, so a page reload does not reload it from disk. */
  unloadDelayMs?: number;
  compactAfterUpdates?: number;
};

export type DocumentRegistry = ReturnType<typeof createDocumentRegistry>;

/**
 * The loaded documents of this instance, one room each. Made before the services and the sync
 * server, and given to both: services read and change documents through it (restoring a
 * version, accepting a suggestion, filling a template), the sync server attaches sockets to its
 * rooms. Every change goes through the room, so it is committed before anyone receives it, and
 * is announced on the bus as `document.updated` with its editor (null for server-side changes).
 */
export function createDocumentRegistry(options: DocumentRegistryOptions) {
  const { store, logger, bus, maxDocumentBytes, clientOwners } = options;
  const relay = options.relay ?? localRelay;
  const unloadDelayMs = options.unloadDelayMs ?? 1000;
  const compactAfterUpdates = options.compactAfterUpdates ?? 500;
  const rooms = new Map<string, Room>();
  /** Loads under way, so concurrent requests for one document share one room. */
  const loading = new Map<string, Promise<Room>>();
  const unloadTimers = new Map<Room, NodeJS.Timeout>();

  // Announcements may have been lost while the relay was away: every room reads the log.
  relay.onResync(() => {
    for (const room of rooms.values()) void room.catchUpWithLog();
  });
  /** Rooms behind their document's log (a lost announcement followed by silence) catch up. */
  async function catchUpLagging(): Promise<void> {
    const loaded = [...rooms.values()];
    if (loaded.length === 0) return;
    const heads = await store.heads(loaded.map((room) => room.documentId));
    for (const room of loaded) if ((heads.get(room.documentId) ?? 0) > room.loggedSeq) void room.catchUpWithLog();
  }
  const logPoll = relay.shared
    ? setInterval(() => {
        catchUpLagging().catch((error: unknown) => logger.warn('collab.log.poll-failed', { message: String(error) }));
      }, options.logPollMs ?? 5000)
    : undefined;
  logPoll?.unref();

  async function open(documentId: string): Promise<Room> {
    const room = await Room.load({
      documentId,
      store,
      logger,
      compactAfterUpdates,
      maxDocumentBytes,
      clientOwners,
      relay,
      onCommitted: (origin, updates) =>
        bus.emit({ type: 'document.updated', documentId, editorId: origin instanceof CollabConnection ? origin.principal.userId : null, updates }),
    });
    rooms.set(documentId, room);
    relay.watch(documentId, {
      updates: (range, updates) => void room.receiveRemote(range, updates),
      presence: (update) => room.receiveRemotePresence(update),
    });
    // What other instances committed between reading the log and watching it.
    if (relay.shared) await room.catchUpWithLog();
    return room;
  }

  function load(documentId: string): Promise<Room> {
    const existing = rooms.get(documentId);
    if (existing && !existing.isBroken) return Promise.resolve(existing);
    let pending = loading.get(documentId);
    if (!pending) {
      pending = open(documentId).finally(() => loading.delete(documentId));
      loading.set(documentId, pending);
    }
    return pending;
  }

  async function unload(room: Room, force = false): Promise<void> {
    unloadTimers.delete(room);
    if (room.memberCount > 0 && !force) return;
    try {
      if (!room.isBroken) {
        await room.committed();
        await room.compact();
      }
    } catch (error) {
      logger.error('collab.compact.failed', { documentId: room.documentId, message: String(error) });
    }
    // Someone opened it again while it was being compacted: it stays.
    if (room.memberCount > 0 && !force && !room.isBroken) return;
    room.destroy();
    if (rooms.get(room.documentId) === room) {
      rooms.delete(room.documentId);
      relay.unwatch(room.documentId);
    }
  }

  /** Unloads a room nobody is in, after a delay (none when broken). */
  function release(room: Room): void {
    if (room.memberCount > 0 || unloadTimers.has(room)) return;
    unloadTimers.set(room, setTimeout(() => void unload(room), room.isBroken ? 0 : unloadDelayMs));
  }

  /** The room of a document, loaded if needed and kept while members are in it. */
  async function acquire(documentId: string): Promise<Room> {
    const room = await load(documentId);
    const pending = unloadTimers.get(room);
    if (pending) {
      clearTimeout(pending);
      unloadTimers.delete(room);
    }
    return room;
  }

  /** Reads a document's current state without changing it. */
  async function read<T>(documentId: string, view: (doc: Y.Doc) => T): Promise<T> {
    const room = await acquire(documentId);
    try {
      return view(room.doc);
    } finally {
      release(room);
    }
  }

  return {
    acquire,
    release,
    /**
     * Changes a document on the server, as one transaction with `origin`; resolves once the
     * change is committed (and so relayed).
     */
    async change<T>(documentId: string, mutate: (doc: Y.Doc) => T, origin: unknown = 'server'): Promise<T> {
      const room = await acquire(documentId);
      try {
        const result = Y.transact(room.doc, () => mutate(room.doc), origin);
        await room.committed();
        return result;
      } finally {
        release(room);
      }
    },
    read,
    /**
     * The whole document as one Yjs update, for a browser opening it without a copy of its own.
     * A loaded room answers from memory. Otherwise the stored rows are the answer as they are
     * (merged when several), and the document is not built here: building it from storage took
     * the server's thread 0.15-0.22 s at 1 MB and 0.7-0.85 s at 10 MB while the reader waited
     * for the text, and every other request with it; their browser builds its own copy
     * meanwhile, and their sync socket loads the room when it connects. Only the stored bytes
     * are held, within the quota's margin (a larger document takes the room's path, which
     * refuses it); a damaged row also takes that path, which skips the row and says so.
     */
    async state(documentId: string): Promise<Uint8Array> {
      if (!rooms.has(documentId) && !loading.has(documentId)) {
        const stored = (await store.load(documentId)).map((row) => row.data);
        const bytes = stored.reduce((sum, data) => sum + data.byteLength, 0);
        if (stored.length > 0 && bytes <= maxDocumentBytes * STORED_QUOTA_MARGIN) {
          try {
            return stored.length === 1 ? (stored[0] as Uint8Array) : Y.mergeUpdates(stored);
          } catch {
            // Read again through the room below.
          }
        }
      }
      return read(documentId, (doc) => Y.encodeStateAsUpdate(doc));
    },
    /**
     * Drops a document deleted for good: its sockets close with `notFound`, and its room is
     * unloaded without writing anything back — marked broken, so it is neither compacted into
     * the deleted rows nor handed to anyone again.
     */
    discard(documentId: string): void {
      const room = rooms.get(documentId);
      if (!room) return;
      room.markBroken(CloseCode.notFound, 'this document was deleted');
      release(room);
    },
    loadedCount: (): number => rooms.size,
    isLoaded: (documentId: string): boolean => rooms.has(documentId),
    /** Closes every room's connections and unloads it, compacting what was stored. */
    async close(): Promise<void> {
      clearInterval(logPoll);
      for (const timer of unloadTimers.values()) clearTimeout(timer);
      unloadTimers.clear();
      await Promise.allSettled([...loading.values()]);
      await Promise.all(
        [...rooms.values()].map((room) => {
          room.closeAll(CloseCode.goingAway, 'server shutting down');
          return unload(room, true);
        }),
      );
    },
  };
}
