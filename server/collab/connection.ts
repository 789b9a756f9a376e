import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { Logger } from '../logger.ts';
import { awarenessMessage, durabilityAckMessage, syncStep1Message, syncStep2Message } from './messages.ts';
import { PersistenceError, type Room, type RoomMember } from './room.ts';
import { TokenBucket } from './token-bucket.ts';

export type AccessLevel = 'edit' | 'read';

/** Who is on the other end; opaque to the sync server, used to close sockets on revocation. */
export type Principal = { userId: string; name: string; sessionId: string; workspaceId: string | null };

export type ConnectionLimits = {
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Close a connection that keeps flooding awareness after this many dropped messages. */
  awarenessDropsBeforeClose: number;
  /** Close a client that reads too slowly rather than buffering without bound. */
  maxBufferedBytes: number;
};

/** Raised for input that does not follow the protocol; closes only the offending connection. */
class ProtocolError extends Error {}

/**
 * One WebSocket joined to one room. Messages are handled synchronously and in arrival order,
 * so an acknowledgement of a durability check covers every update the connection sent before.
 */
export class CollabConnection implements RoomMember {
  private readonly awarenessBucket: TokenBucket;
  private droppedAwareness = 0;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    readonly room: Room,
    readonly access: AccessLevel,
    readonly principal: Principal,
    private readonly limits: ConnectionLimits,
    private readonly logger: Logger,
  ) {
    this.awarenessBucket = new TokenBucket(limits.awarenessBurst, limits.awarenessPerSecond);
  }

  /** Sends what a newly joined client needs: the server's state vector and who is here. */
  start(): void {
    this.send(syncStep1Message(this.room.doc));
    const present = [...this.room.awareness.getStates().keys()];
    if (present.length > 0) this.send(awarenessMessage(this.room.awareness, present));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(message: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CloseCode.overloaded, 'client is not reading fast enough');
      return;
    }
    this.socket.send(message, { binary: true }, (error) => {
      if (error) this.close(CloseCode.goingAway, 'send failed');
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }

  handleMessage(data: Uint8Array, isBinary: boolean): void {
    if (this.closed) return;
    try {
      if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
      this.dispatch(decoding.createDecoder(data));
    } catch (error) {
      this.handleFailure(error);
    }
  }

  private dispatch(decoder: decoding.Decoder): void {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync:
        return this.handleSync(decoder);
      case MessageType.awareness:
        return this.handleAwareness(decoding.readVarUint8Array(decoder));
      case MessageType.queryAwareness:
        return this.send(awarenessMessage(this.room.awareness, [...this.room.awareness.getStates().keys()]));
      case MessageType.durabilityCheck:
        // Earlier messages were handled synchronously and their updates appended before this
        // line runs, so everything this connection sent so far is durable.
        return this.send(durabilityAckMessage(decoding.readVarUint(decoder)));
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const subtype = decoding.readVarUint(decoder);
    switch (subtype) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder);
        Y.decodeStateVector(stateVector); // throws on a malformed state vector
        return this.send(syncStep2Message(this.room.doc, stateVector));
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        return this.handleUpdate(decoding.readVarUint8Array(decoder));
      default:
        throw new ProtocolError(`unknown sync message ${subtype}`);
    }
  }

  private handleUpdate(update: Uint8Array): void {
    if (this.access === 'read') {
      // A read-only client still answers the server's sync step 1; that answer is harmless
      // when it holds nothing the server lacks. Anything new is an edit, and is refused.
      if (Y.snapshotContainsUpdate(Y.snapshot(this.room.doc), update)) return;
      this.logger.warn('collab.refused.read-only-update', this.logFields());
      this.close(CloseCode.forbidden, 'read-only access: content updates are refused');
      return;
    }
    // Decode fully before applying, so a truncated update is refused without touching the doc.
    Y.decodeUpdate(update);
    Y.applyUpdate(this.room.doc, update, this);
  }

  private handleAwareness(update: Uint8Array): void {
    if (!this.awarenessBucket.take()) {
      this.droppedAwareness++;
      if (this.droppedAwareness >= this.limits.awarenessDropsBeforeClose) {
        this.logger.warn('collab.refused.awareness-flood', this.logFields());
        this.close(CloseCode.rateLimited, 'too many awareness messages');
      }
      return;
    }
    this.droppedAwareness = 0;
    awarenessProtocol.applyAwarenessUpdate(this.room.awareness, update, this);
  }

  private handleFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof PersistenceError) {
      // The update reached memory but not the disk: drop every client of the room so that they
      // resend it on reconnect to a freshly loaded document, and nobody keeps an unsaved state.
      this.logger.error('collab.persistence.failed', { ...this.logFields(), message });
      this.room.markBroken(CloseCode.internalError, 'the server could not save; reconnecting');
      return;
    }
    this.logger.warn('collab.refused.malformed-message', { ...this.logFields(), message });
    this.close(CloseCode.malformedMessage, 'malformed message');
  }

  private logFields() {
    return { documentId: this.room.documentId, userId: this.principal.userId, access: this.access };
  }
}
