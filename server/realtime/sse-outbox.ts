import type { SSEMessage } from 'hono/streaming';

/**
 * The messages waiting to be written to one server-sent events response. Publishing never
 * waits on a slow client: events queue here, and a client that falls `limit` messages behind is
 * dropped (`overflow`); it reconnects from its last position and is replayed or told to resync.
 */
export function createOutbox<Reason extends string>(limit: number) {
  const queue: SSEMessage[] = [];
  let ended: Reason | 'overflow' | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };

  return {
    push(message: SSEMessage): void {
      if (ended !== undefined) return;
      if (queue.length >= limit) ended = 'overflow';
      else queue.push(message);
      notify();
    },
    /** The first reason given wins: a stream ends once, for one reason. */
    end(reason: Reason): void {
      ended ??= reason;
      notify();
    },
    /** Waits up to `ms` for messages or the end; returns what was queued and the end reason, if any. */
    async take(ms: number): Promise<{ messages: SSEMessage[]; ended: Reason | 'overflow' | undefined }> {
      if (queue.length === 0 && ended === undefined) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      return { messages: queue.splice(0), ended };
    },
  };
}
