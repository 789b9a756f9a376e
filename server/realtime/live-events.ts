import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { userEventSchema, workspaceEventSchema, type UserEvent, type WorkspaceEvent } from '../../shared/schemas/events.ts';
import { createReplayBuffers, type ReplayBufferOptions } from './replay-buffer.ts';

/** Why the server ends a stream. `access-changed` also asks the client to refetch. */
export type EndReason = 'signed-out' | 'session-expired' | 'access-changed';

export type Listener<E> = {
  userId: string;
  /** The session the stream was opened with, so ending the session ends the stream. */
  sessionId?: string;
  /** `id` is the event's stream position (`epoch:seq`), for the SSE `id:` field. */
  send: (event: E, id: string) => void;
  close: (reason: EndReason) => void;
};

/** Who a live listener is, for choosing which ones to end; `workspaceId` is unset on a person's own stream. */
export type ListenerInfo = { workspaceId: string | undefined; userId: string; sessionId: string | undefined };

export type LiveEventsOptions = {
  /** Concurrent streams one user may hold, workspace and personal ones together, over all tabs. */
  maxStreamsPerUser?: number;
  /** Events kept per workspace (or person) for clients that reconnect. */
  replayCapacity?: number;
  /** How long a workspace (or person) nobody watches keeps its recent events. */
  replayIdleMs?: number;
  /** Unwatched workspaces, and unwatched people, whose events are kept at most. */
  maxIdleTopics?: number;
  /** Interval of keepalive comments on open streams. */
  keepaliveMs?: number;
  now?: () => number;
};

export type StreamSubscription<E> =
  | { refused: 'too-many-streams' }
  | {
      refused?: undefined;
      /** The position of the latest event numbered when the stream started. */
      position: string;
      /** What the client missed since `after`: the events, or `resync` if they cannot be replayed. */
      missed: { id: string; event: E }[] | 'resync' | undefined;
      unsubscribe: () => void;
    };

/** The listeners and recent events of one kind of topic (workspaces, or people), and the schema of its events. */
function createTopics<E>(schema: z.ZodType<E>, bufferOptions: ReplayBufferOptions) {
  const buffers = createReplayBuffers<E>(bufferOptions);
  const listeners = new Map<string, Set<Listener<E>>>();
  return {
    schema,
    buffers,
    subscribe(topic: string, listener: Listener<E>): () => void {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      const joined = set;
      return () => {
        joined.delete(listener);
        if (joined.size === 0 && listeners.get(topic) === joined) listeners.delete(topic);
      };
    },
    listenersOf: (topic: string): Iterable<Listener<E>> => listeners.get(topic) ?? [],
    /** Every listener with its topic; a copy, so listeners may leave while it is walked. */
    all: (): [string, Listener<E>][] => [...listeners].flatMap(([topic, set]) => [...set].map((listener): [string, Listener<E>] => [topic, listener])),
    count: (topic: string): number => listeners.get(topic)?.size ?? 0,
  };
}

type Topics<E> = ReturnType<typeof createTopics<E>>;

export type LiveEvents = ReturnType<typeof createLiveEvents>;

/**
 * In-process publish/subscribe of live events, delivered to browsers by the server-sent events
 * routes: the changes of a workspace, to everyone viewing it (`publish`), and a person's own
 * events (their notifications) wherever they are (`publishToUser`). Every event gets a position
 * `epoch:seq`: the sequence grows for the life of this instance and the epoch is drawn when it
 * starts, so a client resuming from a position is either replayed what it missed or told to
 * resync, never silently left behind. Subscribers are authorized by the route when they join.
 */
