import * as Y from 'yjs';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { Logger } from '../logger.ts';
import { documentCost, storedCost } from './document-cost.ts';
import { awarenessUpdateMessage, updateMessage } from './messages.ts';
import { UpdateRefusal } from './update-reader.ts';
import type { RoomRelay } from './relay.ts';
import { RoomPresence } from './room-presence.ts';
import type { CommittedRange, StoredUpdate, UpdateStore } from './update-store.ts';

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

/**
 * How far past its quota a stored document may still be loaded: compaction and concurrent edits
 * may leave a document a little past it.
 */
export const STORED_QUOTA_MARGIN = 1.5;

export type RoomOptions = {
  documentId: string;
  store: UpdateStore;
  logger: Logger;
  /** Compact the stored updates into one snapshot once this many have accumulated. */
  compactAfterUpdates: number;
  /** Quota on the document's estimated decoded size (see document-cost.ts). */
  maxDocumentBytes: number;
  clientOwners: ClientOwnership;
  /** Other instances serving this document; a no-op relay on a single instance. */
  relay: RoomRelay;
  /** Called once per commit for each origin (member or service) it held, with its update count. */
  onCommitted(origin: unknown, updates: number): void;
};

/**
 * Who owns each Yjs client id of a document: the user who first sent structs with it. Kept in
 * storage so that authorship survives restarts; the room caches it.
 */
export type ClientOwnership = {
  ownerOf(documentId: string, clientId: number): Promise<string | null>;
  ownersOf(documentId: string): Promise<Map<number, string>>;
  claim(documentId: string, clientId: number, userId: string): Promise<void>;
};

/** Origin of updates read back from the log (another instance's): they are durable already. */
const FROM_LOG = Symbol('from-log');

