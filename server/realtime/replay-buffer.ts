import type { WorkspaceEvent } from '../../shared/schemas/events.ts';

export type SequencedEvent = { seq: number; event: WorkspaceEvent };

type Retained = {
  events: SequencedEvent[];
  /** Events numbered up to this one may be missing: the buffer started there or dropped them. */
  completeAfter: number;
  subscribers: number;
  /** When the last subscriber left, or null while someone watches. */
  idleSince: number | null;
};

export type ReplayBufferOptions = {
  /** Events kept per workspace; a client further behind refetches instead. */
  capacity: number;
  /** How long a workspace nobody watches keeps its events, for clients about to reconnect. */
  idleMs: number;
  /** Workspaces kept at most once nobody watches them (watched ones are never dropped). */
  maxIdleWorkspaces: number;
  now: () => number;
};

/**
 * The recent events of each watched workspace, so a client that reconnects gets exactly what
 * it missed. Workspaces nobody has watched lately keep nothing: no client could resume there.
 */
export function createReplayBuffers(options: ReplayBufferOptions) {
  const buffers = new Map<string, Retained>();

  function sweep(): void {
    const time = options.now();
    const idle: [string, number][] = [];
    for (const [workspaceId, buffer] of buffers) {
      if (buffer.idleSince === null) continue;
      if (time - buffer.idleSince >= options.idleMs) buffers.delete(workspaceId);
      else idle.push([workspaceId, buffer.idleSince]);
    }
    if (idle.length <= options.maxIdleWorkspaces) return;
    idle.sort((a, b) => a[1] - b[1]);
    for (const [workspaceId] of idle.slice(0, idle.length - options.maxIdleWorkspaces)) buffers.delete(workspaceId);
  }

  return {
    /**
     * A subscriber starts watching when the last event numbered is `head`; returns the function
     * to call once when it stops.
     */
    watch(workspaceId: string, head: number): () => void {
      sweep();
      let buffer = buffers.get(workspaceId);
      if (!buffer) buffers.set(workspaceId, (buffer = { events: [], completeAfter: head, subscribers: 0, idleSince: null }));
      const watched = buffer;
      watched.subscribers++;
      watched.idleSince = null;
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        watched.subscribers--;
        if (watched.subscribers === 0) watched.idleSince = options.now();
      };
    },
    append(workspaceId: string, entry: SequencedEvent): void {
      const buffer = buffers.get(workspaceId);
      if (!buffer) return;
      buffer.events.push(entry);
      if (buffer.events.length > options.capacity) buffer.completeAfter = buffer.events.shift()?.seq ?? buffer.completeAfter;
    },
    /** The events after `seq`, or undefined when some of them may be missing. */
    since(workspaceId: string, seq: number): SequencedEvent[] | undefined {
      const buffer = buffers.get(workspaceId);
      if (!buffer || seq < buffer.completeAfter) return undefined;
      return buffer.events.filter((entry) => entry.seq > seq);
    },
    size: (): number => buffers.size,
  };
}
