import type { IncomingMessage } from 'node:http';
import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { connectClient, openRawSocket, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { createDocument, startTestServer, waitFor } from '../testing/test-server.ts';
import { documentIdFromUrl } from './sync-server.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;

// Connections whose URL asks `?as=reader` are read-only: a stand-in for a role without edit rights.
const accessLevel = (request: IncomingMessage) => (request.url?.includes('as=reader') ? 'read' : 'edit');

let server: CadreServer;
let victimDoc: string;
let bystanderDoc: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ maxMessageBytes: MAX_MESSAGE_BYTES, accessLevel });
  victimDoc = await createDocument(server.url, 'Target of bad input');
  bystanderDoc = await createDocument(server.url, 'Another room');
  const seed = connectClient(server.url, victimDoc);
  clients.push(seed);
  await waitSynced(seed);
  seed.doc.getText('t').insert(0, 'original text');
});

afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server.close();
});

function message(...parts: Array<(encoder: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const write of parts) write(encoder);
  return encoding.toUint8Array(encoder);
}

function validUpdateMessage(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  return message(
    (e) => encoding.writeVarUint(e, MessageType.sync),
    (e) => encoding.writeVarUint(e, 2),
    (e) => encoding.writeVarUint8Array(e, update),
  );
}

async function sendAndExpectClose(payload: Uint8Array | string, expectedCode: number, query = '') {
  const raw = await openRawSocket(server.url, victimDoc + query);
  raw.socket.send(payload);
  const { code } = await raw.closed;
  expect(code).toBe(expectedCode);
}

/** After each bad message: the attacked room is intact and another room still works. */
async function expectServerStillServing() {
  const reader = connectClient(server.url, victimDoc);
  const alice = connectClient(server.url, bystanderDoc);
  const bob = connectClient(server.url, bystanderDoc);
  clients.push(reader, alice, bob);
  await Promise.all([waitSynced(reader), waitSynced(alice), waitSynced(bob)]);
  expect(reader.doc.getText('t').toString()).toBe('original text');
  const marker = `still alive ${clients.length}`;
  alice.doc.getText('t').insert(0, marker);
  await waitFor(() => bob.doc.getText('t').toString().startsWith(marker), 'the other room to relay');
}

describe('bad input on the sync socket', () => {
  it('closes on random bytes, seeded, without affecting anyone else', async () => {
    const random = prng.create(42);
    for (let round = 0; round < 20; round++) {
      const raw = await openRawSocket(server.url, victimDoc);
      // Message types 0..3 and 100 are valid; random bytes that happen to start with one are
      // still expected to be refused or be harmless, so only the outcome for others is checked.
      raw.socket.send(prng.uint8Array(random, prng.uint32(random, 1, 300)));
      raw.socket.close();
      await raw.closed;
    }
    await expectServerStillServing();
  });

  it('closes on a truncated update with the malformed-message code', async () => {
    const valid = validUpdateMessage('injected text');
    await sendAndExpectClose(valid.slice(0, valid.length - 4), CloseCode.malformedMessage);
    await expectServerStillServing();
  });

  it('closes on an unknown message type and on text frames', async () => {
    await sendAndExpectClose(message((e) => encoding.writeVarUint(e, 77)), CloseCode.malformedMessage);
    await sendAndExpectClose('hello', CloseCode.malformedMessage);
    await expectServerStillServing();
  });

  it('closes an oversized message with 1009 before reading it', async () => {
    await sendAndExpectClose(new Uint8Array(MAX_MESSAGE_BYTES + 1), CloseCode.messageTooBig);
    await expectServerStillServing();
  });

  it('refuses a read-only connection’s content update and nobody sees it', async () => {
    await sendAndExpectClose(validUpdateMessage('sneaky edit'), CloseCode.forbidden, '?as=reader');
    await expectServerStillServing();
  });

  it('lets a read-only stock client sync and read without being closed', async () => {
    const reader = connectClient(server.url, victimDoc, { params: { as: 'reader' } });
    clients.push(reader);
    await waitSynced(reader);
    expect(reader.doc.getText('t').toString()).toBe('original text');
    expect(reader.provider.wsconnected).toBe(true);
  });

  it('answers a durability check with the same nonce', async () => {
    const raw = await openRawSocket(server.url, victimDoc);
    raw.socket.send(message((e) => encoding.writeVarUint(e, MessageType.durabilityCheck), (e) => encoding.writeVarUint(e, 4242)));
    const expected = message((e) => encoding.writeVarUint(e, MessageType.durabilityCheck), (e) => encoding.writeVarUint(e, 4242));
    await waitFor(() => raw.received.some((m) => Buffer.from(m).equals(Buffer.from(expected))), 'the acknowledgement');
    raw.socket.close();
  });

  it('denies unknown documents with the not-found close code', async () => {
    const raw = await openRawSocket(server.url, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect((await raw.closed).code).toBe(CloseCode.notFound);
  });
});

describe('documentIdFromUrl', () => {
  it.each([
    ['/collab/abcdefgh12', 'abcdefgh12'],
    ['/collab/abcdefgh12?x=1', 'abcdefgh12'],
    ['/collab/../etc/passwd', undefined],
    ['/collab/', undefined],
    ['/other/abcdefgh12', undefined],
  ])('%s → %s', (url, expected) => {
    expect(documentIdFromUrl(url)).toBe(expected);
  });
});
