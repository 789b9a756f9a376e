import { STREAM_EVENT } from '../../../../shared/api/stream-events.ts';

/**
 * Why a listener is asked to (re)load its data:
 * - `initial`: the stream is live; what it fetches now misses nothing that happens later;
 * - `resync`: the server could not replay what this client missed, or its access changed, or
 *   the listener's events moved to another stream;
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
  /** An event's payload, as JSON; the listener checks its shape. */
  onEvent: (payload: unknown) => void;
  onSync: (reason: SyncReason) => void;
  /**
   * The load it owes once its stream is live: `initial` until it has loaded while the stream
   * was live, `resync` after its events moved to another stream; undefined while nothing since
   * its last load is missed.
   */
  owed: 'initial' | 'resync' | undefined;
  /** Loaded at all, even provisionally. */
  loaded: boolean;
};

type Timers = Set<ReturnType<typeof setTimeout>>;

type Connection = {
  target: StreamTarget;
  /** Listeners of the stream's own events (`change`). */
  listeners: Set<Listener>;
  close: () => void;
  live: boolean;
  /** Where to resume after a refused stream; EventSource resumes by itself otherwise. */
  lastEventId: string;
  attempts: number;
  /** Refused since it was last live: it retries, and carries nobody's personal events meanwhile. */
  refused: boolean;
  timers: Timers;
};

/**
 * One connection per stream, shared by every listener of the page: browsers allow only six
 * HTTP/1.1 connections per host, shared by every tab, and one stream per panel (home, cycle,
 * validation, matrices, the inbox…) would exhaust them and leave ordinary API calls queued
 * forever. The person's own events (`personal`) come on every stream, so their listeners
 * (the inbox, on every page) ride on a workspace's stream when the page has one open, and only
 * otherwise on the person's own stream (`personalStream`): a tab holds one connection.
 *
 * Nothing is missed: listeners load their data only once their stream is live (`ready`), so any
 * later change reaches them as an event; on reconnect the server replays what was missed from
 * the last position, or sends `resync` and every listener reloads. When personal events move to
 * another stream, their listeners reload once it is live (`resync`).
 */
