/**
 * One benchmark client = one Y.Doc + awareness + provider: the y-websocket WebsocketProvider as
 * Cadre's browser sets it up (sending only its own presence), the stock one for the reference
 * server, or HocuspocusProvider (Hocuspocus speaks its own framing, so it needs its own client —
 * that is part of what is being compared).
 */
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { sendOwnPresenceOnly } from '../../shared/collab/own-presence-only.ts';
import { MessageType } from '../../shared/collab/protocol.ts';

export type ClientKind = 'cadre' | 'y-websocket' | 'hocuspocus';

export interface BenchClient {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  /** Resolves once the first sync with the server completed. */
  readonly synced: Promise<void>;
  /**
   * Sends Cadre's `[100, nonce]` durability check; returns false when not connected.
   * Only meaningful against our server (others would reject the unknown message type).
   */
  sendDurabilityCheck(nonce: number): boolean;
  /** Bytes received on the socket (for load-time measurements). */
  bytesReceived(): number;
  /** Times the connection dropped after being established (rate limits, server errors). */
  disconnects(): number;
  destroy(): void;
}

export interface ConnectOptions {
  kind: ClientKind;
  /** y-websocket: server URL prefix (room appended as `/<room>`); hocuspocus: socket URL. */
  url: string;
  room: string;
  /** Called with the nonce when our server confirms durability. */
  onDurableAck?: (nonce: number) => void;
  doc?: Y.Doc;
  cookie?: string;
}

/**
 * Clients offer permessage-deflate like browsers do (ws' default); BENCH_CLIENT_DEFLATE=0
 * turns the offer off, to isolate what compression costs a server that accepts it. A session
 * cookie, when the server has accounts, is sent with the upgrade like a browser would.
 */
const DEFLATE = process.env.BENCH_CLIENT_DEFLATE !== '0';
const socketClasses = new Map<string, typeof globalThis.WebSocket>();
function socketClass(cookie: string | undefined): typeof globalThis.WebSocket {
  const key = cookie ?? '';
  let cls = socketClasses.get(key);
  if (!cls) {
    class BenchWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { perMessageDeflate: DEFLATE, headers: cookie ? { cookie } : {} });
      }
    }
    // `ws` is API-compatible with the browser WebSocket the providers expect.
    cls = BenchWebSocket as unknown as typeof globalThis.WebSocket;
    socketClasses.set(key, cls);
  }
  return cls;
}

export function connectClient(opts: ConnectOptions): BenchClient {
  const doc = opts.doc ?? new Y.Doc();
  const awareness = new Awareness(doc);
  return opts.kind === 'hocuspocus' ? hocuspocusClient(opts, doc, awareness) : ywsClient(opts, doc, awareness);
}

function ywsClient(opts: ConnectOptions, doc: Y.Doc, awareness: Awareness): BenchClient {
  let received = 0;
  const provider = new WebsocketProvider(opts.url, opts.room, doc, {
    awareness,
    WebSocketPolyfill: socketClass(opts.cookie),
    // One process hosts every client; BroadcastChannel would short-circuit the server.
    disableBc: true,
  });
  if (opts.kind === 'cadre') sendOwnPresenceOnly(provider);
  provider.messageHandlers[MessageType.durabilityCheck] = (_enc, decoder) => {
    opts.onDurableAck?.(decoding.readVarUint(decoder));
  };
  // Count bytes per socket; the provider replaces `ws` on reconnect, so hook each new one.
  const hook = (): void => {
    provider.ws?.addEventListener('message', (ev: MessageEvent) => {
      const data: unknown = ev.data;
      if (data instanceof ArrayBuffer) received += data.byteLength;
      else if (ArrayBuffer.isView(data)) received += data.byteLength;
    });
  };
  hook();
  let drops = 0;
  provider.on('status', ({ status }) => {
    if (status === 'connecting') hook();
    if (status === 'disconnected') drops++;
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    const onSync = (isSynced: boolean): void => {
      if (isSynced) { provider.off('sync', onSync); resolve(); }
    };
    provider.on('sync', onSync);
  });
  return {
    doc, awareness, synced,
    sendDurabilityCheck(nonce) {
      const ws = provider.ws;
      if (!ws || ws.readyState !== 1 || !provider.wsconnected) return false;
      const enc = encoding.createEncoder();
      encoding.writeVarUint(enc, MessageType.durabilityCheck);
      encoding.writeVarUint(enc, nonce);
      ws.send(encoding.toUint8Array(enc));
      return true;
    },
    bytesReceived: () => received,
    disconnects: () => drops,
    destroy() {
      provider.destroy();
      awareness.destroy();
      doc.destroy();
    },
  };
}

function hocuspocusClient(opts: ConnectOptions, doc: Y.Doc, awareness: Awareness): BenchClient {
  let received = 0;
  let drops = 0;
  let resolveSynced: () => void = () => undefined;
  const synced = new Promise<void>((r) => { resolveSynced = r; });
  // One socket per client (no multiplexing), like one browser tab per user.
  const socket = new HocuspocusProviderWebsocket({ url: opts.url, WebSocketPolyfill: socketClass(opts.cookie) });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: opts.room,
    document: doc,
    awareness,
    onSynced: () => resolveSynced(),
    onDisconnect: () => { drops++; },
    onMessage: ({ event }) => {
      const data: unknown = event.data;
      if (data instanceof ArrayBuffer) received += data.byteLength;
      else if (ArrayBuffer.isView(data)) received += data.byteLength;
    },
  });
  // With an explicit websocketProvider the provider does not attach itself.
  provider.attach();
  return {
    doc, awareness, synced,
    sendDurabilityCheck: () => false,
    bytesReceived: () => received,
    disconnects: () => drops,
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
