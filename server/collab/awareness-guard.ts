import * as decoding from 'lib0/decoding';
import { varUintLength, writeVarUint } from './messages.ts';

/** Who a connection is, as presence shows it: always the server's account data. */
export type PresenceIdentity = { readonly name: string; readonly color: string };

/** A connection's identity made once, frozen: every presence state of the connection shares it. */
export function presenceIdentity(name: string, color: string): PresenceIdentity {
  return Object.freeze({ name, color });
}

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

/**
 * One client's presence as accepted: null when the client leaves. `json` is the state as
 * relayed (identity included), serialized once here so relaying it encodes nothing again.
 * `restamped`: the client claimed another name or colour than the server's, which it learns
 * only if told (`CollabConnection` sends it its state as others see it).
 */
export type PresenceEntry = { clientId: number; clock: number; state: Record<string, unknown> | null; json: string; restamped: boolean };

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
    const claimed: unknown = JSON.parse(json);
    const state = withIdentity(claimed, context.identity);
    const restamped = state !== null && !claimsIdentity(claimed as Record<string, unknown>, context.identity);
    accepted.push({ clientId, clock, state, json: state === null ? 'null' : JSON.stringify(state), restamped });
  }
  return accepted;
}

function claimsIdentity(state: Record<string, unknown>, identity: PresenceIdentity): boolean {
  const user = state['user'];
  return typeof user === 'object' && user !== null && 'name' in user && user.name === identity.name && 'color' in user && user.color === identity.color;
}

function withIdentity(state: unknown, identity: PresenceIdentity): Record<string, unknown> | null {
  if (state === null) return null; // the client leaves
  if (typeof state !== 'object' || Array.isArray(state)) throw new AwarenessRefusal('forbidden', 'presence state must be an object');
  return { ...state, user: identity };
}

/**
 * Accepted presence as an awareness update (y-protocols' encoding: count, then client id, clock
 * and JSON of each), from the JSON made once, into one buffer of its exact size.
 */
export function encodePresence(entries: readonly PresenceEntry[]): Uint8Array {
  const jsonBytes = entries.map(({ json }) => Buffer.byteLength(json));
  let size = varUintLength(entries.length);
  entries.forEach(({ clientId, clock }, index) => {
    const bytes = jsonBytes[index] ?? 0;
    size += varUintLength(clientId) + varUintLength(clock) + varUintLength(bytes) + bytes;
  });
  const update = Buffer.alloc(size);
  let offset = writeVarUint(update, 0, entries.length);
  entries.forEach(({ clientId, clock, json }, index) => {
    offset = writeVarUint(update, offset, clientId);
    offset = writeVarUint(update, offset, clock);
    offset = writeVarUint(update, offset, jsonBytes[index] ?? 0);
    offset += update.write(json, offset, 'utf8');
  });
  return update;
}