export function createEventStreams(personalStream: StreamTarget, options: StreamsOptions) {
  const { open, retryBaseMs = 1000, retryMaxMs = 30_000, fallbackMs = 5000 } = options;
  /** The streams listeners asked for, by key. */
  const connections = new Map<string, Connection>();
  const personal = {
    listeners: new Set<Listener>(),
    /** The connection whose `personal` events reach them. */
    carrier: undefined as Connection | undefined,
    /** The person's own stream, while it is the carrier. */
    own: undefined as Connection | undefined,
    timers: new Set() as Timers,
  };

  const later = (timers: Timers, ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const isOpen = (connection: Connection): boolean => connection === personal.own || connections.get(connection.target.key) === connection;
  const listenersOf = (connection: Connection): Listener[] =>
    connection === personal.carrier ? [...connection.listeners, ...personal.listeners] : [...connection.listeners];
  const listensTo = (connection: Connection, listener: Listener): boolean =>
    connection.listeners.has(listener) || (connection === personal.carrier && personal.listeners.has(listener));

  function load(listener: Listener, reason: SyncReason): void {
    listener.loaded = true;
    if (reason === 'initial' || reason === 'resync') listener.owed = undefined;
    listener.onSync(reason);
  }

  /** Asks every listener of a connection to reload; one may leave while others load. */
  function syncAll(connection: Connection, reason: SyncReason): void {
    for (const listener of listenersOf(connection)) if (listensTo(connection, listener)) load(listener, reason);
  }

  /** Once a connection is live, gives each of its listeners the load it owes. */
  function catchUp(connection: Connection): void {
    for (const listener of listenersOf(connection)) if (listener.owed && listensTo(connection, listener)) load(listener, listener.owed);
  }

  /** Its listeners catch up now if the connection is live already (after the caller's own work). */
  function catchUpIfLive(connection: Connection): void {
    if (connection.live) queueMicrotask(() => connection.live && catchUp(connection));
  }

  function createConnection(target: StreamTarget): Connection {
    return { target, listeners: new Set(), close: () => {}, live: false, lastEventId: '', attempts: 0, refused: false, timers: new Set() };
  }

  function closeConnection(connection: Connection): void {
    connection.close();
    for (const timer of connection.timers) clearTimeout(timer);
    if (personal.own === connection) personal.own = undefined;
    else if (connections.get(connection.target.key) === connection) connections.delete(connection.target.key);
  }

  /**
   * Chooses the connection that carries personal events: the current one while it is a
   * workspace's stream that is not refused, else such a stream if the page has one, else the
   * person's own stream. Listeners moved to another connection reload once it is live: what
   * came meanwhile is not replayed to them.
   */
  function carry(): void {
    const current = personal.carrier;
    let next: Connection | undefined;
    if (personal.listeners.size === 0) next = undefined;
    else if (current && current !== personal.own && isOpen(current) && !current.refused) next = current;
    else next = [...connections.values()].find((connection) => !connection.refused) ?? personal.own ?? openOwn();
    if (next === current) return;
    personal.carrier = next;
    if (personal.own && personal.own !== next) closeConnection(personal.own);
    if (!next) return;
    for (const listener of personal.listeners) listener.owed ??= 'resync';
    catchUpIfLive(next);
  }

  /** Opens the person's own stream a moment later: a page opening a workspace's stream meanwhile needs none. */
  function openOwn(): Connection {
    const own = (personal.own = createConnection(personalStream));
    later(own.timers, 0, () => connect(own));
    return own;
  }

  function onMessage(connection: Connection, type: StreamEventName, data: string, lastEventId: string): void {
    if (lastEventId) connection.lastEventId = lastEventId;
    if (type === STREAM_EVENT.ready) {
      connection.live = true;
      connection.attempts = 0;
      connection.refused = false;
      // Back from a refusal, a workspace's stream may carry personal events again.
      carry();
      catchUp(connection);
    } else if (type === STREAM_EVENT.resync) {
      syncAll(connection, 'resync');
    } else {
      const listeners = type === STREAM_EVENT.change ? connection.listeners : connection === personal.carrier ? personal.listeners : undefined;
      if (!listeners?.size) return;
      let payload: unknown;
      try {
        payload = JSON.parse(data);
      } catch {
        return;
      }
      for (const listener of [...listeners]) if (listeners.has(listener)) listener.onEvent(payload);
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
        const first = !connection.refused;
        connection.refused = true;
        // Personal events move to a stream that is not refused, if the page has one, before
        // this stream's listeners hear of the refusal.
        carry();
        // A refused stream (404 after removal, 401 after sign-out) says nothing about why:
        // listeners refetch once, which tells them. Then retry, since a 5xx or 429 passes.
        if (first) syncAll(connection, 'refused');
        const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** connection.attempts++);
        if (isOpen(connection)) later(connection.timers, delay, () => connect(connection));
      },
    });
    connection.close = () => {
      current = false;
      source.close();
    };
  }

  /** Adds a listener to `listeners`, owing its first load. */
  function join(listeners: Set<Listener>, onEvent: Listener['onEvent'], onSync: Listener['onSync']): Listener {
    const listener: Listener = { onEvent, onSync, owed: 'initial', loaded: false };
    listeners.add(listener);
    return listener;
  }

  /** A new listener loads once `connection` is live, or meanwhile after `fallbackMs`. */
  function loadWhenLive(listener: Listener, listeners: Set<Listener>, connection: Connection | undefined, timers: Timers): void {
    if (connection?.live) catchUpIfLive(connection);
    else later(timers, fallbackMs, () => listeners.has(listener) && !listener.loaded && load(listener, 'fallback'));
  }

  return {
    /**
     * Listens to a stream's own events. `onSync` is where the caller (re)loads its data: it runs
     * once the stream is live, and again whenever events may have been lost. Returns the function
     * that stops listening; the connection closes with its last listener.
     */
    subscribe(target: StreamTarget, onChange: (payload: unknown) => void, onSync: (reason: SyncReason) => void): () => void {
      const { key } = target;
      let connection = connections.get(key);
      if (!connection) {
        const created = (connection = createConnection(target));
        connections.set(key, created);
        connect(created);
        // A workspace's stream carries personal events too: the person's own stream can close.
        carry();
      }
      const joined = connection;
      const listener = join(joined.listeners, onChange, onSync);
      loadWhenLive(listener, joined.listeners, joined, joined.timers);
      return () => {
        joined.listeners.delete(listener);
        if (joined.listeners.size > 0) return;
        closeConnection(joined);
        carry();
      };
    },
    /**
     * Listens to the person's own events (`personal`), from whichever stream carries them; as
     * `subscribe`, with a reload whenever they move to another stream.
     */
    subscribePersonal(onEvent: (payload: unknown) => void, onSync: (reason: SyncReason) => void): () => void {
      const listeners = personal.listeners;
      const listener = join(listeners, onEvent, onSync);
      carry();
      loadWhenLive(listener, listeners, personal.carrier, personal.timers);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        for (const timer of personal.timers) clearTimeout(timer);
        personal.timers.clear();
        carry();
      };
    },
  };
}
