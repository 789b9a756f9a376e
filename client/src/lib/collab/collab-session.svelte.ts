import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CloseCode,
  COLLAB_PATH,
  FINAL_CLOSE_CODES,
  MessageType,
} from '../../../../shared/collab/protocol.ts';
import { localCopyName, requestPersistentStorage } from '../offline/local-copies.ts';
import { encodeDurabilityCheck, readDurabilityAck } from './durability-message.ts';
import { SaveTracker, type SaveStatus } from './save-tracker.ts';

export interface CollabUser {
  name: string;
  color: string;
}

export interface Peer extends CollabUser {
  clientId: number;
  isSelf: boolean;
}

export interface CollabSessionOptions {
  documentId: string;
  /** The signed-in person: the browser's copy of the document is theirs alone. */
  userId: string;
  user: CollabUser;
  /** ws(s)://host of the sync server; defaults to the page's own origin. */
  wsOrigin?: string;
}

/** ws(s) origin matching the page, so the same build works behind any host or TLS proxy. */
export function pageWsOrigin(location: Location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`;
}

/**
 * One open document: its Y.Doc, the local IndexedDB copy (so unsaved edits survive closing
 * the tab while offline), the y-websocket connection, and what to tell the user about it.
 */
export class CollabSession {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  status = $state<SaveStatus>({ kind: 'connecting' });
  peers = $state<Peer[]>([]);
  /** True once the local copy (or an empty one) is loaded, so the editor can mount. */
  ready = $state(false);
  /**
   * Bumped each time the server closes with accessChanged (the user's access changed): the provider
   * reconnects by itself to be re-authorized, and the page refetches what the user may do.
   */
  accessChanges = $state(0);
  private accessChangeCount = 0;

  private readonly persistence: IndexeddbPersistence;
  private readonly tracker: SaveTracker;
  private readonly cleanups: (() => void)[] = [];

  constructor(options: CollabSessionOptions) {
    const origin = options.wsOrigin ?? pageWsOrigin(window.location);
    this.provider = new WebsocketProvider(origin + COLLAB_PATH, options.documentId, this.ydoc, {
      connect: false,
      // y-websocket's default treats all of 4400-4499 as final; Cadre's server uses some of
      // that range (rate limit, access changed) for conditions a reconnect does fix.
      shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code),
    });
    // Tabs of one person on one document exchange changes directly, also offline; a channel
    // per person, like the local copy, so another account's tab never receives them.
    this.provider.bcChannel = `${origin}${COLLAB_PATH}/${options.documentId}#${options.userId}`;
    this.persistence = new IndexeddbPersistence(localCopyName(options.userId, options.documentId), this.ydoc);
    this.tracker = new SaveTracker({
      online: navigator.onLine,
      sendCheck: (nonce) => this.sendCheck(nonce),
      schedule: (callback, delay) => {
        const id = setTimeout(callback, delay);
        return () => clearTimeout(id);
      },
    });
    this.cleanups.push(this.tracker.onChange((status) => (this.status = status)));
    this.wireProvider();
    this.wireDoc();
    this.wireAwareness(options.user);
    this.wireBrowser();

    // Connect after the local copy is loaded, so offline edits go out in the first sync
    // instead of as a second wave; connect anyway if IndexedDB is unavailable.
    const start = (stored: boolean) => {
      if (this.destroyed) return;
      this.tracker.localCopyChanged(stored);
      if (stored) requestPersistentStorage();
      this.ready = true;
      this.provider.connect();
    };
    this.persistence.whenSynced.then(
      () => start(true),
      () => start(false),
    );
  }

  private destroyed = false;

  /** Changes not yet acknowledged by the server (reactive: follows `status`). */
  get hasUnsavedChanges(): boolean {
    void this.status;
    return this.tracker.hasUnsavedChanges;
  }

  setUser(user: CollabUser): void {
    this.provider.awareness.setLocalStateField('user', user);
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.tracker.destroy();
    this.provider.destroy();
    void this.persistence.destroy();
    this.ydoc.destroy();
  }

  private sendCheck(nonce: number): boolean {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(encodeDurabilityCheck(nonce));
    return true;
  }

  private wireProvider(): void {
    const { provider, tracker } = this;
    provider.messageHandlers[MessageType.durabilityCheck] = (_encoder, decoder) => {
      tracker.acknowledged(readDurabilityAck(decoder));
    };
    const onStatus = ({ status }: { status: string }) =>
      tracker.connectionChanged(status === 'connected');
    const onSync = (synced: boolean) => tracker.syncChanged(synced);
    const onClosed = ({ code }: { code: number }) => {
      if (code === CloseCode.accessChanged) this.accessChanges = ++this.accessChangeCount;
      if (!FINAL_CLOSE_CODES.has(code)) return;
      provider.shouldConnect = false;
      tracker.closed(code);
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    this.cleanups.push(() => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
    });
  }

  private wireDoc(): void {
    // Anything not received from the server is ours to save: typing, undo, and edits
    // restored from IndexedDB that the server may not have yet.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider) this.tracker.localChange();
    };
    this.ydoc.on('update', onUpdate);
    this.cleanups.push(() => this.ydoc.off('update', onUpdate));
  }

  private wireAwareness(user: CollabUser): void {
    const awareness = this.provider.awareness;
    awareness.setLocalStateField('user', user);
    const refresh = () => {
      const peers: Peer[] = [];
      for (const [clientId, state] of awareness.getStates()) {
        const peerUser: unknown = state['user'];
        if (!isCollabUser(peerUser)) continue;
        peers.push({ ...peerUser, clientId, isSelf: clientId === this.ydoc.clientID });
      }
      peers.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
      this.peers = peers;
    };
    awareness.on('change', refresh);
    refresh();
    this.cleanups.push(() => awareness.off('change', refresh));
  }

  private wireBrowser(): void {
    const onOnline = () => {
      this.tracker.onlineChanged(true);
      // Skip the backoff wait: the network is back, try now.
      if (this.provider.shouldConnect && !this.provider.wsconnected) this.provider.connect();
    };
    const onOffline = () => this.tracker.onlineChanged(false);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    this.cleanups.push(() => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    });
  }
}

function isCollabUser(value: unknown): value is CollabUser {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['name'] === 'string' && typeof candidate['color'] === 'string';
}
