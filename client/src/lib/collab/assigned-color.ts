import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../../../../shared/collab/protocol.ts';

/**
 * The server stamps each person's presence with the caret colour it assigns (distinct within
 * the document, so possibly not their own), and relays it to the others only. Asking it for
 * everyone's presence once ours is in tells us ours as the others see it.
 */
export function presenceQuery(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.queryAwareness);
  return encoding.toUint8Array(encoder);
}

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
