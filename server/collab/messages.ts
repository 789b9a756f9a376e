import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { MessageType } from '../../shared/collab/protocol.ts';

/** Encoders for the messages the server sends; one place so the wire format stays consistent. */

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Every committed update is framed once for all its recipients: one allocation of its exact size. */
export function updateMessage(update: Uint8Array): Uint8Array {
  return framed(MessageType.sync, syncProtocol.messageYjsUpdate, update);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return awarenessUpdateMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

/** An encoded awareness update (as relayed between instances) as a message to clients. */
export function awarenessUpdateMessage(update: Uint8Array): Uint8Array {
  return framed(MessageType.awareness, undefined, update);
}

export function durabilityAckMessage(nonce: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.durabilityCheck);
  encoding.writeVarUint(encoder, nonce);
  return encoding.toUint8Array(encoder);
}

/**
 * `type [subtype] length payload`, as lib0 writes it, into one buffer of the exact size (lib0's
 * encoder starts small and copies its chunks together at the end: three allocations per frame
 * on the relay path of every keystroke and caret move).
 */
function framed(type: number, subtype: number | undefined, payload: Uint8Array): Uint8Array {
  const headers = subtype === undefined ? [type, payload.byteLength] : [type, subtype, payload.byteLength];
  const frame = new Uint8Array(headers.reduce((size, value) => size + varUintLength(value), payload.byteLength));
  let offset = 0;
  for (const value of headers) offset = writeVarUint(frame, offset, value);
  frame.set(payload, offset);
  return frame;
}

/** Bytes of an unsigned integer in lib0's variable-length encoding (7 bits a byte). */
export function varUintLength(value: number): number {
  let length = 1;
  for (let rest = value; rest > 0x7f; rest = Math.floor(rest / 128)) length++;
  return length;
}

/** Writes an unsigned integer as lib0 does at `offset`; returns the offset after it. */
export function writeVarUint(target: Uint8Array, offset: number, value: number): number {
  let at = offset;
  let rest = value;
  while (rest > 0x7f) {
    target[at++] = 0x80 | (rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  target[at++] = rest;
  return at;
}
