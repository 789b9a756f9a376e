import { STREAM_EVENT } from '../../../../shared/schemas/events.ts';

/**
 * Why a listener is asked to (re)load its data:
 * - `initial`: the stream is live; what it fetches now misses nothing that happens later;
 * - `resync`: the server could not replay what this client missed, or its access changed;
 * - `refused`: the stream was refused (signed out, removed, too many tabs): the fetch says why;
 * - `fallback`: the stream is slow to open; show data meanwhile (`initial` still follows).
 */
export type SyncReason = 'initial' | 'resync' | 'refused' | 'fallback';

export type StreamEventName = (typeof STREAM_EVENT)[keyof typeof STREAM_EVENT];

export type SourceHandlers = {
  /** An event of the stream; `lastEventId` is the newest position seen on this source. */
  message(type: StreamEventName, data: string, lastEventId: string): void;
  /** `closed`: the source gave up (a refused answer); otherwise it is reconnecting by itself. */
  error(closed: boolean): void;
};

/** Opens an EventSource-like connection; browsers use EventSource, tests a Node stand-in. */
export type OpenSource = (url: string, handlers: SourceHandlers) => { close(): void };

export type StreamsOptions = {
  open: OpenSource;
  /** First delay before reopening a refused stream; doubles up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** How long listeners wait for `ready` before loading anyway (a proxy may hold the stream). */
  fallbackMs?: number;
};

/** One stream of the server: `key` names it, so its listeners share one connection. */
export type StreamTarget = {
  key: string;
  /** Its URL, resuming after a position when one is given. */
  url: (lastEventId: string | undefined) => string;
};

type Listener = {
  /** A `change` event's payload, as JSON; the listener checks its shape. */
  onChange: (payload: unknown) => void;
  onSync: (reason: SyncReason) => void;
  /** Loaded while the stream was live: nothing since is missed. */
  synced: boolean;
  /** Loaded at all, even provisionally. */
  loaded: boolean;
};

type Connection = {
  target: StreamTarget;
  listeners: Set<Listener>;
  close: () => void;
  live: boolean;
  /** Where to resume after a refused stream; EventSource resumes by itself otherwise. */
  lastEventId: string;
  attempts: number;
  refusalReported: boolean;
  timers: Set<ReturnType<typeof setTimeout>>;
};

/**
 * One connection per stream, shared by every listener of the page: browsers allow only six
 * HTTP/1.1 connections per host, and one stream per panel (home, cycle, validation, matrices,
 * the inbox…) would exhaust them and leave ordinary API calls queued forever.
 *
 * Nothing is missed: listeners load their data only once the stream is live (`ready`), so any
 * later change reaches them as an event; on reconnect the server replays what was missed from
 * the last position, or sends `resync` and every listener reloads.
 */
export function createEventStreams(options: StreamsOptions) {
  const { open, retryBaseMs = 1000, retryMaxMs = 30_000, fallbackMs = 5000 } = options;
  const connections = new Map<string, Connection>();

  const later = (connection: Connection, ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      connection.timers.delete(timer);
      run();
    }, ms);
    connection.timers.add(timer);
  };

  function sync(connection: Connection, reason: SyncReason, pick: (listener: Listener) => boolean): void {
    for (const listener of [...connection.listeners]) {
      if (!pick(listener) || !connection.listeners.has(listener)) continue;
      listener.loaded = true;
      if (reason === 'initial' || reason === 'resync') listener.synced = true;
      listener.onSync(reason);
    }
  }

  function onMessage(connection: Connection, type: StreamEventName, data: string, lastEventId: string): void {
    if (lastEventId) connection.lastEventId = lastEventId;
    if (type === STREAM_EVENT.ready) {
      connection.live = true;
      connection.attempts = 0;
      connection.refusalReported = false;
      sync(connection, 'initial', (listener) => !listener.synced);
    } else if (type === STREAM_EVENT.resync) {
      sync(connection, 'resync', () => true);
    } else {
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return;
      }
      for (const listener of [...connection.listeners]) listener.onChange(payload);
    }
  }

  function connect(connection: Connection): void {
    let current = true;
    const source = open(connection.target.url(connection.lastEventId || undefined), {
      message: (type, data, lastEventId) => {
        if (current) onMessage(connection, type, data, lastEventId);
      },
      error: (closed) => {
        if (!current) return;
        connection.live = false;
        if (!closed) return;
        current = false;
        source.close();
        // A refused stream (404 after removal, 401 after sign-out) says nothing about why:
        // listeners refetch once, which tells them. Then retry, since a 5xx or 429 passes.
        if (!connection.refusalReported) {
          connection.refusalReported = true;
          sync(connection, 'refused', () => true);
        }
        const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** connection.attempts++);
        if (connections.get(connection.target.key) === connection) later(connection, delay, () => connect(connection));
      },
    });
    connection.close = () => {
      current = false;
      source.close();
    };
  }

  return {
    /**
     * Listens to a stream. `onSync` is where the caller (re)loads its data: it runs once the
     * stream is live, and again whenever events may have been lost. Returns the function that
     * stops listening; the connection closes with its last listener.
     */
    subscribe(target: StreamTarget, onChange: (payload: unknown) => void, onSync: (reason: SyncReason) => void): () => void {
      const { key } = target;
      let connection = connections.get(key);
      if (!connection) {
        connection = { target, listeners: new Set(), close: () => {}, live: false, lastEventId: '', attempts: 0, refusalReported: false, timers: new Set() };
        connections.set(key, connection);
        connect(connection);
      }
      const joined = connection;
      const listener: Listener = { onChange, onSync, synced: false, loaded: false };
      joined.listeners.add(listener);
      if (joined.live) queueMicrotask(() => joined.live && sync(joined, 'initial', (l) => l === listener && !l.synced));
      else later(joined, fallbackMs, () => sync(joined, 'fallback', (l) => l === listener && !l.loaded));
      return () => {
        joined.listeners.delete(listener);
        if (joined.listeners.size > 0) return;
        joined.close();
        for (const timer of joined.timers) clearTimeout(timer);
        if (connections.get(key) === joined) connections.delete(key);
      };
    },
  };
}
