import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MessageType } from '../../shared/collab/protocol.ts';
import { encodePresence, presenceIdentity, type PresenceEntry } from './awareness-guard.ts';
import { awarenessUpdateMessage, updateMessage } from './messages.ts';

/** The frames as lib0's encoder writes them, which every y-websocket client reads. */
function lib0Frame(type: number, subtype: number | undefined, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (subtype !== undefined) encoding.writeVarUint(encoder, subtype);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const payloads = [0, 1, 127, 128, 300, 16_383, 16_384, 70_000].map((size) => Uint8Array.from({ length: size }, (_, i) => i % 251));

describe('frames written in one buffer', () => {
  it.each(payloads.map((payload) => [payload.byteLength, payload] as const))('match lib0 for a %i-byte payload', (_, payload) => {
    expect(updateMessage(payload)).toEqual(lib0Frame(MessageType.sync, syncProtocol.messageYjsUpdate, payload));
    expect(awarenessUpdateMessage(payload)).toEqual(lib0Frame(MessageType.awareness, undefined, payload));
  });

  it('encode presence as the awareness library does, multi-byte text and large ids included', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState(null);
    const user = presenceIdentity('Aïcha Ndiaye — محرّرة', '#a1b2c3');
    const states: Array<{ clientId: number; clock: number; state: Record<string, unknown> | null }> = [
      { clientId: 2 ** 31 + 5, clock: 200, state: { cursor: { anchor: 'x'.repeat(200) }, user } },
      { clientId: 7, clock: 1, state: { user } },
      { clientId: 300, clock: 70_000, state: null },
    ];
    const entries: PresenceEntry[] = states.map((entry) => ({ ...entry, json: JSON.stringify(entry.state), restamped: false }));
    for (const { clientId, clock, state } of states) {
      awareness.meta.set(clientId, { clock, lastUpdated: 0 });
      if (state !== null) awareness.states.set(clientId, state);
    }
    expect(new Uint8Array(encodePresence(entries))).toEqual(encodeAwarenessUpdate(awareness, states.map((entry) => entry.clientId)));
  });
});
