import * as decoding from 'lib0/decoding';

/**
 * The server stamps each person's presence with the caret colour it assigns (distinct within
 * the document, so possibly not the one the client proposed) and relays it to the others. A
 * client that proposed another colour is sent its own stamped presence once
 * (`server/collab/connection.ts`): that is how it learns its colour.
 */

/** The colour in `clientId`'s state, if this awareness update carries it. */
export function colorGivenTo(update: Uint8Array, clientId: number): string | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let index = 0; index < count; index++) {
    const id = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // clock
    const json = decoding.readVarString(decoder);
    if (id !== clientId) continue;
    const state: unknown = JSON.parse(json);
    const user = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['user'] : undefined;
    const color = typeof user === 'object' && user !== null ? (user as Record<string, unknown>)['color'] : undefined;
    return typeof color === 'string' ? color : null;
  }
  return null;
}
