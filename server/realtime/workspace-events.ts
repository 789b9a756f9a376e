import { randomBytes } from 'node:crypto';
import type { WorkspaceEvent } from '../../shared/schemas/events.ts';
import { createReplayBuffers } from './replay-buffer.ts';

/** Why the server ends a stream. `access-changed` also asks the client to refetch. */
export type EndReason = 'signed-out' | 'session-expired' | 'access-changed';

export type Listener = {
  userId: string;
  /** The session the stream was opened with, so ending the session ends the stream. */
  sessionId?: string;
  /** `id` is the event's stream position (`epoch:seq`), for the SSE `id:` field. */
  send: (event: WorkspaceEvent, id: string) => void;
  close: (reason: EndReason) => void;
};

/** Who a live listener is, for choosing which ones to end. */
export type ListenerInfo = { workspaceId: string; userId: string; sessionId: string | undefined };

export type WorkspaceEventsOptions = {
  /** Concurrent streams one user may hold, over all workspaces and tabs. */
  maxStreamsPerUser?: number;
  /** Events kept per workspace for clients that reconnect. */
  replayCapacity?: number;
  /** How long a workspace nobody watches keeps its recent events. */
  replayIdleMs?: number;
  /** Unwatched workspaces whose events are kept at most. */
  maxIdleWorkspaces?: number;
  /** Interval of keepalive comments on open streams. */
  keepaliveMs?: number;
  now?: () => number;
};

export type StreamSubscription =
  | { refused: 'too-many-streams' }
  | {
      refused?: undefined;
      /** The position of the latest event numbered when the stream started. */
      position: string;
      /** What the client missed since `after`: the events, or `resync` if they cannot be replayed. */
      missed: { id: string; event: WorkspaceEvent }[] | 'resync' | undefined;
      unsubscribe: () => void;
    };

export type WorkspaceEvents = ReturnType<typeof createWorkspaceEvents>;

/**
 * In-process publish/subscribe of workspace changes (matrix items, threads, members, stage),
 * delivered to browsers by the server-sent events route. Every event gets a position
 * `epoch:seq`: the sequence grows for the life of this instance and the epoch is drawn when it
 * starts, so a client resuming from a position is either replayed what it missed or told to
 * resync, never silently left behind. Subscribers are authorized by the route when they join.
 */
export function createWorkspaceEvents(options: WorkspaceEventsOptions = {}) {
  const now = options.now ?? Date.now;
  const maxStreamsPerUser = options.maxStreamsPerUser ?? 20;
  const epoch = randomBytes(4).toString('hex');
  const buffers = createReplayBuffers({
    capacity: options.replayCapacity ?? 500,
    idleMs: options.replayIdleMs ?? 5 * 60_000,
    maxIdleWorkspaces: options.maxIdleWorkspaces ?? 1000,
    now,
  });
  const listeners = new Map<string, Set<Listener>>();
  const streamsPerUser = new Map<string, number>();
  let seq = 0;
  const idOf = (n: number): string => `${epoch}:${n}`;

  function subscribe(workspaceId: string, listener: Listener): () => void {
    let set = listeners.get(workspaceId);
    if (!set) listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    const joined = set;
    return () => {
      joined.delete(listener);
      if (joined.size === 0 && listeners.get(workspaceId) === joined) listeners.delete(workspaceId);
    };
  }

  /** The sequence number of a position this instance gave out, or undefined. */
  function ownSequence(position: string): number | undefined {
    const [positionEpoch, raw] = position.split(':');
    if (positionEpoch !== epoch || raw === undefined || !/^[0-9]{1,15}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n <= seq ? n : undefined;
  }

  return {
    config: { keepaliveMs: options.keepaliveMs ?? 25_000, maxStreamsPerUser },
    /** An in-process listener (tests, services); not counted against any user's streams. */
    subscribe,
    /**
     * A client's stream: counted against its user's cap, resumed after `after` (a position
     * from a previous stream) when it can be, and kept in the replay buffer while it lasts.
     */
    openStream(workspaceId: string, listener: Listener, after?: string): StreamSubscription {
      const held = streamsPerUser.get(listener.userId) ?? 0;
      if (held >= maxStreamsPerUser) return { refused: 'too-many-streams' };
      streamsPerUser.set(listener.userId, held + 1);
      const unwatch = buffers.watch(workspaceId, seq);
      const unsubscribe = subscribe(workspaceId, listener);
      let missed: { id: string; event: WorkspaceEvent }[] | 'resync' | undefined;
      if (after !== undefined) {
        const from = ownSequence(after);
        const replay = from === undefined ? undefined : buffers.since(workspaceId, from);
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
    },
    publish(workspaceId: string, event: WorkspaceEvent): void {
      const entry = { seq: ++seq, event };
      buffers.append(workspaceId, entry);
      const id = idOf(entry.seq);
      for (const listener of listeners.get(workspaceId) ?? []) listener.send(event, id);
    },
    /** Ends the listeners `select` picks; each stream's client reconnects and is re-authorized. */
    disconnect(select: (listener: ListenerInfo) => boolean, reason: EndReason): number {
      let closed = 0;
      for (const [workspaceId, set] of listeners) {
        for (const listener of [...set]) {
          if (!select({ workspaceId, userId: listener.userId, sessionId: listener.sessionId })) continue;
          listener.close(reason);
          closed++;
        }
      }
      return closed;
    },
    subscriberCount: (workspaceId: string): number => listeners.get(workspaceId)?.size ?? 0,
    streamCount: (userId: string): number => streamsPerUser.get(userId) ?? 0,
  };
}
