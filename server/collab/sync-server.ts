import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, COLLAB_PATH } from '../../shared/collab/protocol.ts';
import { contentAllowList } from '../../shared/editor/content-allow-list.ts';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import type { Logger } from '../logger.ts';
import { CollabConnection, type AccessLevel, type Principal, type UserBudget } from './connection.ts';
import { defaultCollabLimits, type CollabLimits } from './limits.ts';
import { DocumentTooLarge, Room, type ClientOwnership } from './room.ts';
import { TokenBucket } from './token-bucket.ts';
import type { UpdateStore } from './update-store.ts';

/** What the access hook decides for one connection attempt, once, at the upgrade. */
export type AccessDecision =
  | { access: AccessLevel; principal: Principal }
  | { deny: typeof CloseCode.unauthenticated | typeof CloseCode.notFound; reason: string };

export type AccessHook = (request: IncomingMessage, documentId: string) => AccessDecision | Promise<AccessDecision>;

export type SyncServerOptions = {
  store: UpdateStore;
  logger: Logger;
  authorize: AccessHook;
  maxMessageBytes: number;
  /** How long an unused document stays loaded, so a page reload does not reload it from disk. */
  unloadDelayMs?: number;
  compactAfterUpdates?: number;
  pingIntervalMs?: number;
  limits?: Partial<CollabLimits>;
  /** Storage of who owns each Yjs client id; without it, ownership lasts while a room is loaded. */
  clientOwners?: ClientOwnership;
  /**
   * Called after each update of a document is stored, with the editing user (null for
   * server-side changes); e.g. to take a checkpoint once a document falls idle.
   */
  onDocumentUpdate?: (documentId: string, editorId: string | null) => void;
};

export type SyncServer = ReturnType<typeof createSyncServer>;

/**
 * The y-websocket-compatible sync endpoint. It knows nothing of accounts or HTTP routes: the
 * access hook decides edit / read / deny per connection, and the store persists updates.
 */