export function createLiveEvents(options: LiveEventsOptions = {}) {
  const maxStreamsPerUser = options.maxStreamsPerUser ?? 20;
  const epoch = randomBytes(4).toString('hex');
  const bufferOptions: ReplayBufferOptions = {
    capacity: options.replayCapacity ?? 500,
    idleMs: options.replayIdleMs ?? 5 * 60_000,
    maxIdleTopics: options.maxIdleTopics ?? 1000,
    now: options.now ?? Date.now,
  };
  const workspaces = createTopics(workspaceEventSchema, bufferOptions);
  const people = createTopics(userEventSchema, bufferOptions);
  const streamsPerUser = new Map<string, number>();
  let seq = 0;
  const idOf = (n: number): string => `${epoch}:${n}`;

  /** The sequence number of a position this instance gave out, or undefined. */
  function ownSequence(position: string): number | undefined {
    const [positionEpoch, raw] = position.split(':');
    if (positionEpoch !== epoch || raw === undefined || !/^[0-9]{1,15}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n <= seq ? n : undefined;
  }

  /**
   * A client's stream of a topic: counted against its user's cap, resumed after `after` (a
   * position from a previous stream) when it can be, and kept in the replay buffer while it lasts.
   */
  function openStream<E>(topics: Topics<E>, topic: string, listener: Listener<E>, after: string | undefined): StreamSubscription<E> {
    const held = streamsPerUser.get(listener.userId) ?? 0;
    if (held >= maxStreamsPerUser) return { refused: 'too-many-streams' };
    streamsPerUser.set(listener.userId, held + 1);
    const unwatch = topics.buffers.watch(topic, seq);
    const unsubscribe = topics.subscribe(topic, listener);
    let missed: { id: string; event: E }[] | 'resync' | undefined;
    if (after !== undefined) {
      const from = ownSequence(after);
      const replay = from === undefined ? undefined : topics.buffers.since(topic, from);
      missed = replay ? replay.map((entry) => ({ id: idOf(entry.seq), event: entry.event })) : 'resync';
    }
    let open = true;
    return {
      position: idOf(seq),
      missed,
      unsubscribe: () => {
        if (!open) return;
        open = false;
        unsubscribe();
        unwatch();
        const count = (streamsPerUser.get(listener.userId) ?? 1) - 1;
        if (count > 0) streamsPerUser.set(listener.userId, count);
        else streamsPerUser.delete(listener.userId);
      },
    };
  }

  function publish<E>(topics: Topics<E>, topic: string, event: E): void {
    // Parsed as HTTP answers are: only declared fields leave the server, whatever the caller passed.
    const checked = topics.schema.parse(event);
    const entry = { seq: ++seq, event: checked };
    topics.buffers.append(topic, entry);
    const id = idOf(entry.seq);
    for (const listener of topics.listenersOf(topic)) listener.send(entry.event, id);
  }

  return {
    config: { keepaliveMs: options.keepaliveMs ?? 25_000, maxStreamsPerUser },
    /** An in-process listener of a workspace (tests, services); not counted against any user's streams. */
    subscribe: (workspaceId: string, listener: Listener<WorkspaceEvent>): (() => void) => workspaces.subscribe(workspaceId, listener),
    /** A client's stream of a workspace's changes; the caller has checked the user may read it. */
    openStream: (workspaceId: string, listener: Listener<WorkspaceEvent>, after?: string): StreamSubscription<WorkspaceEvent> =>
      openStream(workspaces, workspaceId, listener, after),
    /** A client's stream of its user's own events. */
    openUserStream: (listener: Listener<UserEvent>, after?: string): StreamSubscription<UserEvent> => openStream(people, listener.userId, listener, after),
    publish: (workspaceId: string, event: WorkspaceEvent): void => publish(workspaces, workspaceId, event),
    publishToUser: (userId: string, event: UserEvent): void => publish(people, userId, event),
    /** Ends the listeners `select` picks; each stream's client reconnects and is re-authorized. */
    disconnect(select: (listener: ListenerInfo) => boolean, reason: EndReason): number {
      const picked = [
        ...workspaces.all().filter(([workspaceId, l]) => select({ workspaceId, userId: l.userId, sessionId: l.sessionId })),
        ...people.all().filter(([, l]) => select({ workspaceId: undefined, userId: l.userId, sessionId: l.sessionId })),
      ];
      for (const [, listener] of picked) listener.close(reason);
      return picked.length;
    },
    subscriberCount: (workspaceId: string): number => workspaces.count(workspaceId),
    /** Open streams of a person's own events (all their tabs). */
    userSubscriberCount: (userId: string): number => people.count(userId),
    streamCount: (userId: string): number => streamsPerUser.get(userId) ?? 0,
  };
}
