import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import { documentCost, storedCost } from './document-cost.ts';
import { awarenessMessage, updateMessage } from './messages.ts';
import { UpdateRefusal } from './update-reader.ts';
import type { UpdateStore } from './update-store.ts';

/** What a room needs from a connection: whose it is, a way to send bytes and to be closed. */
export interface RoomMember {
  readonly userId: string;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * Thrown when a stored document would take more memory than its quota once loaded (it was
 * stored before updates were validated): it is not loaded at all.
 */
export class DocumentTooLarge extends Error {
  override readonly name = 'DocumentTooLarge';
}

/** Thrown when an update could not be written: it must then not be relayed to anyone. */
export class PersistenceError extends Error {
  override readonly name = 'PersistenceError';
}

export type RoomOptions = {
  documentId: string;
  store: UpdateStore;
  logger: Logger;
  /** Compact the stored updates into one snapshot once this many have accumulated. */
  compactAfterUpdates: number;
  /** Quota on the document's estimated decoded size (see document-cost.ts). */
  maxDocumentBytes: number;
  clientOwners: ClientOwnership;
};

/**
 * Who owns each Yjs client id of a document: the user who first sent structs with it. Kept in
 * storage so that authorship survives restarts; the room caches it.
 */
export type ClientOwnership = {
  ownerOf(documentId: string, clientId: number): string | null;
  claim(documentId: string, clientId: number, userId: string): void;
};

/**
 * One loaded document and the connections editing it. Every update that reaches the Y.Doc is
 * appended to the store inside the doc's `update` event, before it is relayed: Node runs this
 * synchronously, so no other connection can observe a state that is not yet on disk.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  /** Each member with the awareness client ids it controls, removed when it leaves. */
  private readonly members = new Map<RoomMember, Set<number>>();
  /** The reverse: which member controls an awareness client id. */
  private readonly presenceOwners = new Map<number, RoomMember>();
  /** Cache of the stored owners; null for a client id nobody has used yet. */
  private readonly clientOwners = new Map<number, string | null>();
  private estimatedBytes: number;
  private storedUpdateCount: number;
  private compactionScheduled = false;
  private broken = false;

  constructor(private readonly options: RoomOptions) {
    const stored = options.store.load(options.documentId);
    // A margin over the quota: compaction and concurrent edits may leave a document a little past it.
    if (storedCost(stored, options.maxDocumentBytes * 1.5) === Number.POSITIVE_INFINITY) {
      throw new DocumentTooLarge(`document ${options.documentId} exceeds its size quota and is not loaded`);
    }
    Y.transact(this.doc, () => {
      for (const update of stored) this.applyStoredUpdate(update);
    });
    this.storedUpdateCount = stored.length;
    this.estimatedBytes = documentCost(this.doc);
    this.doc.on('update', this.onDocUpdate);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get documentId(): string {
    return this.options.documentId;
  }

  get memberCount(): number {
    return this.members.size;
  }

  /** True once storage failed: the in-memory state may hold an update that is not on disk. */
  get isBroken(): boolean {
    return this.broken;
  }

  join(member: RoomMember): void {
    this.members.set(member, new Set());
  }

  /** Removes a member and the awareness states it controlled, so its caret disappears. */
  leave(member: RoomMember): void {
    const controlled = this.members.get(member);
    this.members.delete(member);
    for (const clientId of controlled ?? []) this.presenceOwners.delete(clientId);
    if (controlled && controlled.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null);
    }
  }

  /** The awareness client ids a member controls. */
  presenceOf(member: RoomMember): ReadonlySet<number> {
    return this.members.get(member) ?? new Set();
  }

  /** The member controlling an awareness client id, if any. */
  presenceOwner(clientId: number): RoomMember | undefined {
    return this.presenceOwners.get(clientId);
  }

  /** The user whose edits first carried this Yjs client id in this document, if anyone's. */
  clientOwner(clientId: number): string | null {
    let owner = this.clientOwners.get(clientId);
    if (owner === undefined) {
      owner = this.options.clientOwners.ownerOf(this.documentId, clientId);
      this.clientOwners.set(clientId, owner);
    }
    return owner;
  }

  /**
   * Applies a validated update of a member's, whose decoded size was estimated at `cost`,
   * unless it would take the document over its quota; the client ids it introduces become
   * the member's.
   */
  applyFrom(member: RoomMember, update: Uint8Array, cost: number, newClients: Iterable<number>): void {
    if (this.estimatedBytes + cost > this.options.maxDocumentBytes) {
      throw new UpdateRefusal('over_quota', `the document would exceed ${this.options.maxDocumentBytes} bytes`);
    }
    Y.applyUpdate(this.doc, update, member);
    this.estimatedBytes += cost;
    for (const clientId of newClients) {
      if (this.clientOwner(clientId) !== null) continue;
      this.clientOwners.set(clientId, member.userId);
      this.options.clientOwners.claim(this.documentId, clientId, member.userId);
    }
  }

  /** Stores the whole state as one update, so loading stays fast however long the history. */
  compact(): void {
    if (this.broken || this.storedUpdateCount <= 1) return;
    this.options.store.replaceWithSnapshot(this.documentId, Y.encodeStateAsUpdate(this.doc));
    this.storedUpdateCount = 1;
    // Yjs merges adjacent structs as they settle: the estimate made per update runs high.
    this.estimatedBytes = documentCost(this.doc);
  }

  /** Closes every member, e.g. when the server shuts down. */
  closeAll(code: number, reason: string): void {
    for (const member of [...this.members.keys()]) member.close(code, reason);
  }

  /**
   * Storage failed for an update already applied in memory: close every client so they
   * reconnect to a fresh copy loaded from disk and resend what they have, and never let
   * anyone receive the unsaved state.
   */
  markBroken(code: number, reason: string): void {
    this.broken = true;
    this.closeAll(code, reason);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private applyStoredUpdate(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update);
    } catch (error) {
      // A corrupt row must not make the whole document unreadable; keep the rest and say so.
      this.options.logger.error('collab.load.corrupt-update', {
        documentId: this.documentId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    try {
      this.options.store.append(this.documentId, update);
    } catch (error) {
      throw new PersistenceError(error instanceof Error ? error.message : String(error));
    }
    this.storedUpdateCount++;
    const message = updateMessage(update);
    for (const member of this.members.keys()) {
      if (member !== origin) member.send(message);
    }
    this.scheduleCompactionIfDue();
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const member = origin as RoomMember;
    const controlled = this.members.get(member);
    if (controlled) {
      for (const clientId of [...added, ...updated]) {
        const previous = this.presenceOwners.get(clientId);
        if (previous && previous !== member) this.members.get(previous)?.delete(clientId);
        controlled.add(clientId);
        this.presenceOwners.set(clientId, member);
      }
      for (const clientId of removed) {
        controlled.delete(clientId);
        if (this.presenceOwners.get(clientId) === member) this.presenceOwners.delete(clientId);
      }
    }
    const message = awarenessMessage(this.awareness, [...added, ...updated, ...removed]);
    for (const member of this.members.keys()) {
      if (member !== origin) member.send(message);
    }
  };

  private scheduleCompactionIfDue(): void {
    if (this.compactionScheduled || this.storedUpdateCount < this.options.compactAfterUpdates) return;
    this.compactionScheduled = true;
    // Outside the update event, so a burst of typing is not slowed by an encode per keystroke.
    setImmediate(() => {
      this.compactionScheduled = false;
      if (this.doc.isDestroyed) return;
      try {
        this.compact();
      } catch (error) {
        this.options.logger.error('collab.compact.failed', {
          documentId: this.documentId,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    });
  }
}
