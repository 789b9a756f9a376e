import * as Y from 'yjs';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { CollabConnection } from './connection.ts';
import { Room, type ClientOwnership } from './room.ts';
import type { UpdateStore } from './update-store.ts';

export type DocumentRegistryOptions = {
  store: UpdateStore;
  logger: Logger;
  /** Where `document.updated` is announced after each stored update. */
  bus: EventBus;
  /** Quota on a document's estimated decoded size (`CADRE_MAX_DOCUMENT_BYTES`). */
  maxDocumentBytes: number;
  /** Storage of who owns each Yjs client id, so authorship survives restarts. */
  clientOwners: ClientOwnership;
  /** How long an unused document stays loaded, so a page reload does not reload it from disk. */
  unloadDelayMs?: number;
  compactAfterUpdates?: number;
};

export type DocumentRegistry = ReturnType<typeof createDocumentRegistry>;

/**
 * The loaded documents of this instance, one room each. Made before the services and the sync
 * server, and given to both: services read and change documents through it (restoring a
 * version, accepting a suggestion, filling a template), the sync server attaches sockets to its
 * rooms. Every change goes through the room, so it is persisted before anyone receives it, and
 * is announced on the bus as `document.updated` with its editor (null for server-side changes).
 */
export function createDocumentRegistry(options: DocumentRegistryOptions) {
  const { store, logger, bus, maxDocumentBytes, clientOwners } = options;
  const unloadDelayMs = options.unloadDelayMs ?? 1000;
  const compactAfterUpdates = options.compactAfterUpdates ?? 500;
  const rooms = new Map<string, Room>();
  const unloadTimers = new Map<Room, NodeJS.Timeout>();

  function load(documentId: string): Room {
    const existing = rooms.get(documentId);
    if (existing && !existing.isBroken) return existing;
    const room = new Room({ documentId, store, logger, compactAfterUpdates, maxDocumentBytes, clientOwners });
    room.doc.on('update', (_update: Uint8Array, origin: unknown) =>
      bus.emit({ type: 'document.updated', documentId, editorId: origin instanceof CollabConnection ? origin.principal.userId : null }),
    );
    rooms.set(documentId, room);
    return room;
  }

  function unload(room: Room, force = false): void {
    unloadTimers.delete(room);
    if (room.memberCount > 0 && !force) return;
    try {
      room.compact();
    } catch (error) {
      logger.error('collab.compact.failed', { documentId: room.documentId, message: String(error) });
    }
    room.destroy();
    if (rooms.get(room.documentId) === room) rooms.delete(room.documentId);
  }

  /** Unloads a room nobody is in, after a delay (at once when broken). */
  function release(room: Room): void {
    if (room.memberCount > 0 || unloadTimers.has(room)) return;
    unloadTimers.set(room, setTimeout(() => unload(room), room.isBroken ? 0 : unloadDelayMs));
  }

  /** Runs `use` on a loaded document, unloading it later if nobody has it open. */
  function withRoom<T>(documentId: string, use: (room: Room) => T): T {
    const room = load(documentId);
    try {
      return use(room);
    } finally {
      release(room);
    }
  }

  return {
    /** The room of a document, loaded if needed and kept while members are in it. */
    acquire(documentId: string): Room {
      const room = load(documentId);
      const pending = unloadTimers.get(room);
      if (pending) {
        clearTimeout(pending);
        unloadTimers.delete(room);
      }
      return room;
    },
    release,
    /** Changes a document on the server, as one transaction with `origin`. */
    change<T>(documentId: string, mutate: (doc: Y.Doc) => T, origin: unknown = 'server'): T {
      return withRoom(documentId, (room) => Y.transact(room.doc, () => mutate(room.doc), origin));
    },
    /** Reads a document's current state without changing it. */
    read<T>(documentId: string, view: (doc: Y.Doc) => T): T {
      return withRoom(documentId, (room) => view(room.doc));
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
    /** Closes every room's connections and unloads it, compacting what was stored. */
    close(): void {
      for (const timer of unloadTimers.values()) clearTimeout(timer);
      unloadTimers.clear();
      for (const room of [...rooms.values()]) {
        room.closeAll(CloseCode.goingAway, 'server shutting down');
        unload(room, true);
      }
    },
  };
}
