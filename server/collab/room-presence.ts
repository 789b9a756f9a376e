import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { encodePresence, type PresenceEntry } from './awareness-guard.ts';

/** Origin of presence relayed from another instance. */
const FROM_RELAY = Symbol('from-relay');

/**
 * How a change of presence leaves the room: `update` is an encoded awareness update, `origin`
 * the member it came from (who does not get it back), `local` false for another instance's.
 */
export type PresenceRelay = (update: Uint8Array, origin: unknown, local: boolean) => void;

/**
 * Who is where in one document: the awareness states of its members' clients, and which member
 * controls each awareness client id (so nobody takes over another person's caret, and a
 * member's carets go when it leaves).
 */
export class RoomPresence<Member> {
  readonly awareness: awarenessProtocol.Awareness;
  /** Each member with the awareness client ids it controls, removed when it leaves. */
  private readonly controlled = new Map<Member, Set<number>>();
  /** The reverse: which member controls an awareness client id. */
  private readonly owners = new Map<number, Member>();

  constructor(
    doc: Y.Doc,
    private readonly relay: PresenceRelay,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  join(member: Member): void {
    this.controlled.set(member, new Set());
  }

  /** Removes the awareness states a member controlled, so its caret disappears. */
  leave(member: Member): void {
    const controlled = this.controlled.get(member);
    this.controlled.delete(member);
    for (const clientId of controlled ?? []) this.owners.delete(clientId);
    if (controlled && controlled.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], member);
  }

  /** The awareness client ids a member controls. */
  of(member: Member): ReadonlySet<number> {
    return this.controlled.get(member) ?? new Set();
  }

  /** The member controlling an awareness client id, if any. */
  ownerOf(clientId: number): Member | undefined {
    return this.owners.get(clientId);
  }

  /**
   * A member's presence, checked and stamped with its identity (awareness-guard.ts): stored,
   * then relayed as encoded once. The awareness library's own path would decode, compare and
   * encode it again, for every caret move.
   */
  update(member: Member, entries: readonly PresenceEntry[]): void {
    const controlled = this.controlled.get(member);
    if (!controlled || entries.length === 0) return;
    const { states, meta } = this.awareness;
    const now = Date.now();
    for (const { clientId, clock, state } of entries) {
      meta.set(clientId, { clock, lastUpdated: now });
      if (state === null) {
        states.delete(clientId);
        controlled.delete(clientId);
        if (this.owners.get(clientId) === member) this.owners.delete(clientId);
        continue;
      }
      states.set(clientId, state);
      const previous = this.owners.get(clientId);
      if (previous !== undefined && previous !== member) this.controlled.get(previous)?.delete(clientId);
      controlled.add(clientId);
      this.owners.set(clientId, member);
    }
    this.relay(encodePresence(entries), member, true);
  }

  /** Presence relayed from another instance's member. */
  receiveRemote(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_RELAY);
  }

  destroy(): void {
    this.awareness.destroy();
  }

  /** Changes made through the awareness library: a member leaving, states timing out, another instance's. */
  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    this.relay(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]), origin, origin !== FROM_RELAY);
  };
}