export function createSyncServer(options: SyncServerOptions) {
  const { logger, store } = options;
  const unloadDelayMs = options.unloadDelayMs ?? 1000;
  const compactAfterUpdates = options.compactAfterUpdates ?? 500;
  const limits: CollabLimits = { ...defaultCollabLimits(options.maxMessageBytes), ...options.limits };
  const allowList = contentAllowList();
  const clientOwners = options.clientOwners ?? { ownerOf: () => null, claim: () => {} };
  const rooms = new Map<string, Room>();
  /** Shared by all connections of a user; dropped with their last connection. */
  const userBudgets = new Map<string, { budget: UserBudget; connections: number }>();
  const unloadTimers = new Map<Room, NodeJS.Timeout>();
  const connections = new Set<CollabConnection>();
  const unanswered = new Set<WebSocket>();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // No permessage-deflate: each compressing socket holds its own zlib contexts (hundreds of
    // KB) and queues every send behind zlib jobs on libuv's small thread pool, which turned
    // into seconds of relay latency under load. Yjs updates are already compact binary.
    perMessageDeflate: false,
  });

  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, options.pingIntervalMs ?? 30_000);

  function roomFor(documentId: string): Room {
    const existing = rooms.get(documentId);
    if (existing && !existing.isBroken) return existing;
    const room = new Room({ documentId, store, logger, compactAfterUpdates, maxDocumentBytes: limits.maxDocumentBytes, clientOwners });
    const { onDocumentUpdate } = options;
    if (onDocumentUpdate) {
      room.doc.on('update', (_update: Uint8Array, origin: unknown) =>
        onDocumentUpdate(documentId, origin instanceof CollabConnection ? origin.principal.userId : null),
      );
    }
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

  function scheduleUnload(room: Room): void {
    if (unloadTimers.has(room)) return;
    unloadTimers.set(room, setTimeout(() => unload(room), room.isBroken ? 0 : unloadDelayMs));
  }

  function budgetOf(userId: string): UserBudget {
    let entry = userBudgets.get(userId);
    if (!entry) {
      const budget = {
        messages: new TokenBucket(limits.userMessagesBurst, limits.userMessagesPerSecond),
        updateBytes: new TokenBucket(limits.userUpdateBytesBurst, limits.userUpdateBytesPerSecond),
        // Never below one largest update, or such an update could never pass.
        updateItems: new TokenBucket(Math.max(limits.userUpdateItemsBurst, limits.maxUpdateItems), limits.userUpdateItemsPerSecond),
      };
      userBudgets.set(userId, (entry = { budget, connections: 0 }));
    }
    entry.connections++;
    return entry.budget;
  }

  function releaseBudget(userId: string): void {
    const entry = userBudgets.get(userId);
    if (entry && --entry.connections === 0) userBudgets.delete(userId);
  }

  /** Why this user may not open one more socket on this document, if they may not. */
  function overUserCaps(userId: string, documentId: string): string | undefined {
    let sockets = 0;
    const documents = new Set<string>();
    for (const connection of connections) {
      if (connection.principal.userId !== userId) continue;
      sockets++;
      documents.add(connection.room.documentId);
    }
    if (sockets >= limits.maxSocketsPerUser) return 'too many open connections';
    if (!documents.has(documentId) && documents.size >= limits.maxRoomsPerUser) return 'too many documents open at once';
    return undefined;
  }

  function attach(socket: WebSocket, documentId: string, access: AccessLevel, principal: Principal): void {
    const overCap = overUserCaps(principal.userId, documentId);
    if (overCap) {
      logger.warn('collab.refused.user-cap', { documentId, userId: principal.userId, reason: overCap });
      socket.close(CloseCode.rateLimited, `${overCap}: close some tabs, then reload`);
      return;
    }
    const room = roomFor(documentId);
    const pendingUnload = unloadTimers.get(room);
    if (pendingUnload) {
      clearTimeout(pendingUnload);
      unloadTimers.delete(room);
    }
    const connection = new CollabConnection(socket, room, access, principal, limits, budgetOf(principal.userId), allowList, logger);
    room.join(connection);
    connections.add(connection);
    socket.on('message', (data: RawData, isBinary: boolean) => connection.handleMessage(toBytes(data), isBinary));
    socket.on('pong', () => unanswered.delete(socket));
    socket.on('error', (error) => {
      // `ws` reports oversized and invalid frames here and closes the socket itself (1009/1002).
      logger.warn('collab.socket-error', { documentId, userId: principal.userId, message: error.message });
    });
    socket.on('close', () => {
      unanswered.delete(socket);
      connections.delete(connection);
      releaseBudget(principal.userId);
      room.leave(connection);
      if (room.memberCount === 0) scheduleUnload(room);
    });
    connection.start();
  }

  async function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => socket.destroy());
    const documentId = documentIdFromUrl(request.url ?? '');
    let decision: AccessDecision = { deny: CloseCode.notFound, reason: 'document not found' };
    if (documentId !== undefined) {
      try {
        decision = await options.authorize(request, documentId);
      } catch (error) {
        logger.error('collab.authorize.failed', { documentId, message: String(error) });
        socket.end('HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n');
        return;
      }
    }
    // Complete the upgrade even to deny: a browser can read a close code, not an HTTP status.
    wss.handleUpgrade(request, socket, head, (ws) => {
      if ('deny' in decision) {
        ws.close(decision.deny, decision.reason);
        return;
      }
      try {
        attach(ws, documentId as string, decision.access, decision.principal);
      } catch (error) {
        if (error instanceof DocumentTooLarge) {
          logger.error('collab.refused.stored-over-quota', { documentId: documentId ?? null });
          ws.close(CloseCode.tooLarge, 'this document is over its size limit: ask an administrator');
          return;
        }
        logger.error('collab.attach.failed', { documentId: documentId ?? null, message: String(error) });
        ws.close(CloseCode.internalError, 'the document could not be loaded');
      }
    });
  }

  return {
    handleUpgrade,
    /**
     * Changes a document on the server (restoring a version, accepting a suggestion, filling a
     * template): the change goes through the room like any client's edit, so it is persisted
     * before connected clients receive it. A document nobody has open is loaded, changed and
     * unloaded again.
     */
    change<T>(documentId: string, mutate: (doc: Y.Doc) => T, origin: unknown = 'server'): T {
      const room = roomFor(documentId);
      try {
        return Y.transact(room.doc, () => mutate(room.doc), origin);
      } finally {
        if (room.memberCount === 0) scheduleUnload(room);
      }
    },
    /** Reads a document's current state without changing it. */
    read<T>(documentId: string, view: (doc: Y.Doc) => T): T {
      const room = roomFor(documentId);
      try {
        return view(room.doc);
      } finally {
        if (room.memberCount === 0) scheduleUnload(room);
      }
    },
    /** Closes the connections a predicate selects, e.g. after a role change or sign-out. */
    disconnect(select: (connection: CollabConnection) => boolean, code: number, reason: string): number {
      let closed = 0;
      for (const connection of connections) {
        if (!select(connection)) continue;
        connection.close(code, reason);
        closed++;
      }
      return closed;
    },
    stats: () => ({ rooms: rooms.size, connections: connections.size }),
    async close(): Promise<void> {
      clearInterval(heartbeat);
      for (const connection of connections) connection.close(CloseCode.goingAway, 'server shutting down');
      for (const timer of unloadTimers.values()) clearTimeout(timer);
      unloadTimers.clear();
      for (const room of [...rooms.values()]) {
        room.closeAll(CloseCode.goingAway, 'server shutting down');
        unload(room, true);
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** `/collab/<documentId>` (y-websocket appends the room name to the server URL). */
export function documentIdFromUrl(url: string): string | undefined {
  const pathname = url.split('?')[0] ?? '';
  if (!pathname.startsWith(`${COLLAB_PATH}/`)) return undefined;
  const parsed = documentIdSchema.safeParse(pathname.slice(COLLAB_PATH.length + 1));
  return parsed.success ? parsed.data : undefined;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
