import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { COLLAB_PATH, DOC_CONTENT_FIELD, MessageType } from '../../shared/collab/protocol.ts';
import { waitFor } from './test-server.ts';

/** A `ws` WebSocket that sends a session cookie, as a browser would. */
function socketClassWithCookie(cookie: string) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };
}

/** A stock y-websocket client, exactly as a third-party integrator would connect. */
export function connectClient(baseUrl: string, documentId: string, cookie: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}`, documentId, doc, {
    WebSocketPolyfill: socketClassWithCookie(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider };
}

export type SyncClient = ReturnType<typeof connectClient>;

export const waitSynced = (client: SyncClient, timeoutMs?: number) =>
  waitFor(() => client.provider.synced, 'client to sync', timeoutMs);

/** Resolves once the server confirms that everything this client sent so far is durable. */
export function confirmDurable(client: SyncClient, nonce: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = client.provider.ws;
    if (!socket) return reject(new Error('client is not connected'));
    client.provider.messageHandlers[MessageType.durabilityCheck] = (_encoder, decoder) => {
      if (decoding.readVarUint(decoder) === nonce) resolve();
    };
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.durabilityCheck);
    encoding.writeVarUint(encoder, nonce);
    socket.send(encoding.toUint8Array(encoder));
  });
}

/**
 * A raw WebSocket to the sync endpoint, for sending hand-crafted bytes; resolves once open and
 * records the close code.
 */
export async function openRawSocket(baseUrl: string, documentId: string, cookie: string, origin?: string) {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${COLLAB_PATH}/${documentId}`, {
    headers: { cookie, ...(origin ? { origin } : {}) },
  });
  const received: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
  socket.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, received, closed };
}

/**
 * The text that tests type into: the first paragraph of the policy content, created when the
 * document is empty. The sync server accepts only what the editor's schema allows, so tests
 * write documents the way the editor does.
 */
export function paragraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment(DOC_CONTENT_FIELD);
  const first = fragment.get(0);
  if (first instanceof Y.XmlElement && first.get(0) instanceof Y.XmlText) return first.get(0) as Y.XmlText;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText()]);
  fragment.insert(0, [paragraph]);
  return paragraph.get(0) as Y.XmlText;
}

/** All text of a document's content, in order (concurrent first paragraphs included). */
export function documentText(doc: Y.Doc): string {
  const texts = doc.getXmlFragment(DOC_CONTENT_FIELD).createTreeWalker((node) => node instanceof Y.XmlText);
  return [...texts].map((text) => text.toString()).join('');
}

/** Types a letter at the end of the client's text every `everyMs`, as a person typing on; returns the stop. */
export function typeContinuously(client: SyncClient, everyMs = 1): () => void {
  let typed = 0;
  const typing = setInterval(() => {
    const text = paragraphText(client.doc);
    text.insert(text.length, String.fromCharCode(97 + (typed++ % 26)));
  }, everyMs);
  return () => clearInterval(typing);
}
