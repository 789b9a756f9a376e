import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, MessageType } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { connectClient, documentText, paragraphText, openRawSocket, waitSynced, type SyncClient } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { documentIdFromUrl } from './sync-server.ts';
import { contract } from '../../shared/api/index.ts';

const MAX_MESSAGE_BYTES = 64 * 1024;

let server: CadreServer;
let editorCookie: string;
let observerCookie: string;
let victimDoc: string;
let bystanderDoc: string;
const clients: SyncClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ maxMessageBytes: MAX_MESSAGE_BYTES });
  const seeded = await seedWorkspace(server.url);
  editorCookie = seeded.facilitator.cookie;
  observerCookie = (await addMember(server, seeded.workspaceId, 'observer')).client.cookie;
  victimDoc = seeded.documentId;
  bystanderDoc = (
    await seeded.facilitator.call(contract.documents.create, { params: { id: seeded.workspaceId }, body: {
      title: 'Another room',
    } })
  ).id;
  const seed = connect(victimDoc, editorCookie);
  await waitSynced(seed);
  paragraphText(seed.doc).insert(0, 'original text');
});

afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server.close();
});

function connect(documentId: string, cookie: string) {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  return client;
}

function message(...parts: Array<(encoder: encoding.Encoder) => void>): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const write of parts) write(encoder);
  return encoding.toUint8Array(encoder);
}

function validUpdateMessage(text: string): Uint8Array {
  const doc = new Y.Doc();
  paragraphText(doc).insert(0, text);
  return message(
    (e) => encoding.writeVarUint(e, MessageType.sync),
    (e) => encoding.writeVarUint(e, 2),
    (e) => encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(doc)),
  );
}

async function sendAndExpectClose(payload: Uint8Array | string, expectedCode: number, cookie = editorCookie) {
  const raw = await openRawSocket(server.url, victimDoc, cookie);
  raw.socket.send(payload);
  const { code } = await raw.closed;
  expect(code).toBe(expectedCode);
}

/** After each bad message: the attacked room is intact and another room still works. */
async function expectServerStillServing() {
  const reader = connect(victimDoc, editorCookie);
  const alice = connect(bystanderDoc, editorCookie);
  const bob = connect(bystanderDoc, editorCookie);
  await Promise.all([waitSynced(reader), waitSynced(alice), waitSynced(bob)]);
  expect(documentText(reader.doc)).toBe('original text');
  const marker = `still alive ${clients.length}`;
  paragraphText(alice.doc).insert(0, marker);
  await waitFor(() => documentText(bob.doc).startsWith(marker), 'the other room to relay');
}

describe('bad input on the sync socket', () => {
  it('survives random bytes, seeded, without affecting anyone else', async () => {
    const random = prng.create(42);
    for (let round = 0; round < 20; round++) {
      const raw = await openRawSocket(server.url, victimDoc, observerCookie);
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
    await sendAndExpectClose(validUpdateMessage('sneaky edit'), CloseCode.forbidden, observerCookie);
    await expectServerStillServing();
  });

  it('lets a read-only stock client sync and read without being closed', async () => {
    const reader = connect(victimDoc, observerCookie);
    await waitSynced(reader);
    expect(documentText(reader.doc)).toBe('original text');
    expect(reader.provider.wsconnected).toBe(true);
  });

  it('answers a durability check with the same nonce', async () => {
    const raw = await openRawSocket(server.url, victimDoc, editorCookie);
    const check = message((e) => encoding.writeVarUint(e, MessageType.durabilityCheck), (e) => encoding.writeVarUint(e, 4242));
    raw.socket.send(check);
    await waitFor(() => raw.received.some((m) => Buffer.from(m).equals(Buffer.from(check))), 'the acknowledgement');
    raw.socket.close();
  });

  it('denies unknown documents, missing sessions and foreign origins', async () => {
    const unknown = await openRawSocket(server.url, 'AAAAAAAAAAAAAAAAAAAAAA', editorCookie);
    expect((await unknown.closed).code).toBe(CloseCode.notFound);
    const anonymous = await openRawSocket(server.url, victimDoc, '');
    expect((await anonymous.closed).code).toBe(CloseCode.unauthenticated);
    await expect(openRawSocket(server.url, victimDoc, editorCookie, 'https://evil.example')).rejects.toThrow(/403/);
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
