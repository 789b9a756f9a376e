import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { applyAwarenessUpdate } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CloseCode,
  COLLAB_PATH,
  FINAL_CLOSE_CODES,
  MessageType,
  pauseAfterRateLimit,
} from '../../../../shared/collab/protocol.ts';
import { sendOwnPresenceOnly } from '../../../../shared/collab/own-presence-only.ts';
import { localCopyName } from '../offline/copy-names.ts';
import { requestPersistentStorage } from '../offline/local-copies.ts';
import { ServerCopyMark } from '../offline/server-copy-mark.ts';
import { colorGivenTo } from './assigned-color.ts';
import { encodeDurabilityCheck, readDurabilityAck } from './durability-message.ts';
import { SaveTracker, type SaveStatus } from './save-tracker.ts';
import { readServerCopy } from './server-copy.ts';
import { greetTabsWithStateVectorOnly } from './tab-greeting.ts';
import { applyWholeDocument } from './whole-document.ts';

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
  private readonly mark: ServerCopyMark;
  private readonly cleanups: (() => void)[] = [];
  private user: CollabUser;

  constructor(options: CollabSessionOptions) {
    this.user = options.user;
    const origin = options.wsOrigin ?? pageWsOrigin(window.location);
    this.provider = new WebsocketProvider(origin + COLLAB_PATH, options.documentId, this.ydoc, {
      connect: false,
      // y-websocket's default treats all of 4400-4499 as final; Cadre's server uses some of
      // that range (access changed) for conditions a reconnect does fix. After a rate limit the
      // session reconnects itself, once a pause has let the budget refill (see wireProvider).
      shouldReconnect: (event) => !FINAL_CLOSE_CODES.has(event.code) && event.code !== CloseCode.rateLimited,
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
    this.mark = new ServerCopyMark(this.persistence, this.ydoc, () => !this.tracker.hasUnsavedChanges);
    this.cleanups.push(
      this.tracker.onChange((status) => {
        this.status = status;
        if (status.kind === 'saved') this.mark.onServer();
        if (status.kind === 'savedLocally') this.mark.unsent(status.changes);
      }),
    );
    this.wireProvider();
    this.wireDoc();
    this.wireAwareness();
    this.wireBrowser();

    // Connect after the local copy is loaded, so offline edits go out in the first sync
    // instead of as a second wave; connect anyway if IndexedDB is unavailable. Without a copy
    // (the first visit on this device), the editor waits for the server's text, read over HTTP
    // beside the page's code, rather than showing an empty document the text then fills; the
    // socket's first sync then sends only what changed since.
    const start = async (stored: boolean) => {
      const unsent = stored ? await this.mark.unsentOnReopening().catch(() => 1) : 0;
      if (this.destroyed) return;
      if (this.ydoc.store.clients.size === 0 && navigator.onLine) await this.takeServerCopy(options.documentId);
      if (this.destroyed) return;
      this.tracker.localCopyChanged(stored);
      this.tracker.reopenedWithUnsent(unsent);
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
  /** Rate-limited closes since the last successful sync: each pause is longer than the last. */
  private rateLimitedInARow = 0;

  /** Changes not yet acknowledged by the server (reactive: follows `status`). */
  get hasUnsavedChanges(): boolean {
    void this.status;
    return this.tracker.hasUnsavedChanges;
  }

  destroy(): void {
    this.destroyed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.tracker.destroy();
    this.provider.destroy();
    this.mark.flush();
    void this.persistence.destroy();
    this.ydoc.destroy();
  }

  /** Applies the server's text as received from it (see `wireDoc`): nothing to save, nothing to send back. */
  private async takeServerCopy(documentId: string): Promise<void> {
    const update = await readServerCopy(documentId);
    if (!update || this.destroyed) return;
    try {
      applyWholeDocument(this.ydoc, update, this.provider);
    } catch {
      // A damaged answer: the socket's sync brings the text.
    }
  }

  private sendCheck(nonce: number): boolean {
    const ws = this.provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return false;
    ws.send(encodeDurabilityCheck(nonce));
    return true;
  }

  private wireProvider(): void {
    const { provider, tracker } = this;
    sendOwnPresenceOnly(provider);
    greetTabsWithStateVectorOnly(provider);
    provider.messageHandlers[MessageType.durabilityCheck] = (_encoder, decoder) => {
      tracker.acknowledged(readDurabilityAck(decoder));
    };
    // Presence from the server (not from another tab) may carry the colour it gave us.
    provider.messageHandlers[MessageType.awareness] = (_encoder, decoder, _provider, fromServer) => {
      const update = decoding.readVarUint8Array(decoder);
      const assigned = fromServer ? colorGivenTo(update, this.ydoc.clientID) : null;
      applyAwarenessUpdate(provider.awareness, update, provider);
      if (assigned !== null && assigned !== this.user.color) {
        this.user = { ...this.user, color: assigned };
        provider.awareness.setLocalStateField('user', this.user);
      }
    };
    const onStatus = ({ status }: { status: string }) => tracker.connectionChanged(status === 'connected');
    const onSync = (synced: boolean) => {
      if (synced) this.rateLimitedInARow = 0;
      tracker.syncChanged(synced);
    };
    const onClosed = ({ code }: { code: number }) => {
      if (code === CloseCode.accessChanged) this.accessChanges = ++this.accessChangeCount;
      // Refused for a while, not for good: what is typed meanwhile stays in this browser's copy
      // and goes out with the next connection's sync.
      if (code === CloseCode.rateLimited) {
        tracker.pausedByServer();
        const resume = setTimeout(() => {
          if (!this.destroyed) provider.connect();
        }, pauseAfterRateLimit(this.rateLimitedInARow++));
        this.cleanups.push(() => clearTimeout(resume));
        return;
      }
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
    // Anything not received from the server (or read back from the browser's copy, which the
    // mark accounts for) is ours to save: typing, undo.
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === this.persistence) return;
      if (origin !== this.provider) this.tracker.localChange();
      else if (!this.tracker.hasUnsavedChanges) this.mark.onServer();
    };
    this.ydoc.on('update', onUpdate);
    this.cleanups.push(() => this.ydoc.off('update', onUpdate));
  }

  private wireAwareness(): void {
    const awareness = this.provider.awareness;
    awareness.setLocalStateField('user', this.user);
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
    const onPageHide = () => this.mark.flush();
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    window.addEventListener('pagehide', onPageHide);
    this.cleanups.push(() => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('pagehide', onPageHide);
    });
  }
}

function isCollabUser(value: unknown): value is CollabUser {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['name'] === 'string' && typeof candidate['color'] === 'string';
}
