export type SequencedEvent<E> = { seq: number; event: E };

type Retained<E> = {
  events: SequencedEvent<E>[];
  /** Events numbered up to this one may be missing: the buffer started there or dropped them. */
  completeAfter: number;
  subscribers: number;
  /** When the last subscriber left, or null while someone watches. */
  idleSince: number | null;
};

export type ReplayBufferOptions = {
  /** Events kept per topic; a client further behind refetches instead. */
  capacity: number;
  /** How long a topic nobody watches keeps its events, for clients about to reconnect. */
  idleMs: number;
  /** Topics kept at most once nobody watches them (watched ones are never dropped). */
  maxIdleTopics: number;
  now: () => number;
};

/**
 * The recent events of each watched topic (a workspace, or a person's own events), so a client
 * that reconnects gets exactly what it missed. Topics nobody has watched lately keep nothing:
 * no client could resume there.
 */
export function createReplayBuffers<E>(options: ReplayBufferOptions) {
  const buffers = new Map<string, Retained<E>>();

  function sweep(): void {
    const time = options.now();
    const idle: [string, number][] = [];
    for (const [topic, buffer] of buffers) {
      if (buffer.idleSince === null) continue;
      if (time - buffer.idleSince >= options.idleMs) buffers.delete(topic);
      else idle.push([topic, buffer.idleSince]);
    }
    if (idle.length <= options.maxIdleTopics) return;
    idle.sort((a, b) => a[1] - b[1]);
    for (const [topic] of idle.slice(0, idle.length - options.maxIdleTopics)) buffers.delete(topic);
  }

  return {
    /**
     * A subscriber starts watching when the last event numbered is `head`; returns the function
     * to call once when it stops.
     */
    watch(topic: string, head: number): () => void {
      sweep();
      let buffer = buffers.get(topic);
      if (!buffer) buffers.set(topic, (buffer = { events: [], completeAfter: head, subscribers: 0, idleSince: null }));
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
    append(topic: string, entry: SequencedEvent<E>): void {
      const buffer = buffers.get(topic);
      if (!buffer) return;
      buffer.events.push(entry);
      if (buffer.events.length > options.capacity) buffer.completeAfter = buffer.events.shift()?.seq ?? buffer.completeAfter;
    },
    /** The events after `seq`, or undefined when some of them may be missing. */
    since(topic: string, seq: number): SequencedEvent<E>[] | undefined {
      const buffer = buffers.get(topic);
      if (!buffer || seq < buffer.completeAfter) return undefined;
      return buffer.events.filter((entry) => entry.seq > seq);
    },
    size: (): number => buffers.size,
  };
}
