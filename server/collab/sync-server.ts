import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CloseCode, COLLAB_PATH } from '../../shared/collab/protocol.ts';
import { contentAllowList } from '../../shared/editor/content-allow-list.ts';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import type { Logger } from '../logger.ts';
import { CollabConnection, type AccessLevel, type Principal, type UserBudget } from './connection.ts';
import type { DocumentRegistry } from './document-registry.ts';
import type { CollabLimits } from './limits.ts';
import { DocumentTooLarge } from './room.ts';
import { TokenBucket } from './token-bucket.ts';
import { writeCoalescer, type WriteCoalescer } from './write-coalescer.ts';

/** What the access hook decides for one connection attempt, once, at the upgrade. */
export type AccessDecision =
  | { access: AccessLevel; principal: Principal }
  | { deny: typeof CloseCode.unauthenticated | typeof CloseCode.notFound; reason: string };

export type AccessHook = (request: IncomingMessage, documentId: string) => AccessDecision | Promise<AccessDecision>;

export type SyncServerOptions = {
  /** The loaded documents, shared with the services. */
  registry: DocumentRegistry;
  logger: Logger;
  authorize: AccessHook;
  /** Largest WebSocket message accepted; larger ones close the socket (1009). */
  maxMessageBytes: number;
  /** Limits of sockets, messages and per-user budgets (the document quota is the registry's). */
  limits: CollabLimits;
  pingIntervalMs?: number;
};

export type SyncServer = ReturnType<typeof createSyncServer>;

/**
 * The y-websocket-compatible sync endpoint. It knows nothing of accounts or HTTP routes: the
 * access hook decides edit / read / deny per connection, and the registry's rooms persist updates.
 */
export function createSyncServer(options: SyncServerOptions) {
  const { logger, registry, limits } = options;
  const allowList = contentAllowList();
  /** Shared by all connections of a user; dropped with their last connection. */
  const userBudgets = new Map<string, { budget: UserBudget; connections: number }>();
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

  /** Sockets whose document is still loading, counted against their user's caps. */
  const attaching = new Set<{ userId: string; documentId: string }>();

  /** Why this user may not open one more socket on this document, if they may not. */
  function overUserCaps(userId: string, documentId: string): string | undefined {
    let sockets = 0;
    const documents = new Set<string>();
    const open = [...[...connections].map((c) => ({ userId: c.principal.userId, documentId: c.room.documentId })), ...attaching];
    for (const entry of open) {
      if (entry.userId !== userId) continue;
      sockets++;
      documents.add(entry.documentId);
    }
    if (sockets >= limits.maxSocketsPerUser) return 'too many open connections';
    if (!documents.has(documentId) && documents.size >= limits.maxRoomsPerUser) return 'too many documents open at once';
    return undefined;
  }

  async function attach(socket: WebSocket, coalescer: WriteCoalescer, documentId: string, access: AccessLevel, principal: Principal): Promise<void> {
    const overCap = overUserCaps(principal.userId, documentId);
    if (overCap) {
      logger.warn('collab.refused.user-cap', { documentId, userId: principal.userId, reason: overCap });
      socket.close(CloseCode.rateLimited, `${overCap}: close some tabs`);
      return;
    }
    // The client speaks as soon as the socket opens; what it says while the document loads
    // waits here, bounded like the updates a connection may hold back.
    const early: Array<{ data: Uint8Array; isBinary: boolean }> = [];
    let earlyBytes = 0;
    const keepEarly = (data: RawData, isBinary: boolean) => {
      const bytes = toBytes(data);
      earlyBytes += bytes.byteLength;
      if (early.length >= limits.maxWaitingUpdates || earlyBytes > limits.maxWaitingBytes) {
        socket.close(CloseCode.overloaded, 'too much sent before the document was ready');
        return;
      }
      early.push({ data: bytes, isBinary });
    };
    socket.on('message', keepEarly);
    const pending = { userId: principal.userId, documentId };
    attaching.add(pending);
    let room;
    try {
      room = await registry.acquire(documentId);
    } finally {
      attaching.delete(pending);
      socket.off('message', keepEarly);
    }
    if (socket.readyState !== socket.OPEN) {
      registry.release(room);
      return;
    }
    const connection = new CollabConnection(socket, coalescer, room, access, principal, limits, budgetOf(principal.userId), allowList, logger);
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
      registry.release(room);
    });
    connection.start();
    for (const message of early) connection.handleMessage(message.data, message.isBinary);
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
      // The TCP socket under the WebSocket, whose writes a connection gathers per task.
      attach(ws, writeCoalescer(socket), documentId as string, decision.access, decision.principal).catch((error: unknown) => {
        if (error instanceof DocumentTooLarge) {
          logger.error('collab.refused.stored-over-quota', { documentId: documentId ?? null });
          ws.close(CloseCode.tooLarge, 'this document is over its size limit: ask an administrator');
          return;
        }
        logger.error('collab.attach.failed', { documentId: documentId ?? null, message: String(error) });
        ws.close(CloseCode.internalError, 'the document could not be loaded');
      });
    });
  }

  return {
    handleUpgrade,
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
    stats: () => ({ rooms: registry.loadedCount(), connections: connections.size }),
    /** The sessions with a socket open here, for the periodic check of their expiry. */
    sessionIds: (): Set<string> => new Set([...connections].map((c) => c.principal.sessionId)),
    /** Closes every socket; the registry's rooms stay until the registry is closed. */
    async close(): Promise<void> {
      clearInterval(heartbeat);
      for (const connection of connections) connection.close(CloseCode.goingAway, 'server shutting down');
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
