import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { ContentAllowList } from '../../shared/editor/content-allow-list.ts';
import type { Logger } from '../logger.ts';
import { AwarenessRefusal, encodePresence, guardAwareness, presenceIdentity, type AwarenessGuardContext } from './awareness-guard.ts';
import type { CollabLimits } from './limits.ts';
import { awarenessMessage, awarenessUpdateMessage, durabilityAckMessage, syncStep1Message, syncStep2Message } from './messages.ts';
import type { Room, RoomMember } from './room.ts';
import { TokenBucket } from './token-bucket.ts';
import { readUpdate, UpdateRefusal } from './update-reader.ts';
import { validateUpdate, type ValidationContext } from './update-validator.ts';
import { caretColorInRoom } from './caret-colors.ts';
import type { WriteCoalescer } from './write-coalescer.ts';

export type AccessLevel = 'edit' | 'read';

/** Who is on the other end; opaque to the sync server, used to close sockets on revocation. */
export type Principal = { userId: string; name: string; sessionId: string; workspaceId: string | null };

/** What all connections of one user draw on, so opening more sockets buys no more throughput. */
export type UserBudget = { messages: TokenBucket; updateBytes: TokenBucket; updateItems: TokenBucket };

/** Raised for input that does not follow the protocol; closes only the offending connection. */
class ProtocolError extends Error {}

/** Raised when a connection goes past a rate budget. */
class OverBudget extends Error {}

const BINARY = { binary: true } as const;

const refusalCloseCodes = {
  too_large: CloseCode.tooLarge,
  over_quota: CloseCode.tooLarge,
  not_allowed: CloseCode.contentNotAllowed,
  foreign_client: CloseCode.forbidden,
} as const;

/**
 * One WebSocket joined to one room. Messages are handled synchronously and in arrival order;
 * an acknowledgement of a durability check waits until the room has committed every update the
 * connection sent before it.
 * Every update is validated before it touches the document (update-validator.ts), presence is
 * re-stamped with the server's identity (awareness-guard.ts), and rates are budgeted.
 */