/**
 * One loaded document and the connections editing it. A member's update is applied in memory
 * at once (so the next update of the same tab, which builds on it, validates), queued, and
 * committed to the store; only then is it relayed to the other members and instances. Updates
 * arriving while a commit is under way form the next commit (group commit: one transaction
 * per batch, never an added delay). So every update relayed is durable; a durability
 * acknowledgement, and the answer to a sync request, wait until everything applied before them
 * is committed. (Such an answer encodes the whole document, so it may also carry an update
 * still being committed: that client then holds it too, as its sender does, and both resend it
 * to whichever instance they reconnect to.)
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly presence: RoomPresence<RoomMember>;
  private readonly members = new Set<RoomMember>();
  /** Owners of the document's client ids, loaded with it; absent: nobody has used the id. */
  private readonly clientOwners: Map<number, string>;
  private estimatedBytes: number;
  private storedUpdateCount: number;
  /** The log is applied without gaps up to here. */
  private seq: number;
  /** Applied in memory, not yet committed, in order. */
  private uncommitted: Array<{ update: Uint8Array; origin: unknown }> = [];
  private newClaims: Array<{ clientId: number; userId: string }> = [];
  private committing = false;
  private appliedCount = 0;
  private committedCount = 0;
  private readonly afterCommitCallbacks: Array<{ count: number; run: () => void }> = [];
  /** Reads of the log (gaps, other instances' updates), one after another. */
  private logReads: Promise<void> = Promise.resolve();
  private compactionScheduled = false;
  private broken = false;

  /** Loads a document from the store; throws DocumentTooLarge if it is over its quota. */
  static async load(options: RoomOptions): Promise<Room> {
    const [stored, owners] = await Promise.all([options.store.load(options.documentId), options.clientOwners.ownersOf(options.documentId)]);
    if (storedCost(stored.map((row) => row.data), options.maxDocumentBytes * STORED_QUOTA_MARGIN) === Number.POSITIVE_INFINITY) {
      throw new DocumentTooLarge(`document ${options.documentId} exceeds its size quota and is not loaded`);
    }
    return new Room(options, stored, owners);
  }

  private constructor(
    private readonly options: RoomOptions,
    stored: StoredUpdate[],
    owners: Map<number, string>,
  ) {
    Y.transact(this.doc, () => {
      for (const update of stored) this.applyStoredUpdate(update.data);
    }, FROM_LOG);
    this.seq = stored.at(-1)?.seq ?? 0;
    this.clientOwners = owners;
    this.storedUpdateCount = stored.length;
    this.estimatedBytes = documentCost(this.doc);
    this.doc.on('update', this.onDocUpdate);
    this.presence = new RoomPresence(this.doc, this.relayPresence);
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

  /** How far this room holds its document's log, without gaps. */
  get loggedSeq(): number {
    return this.seq;
  }

  join(member: RoomMember): void {
    this.members.add(member);
    this.presence.join(member);
  }

  /** Removes a member and the awareness states it controlled, so its caret disappears. */
  leave(member: RoomMember): void {
    this.members.delete(member);
    this.presence.leave(member);
  }

  /** The user whose edits first carried this Yjs client id in this document, if anyone's. */
  clientOwner(clientId: number): string | null {
    return this.clientOwners.get(clientId) ?? null;
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
    for (const clientId of newClients) {
      if (this.clientOwners.has(clientId)) continue;
      this.clientOwners.set(clientId, member.userId);
      this.newClaims.push({ clientId, userId: member.userId });
    }
    Y.applyUpdate(this.doc, update, member);
    this.estimatedBytes += cost;
  }

  /**
   * Runs `callback` once everything applied so far is committed: at once when nothing is
   * waiting. Durability acknowledgements, answers to sync requests and presence go through here.
   */
  afterCommit(callback: () => void): void {
    if (this.committedCount >= this.appliedCount) return callback();
    this.afterCommitCallbacks.push({ count: this.appliedCount, run: callback });
  }

  /**
   * Resolves once everything applied so far is committed (a service's change, unloading);
   * rejects if storage failed meanwhile, so a service never reports an unsaved change as done.
   */
  async committed(): Promise<void> {
    await new Promise<void>((resolve) => this.afterCommit(resolve));
    if (this.broken) throw new Error(`document ${this.documentId} could not be saved`);
  }

  /**
   * Another instance committed updates `range` of this document: apply them from the message
   * when they follow what this room holds, else read what is missing from the log.
   */
  receiveRemote(range: CommittedRange, updates: Uint8Array[] | undefined): Promise<void> {
    return this.readLog(async () => {
      if (range.last <= this.seq) return;
      if (range.first === this.seq + 1 && updates?.length === range.last - range.first + 1) {
        await this.applyFromLog(updates);
        this.seq = range.last;
      } else {
        await this.catchUp();
      }
    });
  }

  /** Reads whatever the log holds past this room's seq (a lost announcement, a reconnection). */
  catchUpWithLog(): Promise<void> {
    return this.readLog(() => this.catchUp());
  }

  /** Presence relayed from another instance's member. */
  receiveRemotePresence(update: Uint8Array): void {
    this.presence.receiveRemote(update);
  }

  /** Stores the whole state as one update, so loading stays fast however long the history. */
  async compact(): Promise<void> {
    if (this.broken || this.storedUpdateCount <= 1) return;
    const compacted = await this.options.store.compact(this.documentId, this.seq, Y.encodeStateAsUpdate(this.doc));
    if (!compacted) return;
    this.storedUpdateCount = 1;
    // Yjs merges adjacent structs as they settle: the estimate made per update runs high.
    this.estimatedBytes = documentCost(this.doc);
  }

  /** Closes every member, e.g. when the server shuts down. */
  closeAll(code: number, reason: string): void {
    for (const member of [...this.members]) member.close(code, reason);
  }

  /**
   * Storage failed for an update already applied in memory: close every client so they
   * reconnect to a fresh copy loaded from disk and resend what they have, and never let
   * anyone receive the unsaved state.
   */
  markBroken(code: number, reason: string): void {
    this.broken = true;
    this.closeAll(code, reason);
    // Those waiting learn of the failure (`committed` rejects; closed sockets send nothing).
    for (const entry of this.afterCommitCallbacks.splice(0)) entry.run();
  }

  destroy(): void {
    this.presence.destroy();
    this.doc.destroy();
  }

  private applyStoredUpdate(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.doc, update, FROM_LOG);
    } catch (error) {
      // A corrupt row must not make the whole document unreadable; keep the rest and say so.
      this.options.logger.error('collab.load.corrupt-update', {
        documentId: this.documentId,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private readLog(read: () => Promise<void>): Promise<void> {
    this.logReads = this.logReads.then(read).catch((error: unknown) => {
      this.options.logger.error('collab.log.read-failed', { documentId: this.documentId, message: String(error) });
    });
    return this.logReads;
  }

  private async catchUp(): Promise<void> {
    const missing = await this.options.store.loadSince(this.documentId, this.seq);
    if (missing.length === 0 || this.doc.isDestroyed) return;
    await this.applyFromLog(missing.map((row) => row.data));
    this.seq = Math.max(this.seq, missing.at(-1)?.seq ?? this.seq);
  }

  /** Applies another instance's committed updates, learning who owns their new client ids first. */
  private async applyFromLog(updates: Uint8Array[]): Promise<void> {
    const unknownClient = updates.some((update) => [...Y.parseUpdateMeta(update).from.keys()].some((id) => !this.clientOwners.has(id)));
    if (unknownClient) {
      for (const [clientId, userId] of await this.options.clientOwners.ownersOf(this.documentId)) this.clientOwners.set(clientId, userId);
    }
    if (this.doc.isDestroyed) return;
    for (const update of updates) this.applyStoredUpdate(update);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === FROM_LOG) {
      // Committed already (by another instance): relay to this instance's members at once.
      this.sendToMembers(updateMessage(update), undefined);
      return;
    }
    this.uncommitted.push({ update, origin });
    this.appliedCount++;
    if (!this.committing) void this.commitPending();
  };

  /** Commits what is waiting, batch after batch, then relays each batch. */
  private async commitPending(): Promise<void> {
    this.committing = true;
    while (this.uncommitted.length > 0 && !this.broken) {
      const batch = this.uncommitted;
      const claims = this.newClaims;
      this.uncommitted = [];
      this.newClaims = [];
      const updates = batch.map((entry) => entry.update);
      let range: CommittedRange;
      try {
        // Owners first, so another instance that reads these updates can tell whose they are.
        await Promise.all(claims.map(({ clientId, userId }) => this.options.clientOwners.claim(this.documentId, clientId, userId)));
        range = await this.options.store.append(this.documentId, updates);
      } catch (error) {
        this.options.logger.error('collab.persistence.failed', { documentId: this.documentId, message: String(error) });
        this.markBroken(CloseCode.internalError, 'the server could not save; reconnecting');
        break;
      }
      if (range.first === this.seq + 1) this.seq = range.last;
      else void this.catchUpWithLog(); // another instance wrote in between
      this.committedCount += batch.length;
      this.storedUpdateCount += batch.length;
      const perOrigin = new Map<unknown, number>();
      for (const { update, origin } of batch) {
        this.sendToMembers(updateMessage(update), origin);
        perOrigin.set(origin, (perOrigin.get(origin) ?? 0) + 1);
      }
      for (const [origin, count] of perOrigin) this.options.onCommitted(origin, count);
      this.options.relay.announceUpdates(this.documentId, range, updates);
      this.runAfterCommitCallbacks();
      this.scheduleCompactionIfDue();
    }
    this.committing = false;
  }

  private runAfterCommitCallbacks(): void {
    const due = this.afterCommitCallbacks.filter((entry) => entry.count <= this.committedCount);
    if (due.length === 0) return;
    this.afterCommitCallbacks.splice(0, due.length);
    for (const entry of due) entry.run();
  }

  private sendToMembers(message: Uint8Array, except: unknown): void {
    for (const member of this.members) {
      if (member !== except) member.send(message);
    }
  }

  private readonly relayPresence = (update: Uint8Array, origin: unknown, local: boolean): void => {
    // Not before the updates applied ahead of it (their commit is under way): a caret must not outrun its text.
    this.afterCommit(() => {
      this.sendToMembers(awarenessUpdateMessage(update), origin);
      if (local) this.options.relay.announcePresence(this.documentId, update);
    });
  };

  private scheduleCompactionIfDue(): void {
    if (this.compactionScheduled || this.storedUpdateCount < this.options.compactAfterUpdates) return;
    this.compactionScheduled = true;
    // Outside the commit, so a burst of typing is not slowed by an encode per keystroke.
    setImmediate(() => {
      this.compactionScheduled = false;
      if (this.doc.isDestroyed) return;
      this.compact().catch((error: unknown) => {
        this.options.logger.error('collab.compact.failed', {
          documentId: this.documentId,
          message: error instanceof Error ? error.message : String(error),
        });
      });
    });
  }
}
