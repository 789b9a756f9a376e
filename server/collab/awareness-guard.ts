import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a connection is, as presence shows it: always the server's account data. */
export type PresenceIdentity = { id: string; name: string; color: string };

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
 * Checks a connection's awareness update and re-encodes what is new in it with the server's
 * identity in `user`, so nobody can appear under someone else's name, take over another
 * connection's presence, or make the room hold more than a few bounded states per connection.
 * Undefined when nothing in it is new.
 */
export function guardAwareness(update: Uint8Array, context: AwarenessGuardContext): Uint8Array | undefined {
  const { bounds, controlled } = context;
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const accepted: Array<{ clientId: number; clock: number; state: string }> = [];
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
    accepted.push({ clientId, clock, state: JSON.stringify(withIdentity(JSON.parse(json) as unknown, context.identity)) });
  }
  if (accepted.length === 0) return undefined;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, accepted.length);
  for (const { clientId, clock, state } of accepted) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}

function withIdentity(state: unknown, identity: PresenceIdentity): unknown {
  if (state === null) return null; // the client leaves
  if (typeof state !== 'object' || Array.isArray(state)) throw new AwarenessRefusal('forbidden', 'presence state must be an object');
  return { ...state, user: { name: identity.name, color: identity.color, id: identity.id } };
}
