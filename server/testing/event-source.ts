import { STREAM_EVENT } from '../../shared/api/stream-events.ts';
import type { OpenSource } from '../../client/src/lib/realtime/event-streams.ts';
import { readSseFrames } from './sse-frames.ts';

const STREAM_EVENT_NAMES = new Set<string>(Object.values(STREAM_EVENT));
const isStreamEvent = (name: string): name is (typeof STREAM_EVENT)[keyof typeof STREAM_EVENT] => STREAM_EVENT_NAMES.has(name);

/**
 * EventSource as browsers implement it, for the client's stream code under Node: a refused
 * answer (not 200 `text/event-stream`) closes it for good; a stream that ends or breaks is
 * reopened after `reconnectMs` with `Last-Event-ID`. Test controls: `drop()` cuts every open
 * connection as a network loss would; `hold()` keeps new connections from reaching the server
 * until released; `replacePosition()` makes the next reconnect send another position, as after
 * a server restart. Every request made is recorded.
 */
export function nodeEventSources(baseUrl: string, cookie: string, reconnectMs = 20) {
  const open = new Set<AbortController>();
  const requests: { url: string; lastEventId: string | undefined }[] = [];
  let gate: Promise<void> = Promise.resolve();
  let replacement: string | undefined;

  const openSource: OpenSource = (url, handlers) => {
    let closed = false;
    let current: AbortController | undefined;
    let lastEventId = '';
    void (async () => {
      while (!closed) {
        await gate;
        if (closed) return;
        if (replacement !== undefined && lastEventId) [lastEventId, replacement] = [replacement, undefined];
        const controller = (current = new AbortController());
        open.add(controller);
        try {
          const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
          if (lastEventId) headers['last-event-id'] = lastEventId;
          requests.push({ url, lastEventId: headers['last-event-id'] });
          const response = await fetch(new URL(url, baseUrl), { headers, signal: controller.signal });
          if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/event-stream') || !response.body) {
            await response.body?.cancel();
            closed = true;
            handlers.error(true);
            return;
          }
          await readSseFrames(response.body, ({ event, data, id }) => {
            if (id !== undefined) lastEventId = id;
            if (!closed && isStreamEvent(event)) handlers.message(event, data, lastEventId);
          });
        } catch {
          // A network loss (or `drop()`): reconnect like a browser.
        } finally {
          open.delete(controller);
        }
        if (closed) return;
        handlers.error(false);
        await new Promise((resolve) => setTimeout(resolve, reconnectMs));
      }
    })();
    return {
      close: () => {
        closed = true;
        current?.abort();
      },
    };
  };

  return {
    open: openSource,
    requests,
    drop: (): void => {
      for (const controller of open) controller.abort();
    },
    replacePosition: (position: string): void => {
      replacement = position;
    },
    /** Holds back new connections until the returned function is called. */
    hold: (): (() => void) => {
      let release = () => {};
      gate = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
}
