import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { userEventSchema, workspaceEventSchema, type UserEvent, type WorkspaceEvent } from '../../shared/schemas/events.ts';
import { createReplayBuffers, type ReplayBufferOptions, type SequencedEvent } from './replay-buffer.ts';

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

/**
 * What a workspace's stream carries: the workspace's changes, and the events of the person
 * watching it, so that a tab needs one stream, not two (browsers share six connections per host
 * among all tabs, and every stream holds one).
 */
export type WorkspaceStreamEvent = { kind: 'workspace'; event: WorkspaceEvent } | { kind: 'personal'; event: UserEvent };

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

type Deliver<E> = (event: E, id: string) => void;

/** The subscribers and recent events of one kind of topic (workspaces, or people), and the schema of its events. */
function createTopics<E>(schema: z.ZodType<E>, bufferOptions: ReplayBufferOptions) {
  const buffers = createReplayBuffers<E>(bufferOptions);
  const subscribers = new Map<string, Set<Deliver<E>>>();
  return {
    schema,
    buffers,
    subscribe(topic: string, deliver: Deliver<E>): () => void {
      let set = subscribers.get(topic);
      if (!set) subscribers.set(topic, (set = new Set()));
      set.add(deliver);
      const joined = set;
      return () => {
        joined.delete(deliver);
        if (joined.size === 0 && subscribers.get(topic) === joined) subscribers.delete(topic);
      };
    },
    subscribersOf: (topic: string): Iterable<Deliver<E>> => subscribers.get(topic) ?? [],
    count: (topic: string): number => subscribers.get(topic)?.size ?? 0,
  };
}

type Topics<E> = ReturnType<typeof createTopics<E>>;

/** One topic a stream follows, its events shown as the stream's own type `S`. */
type Followed<S> = {
  /** Starts keeping the topic's events for replay; returns the function that stops. */
  watch: (head: number) => () => void;
  subscribe: (deliver: Deliver<S>) => () => void;
  /** The topic's events after `seq`, or undefined when some of them may be missing. */
  since: (seq: number) => SequencedEvent<S>[] | undefined;
};

