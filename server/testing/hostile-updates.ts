import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD, MessageType } from '../../shared/collab/protocol.ts';

/**
 * Sync messages an attacker crafts by hand: small on the wire, huge once decoded. Built byte by
 * byte (Yjs update format v1) so the test process does not pay what the server would.
 */

const ITEM_WITH_ORIGIN = 0b1000_0000;
const CONTENT_STRING = 4;
const CONTENT_TYPE = 7;
const XML_TEXT_REF = 6;

/**
 * One text type under the document root and `count` one-letter items. Each letter names the one
 * two places back as its left origin, so Yjs cannot merge neighbours into one struct.
 */
export function manyTinyItemsUpdate(count: number, client = 7, firstClock = 0): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, count + 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, firstClock);
  // The text type, straight under the root fragment.
  encoding.writeUint8(encoder, CONTENT_TYPE);
  encoding.writeVarUint(encoder, 1); // parent is a root type, by name
  encoding.writeVarString(encoder, DOC_CONTENT_FIELD);
  encoding.writeVarUint(encoder, XML_TEXT_REF);
  // Its first letter names the text as parent; the others are placed by their origin.
  encoding.writeUint8(encoder, CONTENT_STRING);
  encoding.writeVarUint(encoder, 0); // parent is an item, by id
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, firstClock);
  encoding.writeVarString(encoder, 'a');
  for (let i = 1; i < count; i++) {
    encoding.writeUint8(encoder, CONTENT_STRING | ITEM_WITH_ORIGIN);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, firstClock + Math.max(1, i - 1));
    encoding.writeVarString(encoder, 'a');
  }
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/** A long list of tiny values in one struct of a shared array. */
export function tinyValuesUpdate(count: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getArray('values').insert(0, new Array<number>(count).fill(0));
  return Y.encodeStateAsUpdate(doc);
}

/** A sync-protocol message (sync step 2) carrying `update`. */
export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
