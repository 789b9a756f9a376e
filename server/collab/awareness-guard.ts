import * as decoding from 'lib0/decoding';
import { equalityDeep } from 'lib0/function';
import type { Awareness } from 'y-protocols/awareness';

/** Who a connection is, as presence shows it: always the server's account data. */
export type PresenceIdentity = { name: string; color: string };

export type AwarenessBounds = {
  /** Largest presence state of one client id (cursor, selection, name), as JSON. */
  maxStateBytes: number;
  /** Client ids one connection may set presence for (one per editor in the page). */
  maxClientsPerConnection: number;
};

/** Why a presence update was refused, for the close reason and the log. */
export class AwarenessRefusal extends Error {
  constructor(
    readonly code: 'too_large' | 'forbidden',
    message: string,
  ) {
    super(message);
  }
}

export type AwarenessGuardContext = {
  identity: PresenceIdentity;
  bounds: AwarenessBounds;
  /** Client ids this connection controls already. */
  controlled: ReadonlySet<number>;
  /** True when another person's connection in the room controls this client id. */
  controlledByOther(clientId: number): boolean;
  /** The clock of the room's current state for a client id, if it has one. */
  knownClock(clientId: number): number | undefined;
};

/** One client's presence as accepted: null when the client leaves. */
export type PresenceEntry = { clientId: number; clock: number; state: Record<string, unknown> | null };

/**
 * Checks a connection's awareness update and returns what is new in it with the server's
 * identity in `user`, so nobody can appear under someone else's name, take over another
 * connection's presence, or make the room hold more than a few bounded states per connection.
 */
export function guardAwareness(update: Uint8Array, context: AwarenessGuardContext): PresenceEntry[] {
  const { bounds, controlled } = context;
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const accepted: PresenceEntry[] = [];
  let newClients = 0;
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > bounds.maxStateBytes) throw new AwarenessRefusal('too_large', 'presence state too large');
    // Stock clients send back every presence change they receive; such an echo carries no
    // newer clock than the room has, and is dropped rather than taken as a claim.
    const known = context.knownClock(clientId);
    if (known !== undefined && clock <= known) continue;
    if (context.controlledByOther(clientId)) throw new AwarenessRefusal('forbidden', "another person's presence");
    if (!controlled.has(clientId) && controlled.size + ++newClients > bounds.maxClientsPerConnection) {
      throw new AwarenessRefusal('too_large', 'presence for too many clients');
    }
    accepted.push({ clientId, clock, state: withIdentity(JSON.parse(json) as unknown, context.identity) });
  }
  return accepted;
}

function withIdentity(state: unknown, identity: PresenceIdentity): Record<string, unknown> | null {
  if (state === null) return null; // the client leaves
  if (typeof state !== 'object' || Array.isArray(state)) throw new AwarenessRefusal('forbidden', 'presence state must be an object');
  return { ...state, user: { name: identity.name, color: identity.color } };
}

/**
 * `applyAwarenessUpdate` of y-protocols for states already parsed and checked, so each presence
 * message is parsed once; the same events are emitted, so the room relays as before.
 */
export function applyPresence(awareness: Awareness, entries: readonly PresenceEntry[], origin: unknown): void {
  const added: number[] = [];
  const updated: number[] = [];
  const changed: number[] = [];
  const removed: number[] = [];
  const now = Date.now();
  for (const { clientId, clock, state } of entries) {
    const meta = awareness.meta.get(clientId);
    const previous = awareness.states.get(clientId);
    if (state === null) awareness.states.delete(clientId);
    else awareness.states.set(clientId, state);
    awareness.meta.set(clientId, { clock, lastUpdated: now });
    if (meta === undefined && state !== null) added.push(clientId);
    else if (meta !== undefined && state === null) removed.push(clientId);
    else if (state !== null) {
      if (!equalityDeep(state, previous)) changed.push(clientId);
      updated.push(clientId);
    }
  }
  if (added.length > 0 || changed.length > 0 || removed.length > 0) awareness.emit('change', [{ added, updated: changed, removed }, origin]);
  if (added.length > 0 || updated.length > 0 || removed.length > 0) awareness.emit('update', [{ added, updated, removed }, origin]);
}