function follow<E, S>(topics: Topics<E>, topic: string, show: (event: E) => S): Followed<S> {
  return {
    watch: (head) => topics.buffers.watch(topic, head),
    subscribe: (deliver) => topics.subscribe(topic, (event, id) => deliver(show(event), id)),
    since: (seq) => topics.buffers.since(topic, seq)?.map((entry) => ({ seq: entry.seq, event: show(entry.event) })),
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;

/**
 * In-process publish/subscribe of live events, delivered to browsers by the server-sent events
 * routes: the changes of a workspace, to everyone viewing it (`publish`), and a person's own
 * events (their notifications) wherever they are (`publishToUser`), on the stream of the
 * workspace they view or on their own. Every event gets a position `epoch:seq`: one sequence,
 * over every topic, grows for the life of this instance and the epoch is drawn when it starts,
 * so a client resuming from a position is either replayed what it missed, of every topic its
 * stream follows, or told to resync, never silently left behind. Subscribers are authorized by
 * the route when they join.
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
  /** Every listener, once however many topics it follows, for `disconnect`. */
  const listeners = new Set<ListenerInfo & { close: (reason: EndReason) => void }>();
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

  /** Registers a listener for `disconnect`; returns the function that unregisters it. */
  function register(workspaceId: string | undefined, listener: Omit<Listener<unknown>, 'send'>): () => void {
    const entry = { workspaceId, userId: listener.userId, sessionId: listener.sessionId, close: listener.close };
    listeners.add(entry);
    return () => listeners.delete(entry);
  }

  /** What a stream resuming after `after` missed of the topics it follows, in order; `resync` if any is lost. */
  function missedSince<S>(followed: Followed<S>[], after: string): { id: string; event: S }[] | 'resync' {
    const from = ownSequence(after);
    if (from === undefined) return 'resync';
    const replays = followed.map((topic) => topic.since(from));
    if (replays.some((replay) => replay === undefined)) return 'resync';
    return replays
      .flatMap((replay) => replay ?? [])
      .sort((a, b) => a.seq - b.seq)
      .map((entry) => ({ id: idOf(entry.seq), event: entry.event }));
  }

  /**
   * A client's stream of some topics: counted once against its user's cap, resumed after
   * `after` (a position from a previous stream) when it can be, and each topic kept in its
   * replay buffer while the stream lasts.
   */
  function openStream<S>(workspaceId: string | undefined, listener: Listener<S>, followed: Followed<S>[], after: string | undefined): StreamSubscription<S> {
    const held = streamsPerUser.get(listener.userId) ?? 0;
    if (held >= maxStreamsPerUser) return { refused: 'too-many-streams' };
    streamsPerUser.set(listener.userId, held + 1);
    const stops = [...followed.flatMap((topic) => [topic.watch(seq), topic.subscribe(listener.send)]), register(workspaceId, listener)];
    let open = true;
    return {
      position: idOf(seq),
      missed: after === undefined ? undefined : missedSince(followed, after),
      unsubscribe: () => {
        if (!open) return;
        open = false;
        for (const stop of stops) stop();
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
    for (const deliver of topics.subscribersOf(topic)) deliver(entry.event, id);
  }

  return {
    config: { keepaliveMs: options.keepaliveMs ?? 25_000, maxStreamsPerUser },
    /** An in-process listener of a workspace (tests, services); not counted against any user's streams. */
    subscribe(workspaceId: string, listener: Listener<WorkspaceEvent>): () => void {
      const stops = [workspaces.subscribe(workspaceId, listener.send), register(workspaceId, listener)];
      return () => {
        for (const stop of stops) stop();
      };
    },
    /**
     * A client's stream of a workspace's changes and of its user's own events, in the order
     * they were numbered; the caller has checked the user may read the workspace.
     */
    openStream: (workspaceId: string, listener: Listener<WorkspaceStreamEvent>, after?: string): StreamSubscription<WorkspaceStreamEvent> =>
      openStream(
        workspaceId,
        listener,
        [
          follow(workspaces, workspaceId, (event): WorkspaceStreamEvent => ({ kind: 'workspace', event })),
          follow(people, listener.userId, (event): WorkspaceStreamEvent => ({ kind: 'personal', event })),
        ],
        after,
      ),
    /** A client's stream of its user's own events alone, for pages showing no workspace. */
    openUserStream: (listener: Listener<UserEvent>, after?: string): StreamSubscription<UserEvent> =>
      openStream(undefined, listener, [follow(people, listener.userId, (event) => event)], after),
    publish: (workspaceId: string, event: WorkspaceEvent): void => publish(workspaces, workspaceId, event),
    publishToUser: (userId: string, event: UserEvent): void => publish(people, userId, event),
    /** Ends the listeners `select` picks; each stream's client reconnects and is re-authorized. */
    disconnect(select: (listener: ListenerInfo) => boolean, reason: EndReason): number {
      // A copy: listeners leave as they close.
      const picked = [...listeners].filter(({ workspaceId, userId, sessionId }) => select({ workspaceId, userId, sessionId }));
      for (const listener of picked) listener.close(reason);
      return picked.length;
    },
    /** The sessions with a stream open here, for the periodic check of their expiry. */
    sessionIds: (): Set<string> => new Set([...listeners].flatMap((listener) => (listener.sessionId === undefined ? [] : [listener.sessionId]))),
    /** Open streams on this instance, for the metrics. */
    openStreamCount: (): number => listeners.size,
    subscriberCount: (workspaceId: string): number => workspaces.count(workspaceId),
    /** Open streams carrying a person's own events (all their tabs, on a workspace's stream or their own). */
    userSubscriberCount: (userId: string): number => people.count(userId),
    streamCount: (userId: string): number => streamsPerUser.get(userId) ?? 0,
  };
}