export class CollabConnection implements RoomMember {
  private readonly awarenessBucket: TokenBucket;
  private readonly messageBucket: TokenBucket;
  private readonly syncRequestBucket: TokenBucket;
  private readonly validation: ValidationContext;
  /** Updates that build on structs not received yet, in arrival order. */
  private readonly waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  /** Durability checks to answer once no update is waiting. */
  private readonly unansweredChecks: number[] = [];
  private droppedAwareness = 0;
  /** Made when this connection's presence first arrives, with its caret colour (caret-colors.ts). */
  private presenceContext: AwarenessGuardContext | null = null;
  /** Client ids of this connection told their presence as the server stamped it; one leaves with its client id. */
  private readonly toldIdentity = new Set<number>();
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly coalescer: WriteCoalescer,
    readonly room: Room,
    readonly access: AccessLevel,
    readonly principal: Principal,
    private readonly limits: CollabLimits,
    private readonly userBudget: UserBudget,
    allowList: ContentAllowList,
    private readonly logger: Logger,
  ) {
    this.awarenessBucket = new TokenBucket(limits.awarenessBurst, limits.awarenessPerSecond);
    this.messageBucket = new TokenBucket(limits.messagesBurst, limits.messagesPerSecond);
    this.syncRequestBucket = new TokenBucket(limits.syncRequestsBurst, limits.syncRequestsPerSecond);
    this.validation = {
      doc: room.doc,
      allowList,
      bounds: { maxStructs: limits.maxUpdateItems, maxDeleteRanges: limits.maxUpdateItems },
      userId: principal.userId,
      ownerOf: (clientId) => room.clientOwner(clientId),
    };
  }

  get userId(): string {
    return this.principal.userId;
  }

  /** Sends what a newly joined client needs: the server's state vector and who is here. */
  start(): void {
    this.send(syncStep1Message(this.room.doc));
    const { awareness } = this.room.presence;
    const present = [...awareness.getStates().keys()];
    if (present.length > 0) this.send(awarenessMessage(awareness, present));
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
    this.coalescer.hold();
    this.socket.send(message, BINARY, this.afterSend);
  }

  private readonly afterSend = (error?: Error): void => {
    if (error) this.close(CloseCode.goingAway, 'send failed');
  };

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, closeReason(reason));
  }

  handleMessage(data: Uint8Array, isBinary: boolean): void {
    if (this.closed) return;
    try {
      if (!isBinary) throw new ProtocolError('text frames are not part of the protocol');
      this.dispatch(decoding.createDecoder(data), data.byteLength);
    } catch (error) {
      this.handleFailure(error);
    }
  }

  private dispatch(decoder: decoding.Decoder, size: number): void {
    const type = decoding.readVarUint(decoder);
    // Presence has its own budget that drops rather than closes: a lost caret move is harmless.
    if (type === MessageType.awareness) return this.handleAwareness(decoding.readVarUint8Array(decoder));
    this.spend(this.messageBucket.take() && this.userBudget.messages.take(), 'messages');
    switch (type) {
      case MessageType.sync:
        return this.handleSync(decoder, size);
      case MessageType.queryAwareness:
        return this.send(awarenessMessage(this.room.presence.awareness, [...this.room.presence.awareness.getStates().keys()]));
      case MessageType.durabilityCheck: {
        // Earlier messages were handled synchronously and their updates applied before this
        // line runs; the room answers once they are committed, unless an update still waits
        // for what it builds on.
        const nonce = decoding.readVarUint(decoder);
        if (this.waiting.length === 0) return this.acknowledgeWhenCommitted(nonce);
        if (this.unansweredChecks.length >= this.limits.maxWaitingUpdates) throw new OverBudget('durability checks');
        this.unansweredChecks.push(nonce);
        return;
      }
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
  }

  private handleSync(decoder: decoding.Decoder, size: number): void {
    const subtype = decoding.readVarUint(decoder);
    switch (subtype) {
      case syncProtocol.messageYjsSyncStep1: {
        // Each answer encodes the document: cheap to ask, costly to answer, so it is budgeted.
        this.spend(this.syncRequestBucket.take(), 'sync requests');
        const stateVector = decoding.readVarUint8Array(decoder);
        Y.decodeStateVector(stateVector); // throws on a malformed state vector
        // Answered once everything applied before the request is committed (see Room).
        return this.room.afterCommit(() => this.send(syncStep2Message(this.room.doc, stateVector)));
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        this.spend(this.userBudget.updateBytes.take(size), 'update bytes');
        return this.handleUpdate(decoding.readVarUint8Array(decoder));
      default:
        throw new ProtocolError(`unknown sync message ${subtype}`);
    }
  }

  private handleUpdate(update: Uint8Array): void {
    if (this.access === 'read') {
      // A read-only client still answers the server's sync step 1; that answer is harmless
      // when it holds nothing the server lacks. Anything new is an edit, and is refused. The
      // bounded read first keeps a reader from making the server decode a huge update.
      readUpdate(update, this.validation.bounds);
      if (Y.snapshotContainsUpdate(Y.snapshot(this.room.doc), update)) return;
      this.logger.warn('collab.refused.read-only-update', this.logFields());
      this.close(CloseCode.forbidden, 'read-only access: content updates are refused');
      return;
    }
    this.waiting.push(update);
    this.waitingBytes += update.byteLength;
    this.applyWaiting();
    if (this.waiting.length > this.limits.maxWaitingUpdates || this.waitingBytes > this.limits.maxWaitingBytes) {
      // Something it builds on never came: a reconnection resends the client's whole state.
      this.logger.warn('collab.waiting-updates-overflow', this.logFields());
      this.close(CloseCode.overloaded, 'updates out of order; reconnecting');
    }
  }

  /** Applies every waiting update whose dependencies are in, until none makes progress. */
  private applyWaiting(): void {
    let progressed = true;
    while (progressed && this.waiting.length > 0) {
      progressed = false;
      for (const [index, update] of this.waiting.entries()) {
        const verdict = validateUpdate(update, this.validation);
        if (verdict.kind === 'wait') continue;
        this.waiting.splice(index, 1);
        this.waitingBytes -= update.byteLength;
        // Integrating structs is the costly part of an update, whatever their size on the wire.
        this.spend(this.userBudget.updateItems.take(verdict.structs), 'edits');
        this.room.applyFrom(this, update, verdict.cost, verdict.newClients);
        progressed = true;
        break;
      }
    }
    if (this.waiting.length > 0) return;
    for (const nonce of this.unansweredChecks.splice(0)) this.acknowledgeWhenCommitted(nonce);
  }

  private acknowledgeWhenCommitted(nonce: number): void {
    this.room.afterCommit(() => this.send(durabilityAckMessage(nonce)));
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
    const entries = guardAwareness(update, (this.presenceContext ??= this.makePresenceContext()));
    this.room.presence.update(this, entries);
    // A client claiming another colour (or name) than the server gave it is told, once per
    // client id, its presence as others see it: how Cadre's client learns its caret colour.
    for (const { clientId, state } of entries) if (state === null) this.toldIdentity.delete(clientId);
    const untold = entries.filter((entry) => entry.restamped && !this.toldIdentity.has(entry.clientId));
    if (untold.length === 0) return;
    for (const { clientId } of untold) this.toldIdentity.add(clientId);
    this.send(awarenessUpdateMessage(encodePresence(untold)));
  }

  /** What checking this connection's presence needs, made once: its identity and the room's state. */
  private makePresenceContext(): AwarenessGuardContext {
    const { presence } = this.room;
    const color = caretColorInRoom(presence.awareness, this.userId, (clientId) => presence.ownerOf(clientId)?.userId);
    return {
      identity: presenceIdentity(this.principal.name, color),
      bounds: { maxStateBytes: this.limits.maxAwarenessStateBytes, maxClientsPerConnection: this.limits.maxAwarenessClients },
      controlled: presence.of(this),
      // Another tab of the same person may take over a presence (a reload before the old
      // socket timed out); another person may not.
      controlledByOther: (clientId) => {
        const owner = presence.ownerOf(clientId);
        return owner !== undefined && owner !== this && owner.userId !== this.userId;
      },
      knownClock: (clientId) => presence.awareness.meta.get(clientId)?.clock,
    };
  }

  private spend(allowed: boolean, what: string): void {
    if (!allowed) throw new OverBudget(what);
  }

  private handleFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UpdateRefusal) {
      this.logger.warn(`collab.refused.${error.code}`, { ...this.logFields(), message });
      this.close(refusalCloseCodes[error.code], error.message);
      return;
    }
    if (error instanceof AwarenessRefusal) {
      this.logger.warn('collab.refused.presence', { ...this.logFields(), message });
      this.close(error.code === 'too_large' ? CloseCode.tooLarge : CloseCode.forbidden, error.message);
      return;
    }
    if (error instanceof OverBudget) {
      this.logger.warn('collab.refused.rate', { ...this.logFields(), budget: message });
      this.close(CloseCode.rateLimited, `too many ${message}: wait a moment`);
      return;
    }
    this.logger.warn('collab.refused.malformed-message', { ...this.logFields(), message });
    this.close(CloseCode.malformedMessage, 'malformed message');
  }

  private logFields() {
    return { documentId: this.room.documentId, userId: this.principal.userId, access: this.access };
  }
}

/** WebSocket close reasons are limited to 123 bytes of UTF-8; longer ones make `ws` throw. */
function closeReason(reason: string): string {
  const bytes = Buffer.from(reason);
  return bytes.byteLength <= 120 ? reason : bytes.subarray(0, 117).toString().replace(/\uFFFD$/, '') + '...';
}
