import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from '../../../../shared/collab/protocol.ts';

/** `[varUint durabilityCheck, varUint nonce]`, the only message Cadre adds to y-websocket. */
export function encodeDurabilityCheck(nonce: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.durabilityCheck);
  encoding.writeVarUint(encoder, nonce);
  return encoding.toUint8Array(encoder);
}

/** Reads the nonce of an answer whose message type has already been consumed. */
export function readDurabilityAck(decoder: decoding.Decoder): number {
  return decoding.readVarUint(decoder);
}
