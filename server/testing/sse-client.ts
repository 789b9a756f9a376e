import { STREAM_EVENT, type WorkspaceEvent } from '../../shared/schemas/events.ts';
import { readSseFrames } from './sse-frames.ts';

export type StreamOptions = {
  /** Resume after this position, as a reconnecting client does. */
  lastEventId?: string;
  /** How to send it: the browser's header (EventSource's own reconnects) or the client's query. */
  lastEventIdIn?: 'header' | 'query';
};

/**
 * Reads a workspace's server-sent event stream in the background, collecting `change` events
 * (and their positions) and `resync` requests, as a browser's EventSource would. For tests and
 * benchmarks.
 */
export async function subscribeToWorkspace(
  baseUrl: string,
  cookie: string,
  workspaceId: string,
  onEvent?: (event: WorkspaceEvent) => void,
  options: StreamOptions = {},
) {
  const controller = new AbortController();
  const headers: Record<string, string> = { cookie };
  let url = `${baseUrl}/api/workspaces/${workspaceId}/events`;
  if (options.lastEventId !== undefined) {
    if (options.lastEventIdIn === 'query') url += `?lastEventId=${encodeURIComponent(options.lastEventId)}`;
    else headers['last-event-id'] = options.lastEventId;
  }
  const response = await fetch(url, { headers, signal: controller.signal });
  const received: WorkspaceEvent[] = [];
  /** Positions of the `change` events, in order. */
  const ids: string[] = [];
  /** Reasons of the `resync` events received. */
  const resyncs: string[] = [];
  const state = { ready: false, ended: false, position: undefined as string | undefined, lastEventId: options.lastEventId };
  if (response.body) {
    void readSseFrames(response.body, (frame) => {
      if (frame.id !== undefined) state.lastEventId = frame.id;
      if (frame.event === STREAM_EVENT.ready) {
        state.ready = true;
        state.position = frame.id;
      } else if (frame.event === STREAM_EVENT.resync) {
        resyncs.push((JSON.parse(frame.data) as { reason: string }).reason);
      } else if (frame.event === STREAM_EVENT.change) {
        const event = JSON.parse(frame.data) as WorkspaceEvent;
        received.push(event);
        ids.push(frame.id ?? '');
        onEvent?.(event);
      }
    })
      // Rejected when the caller aborts.
      .catch(() => {})
      .finally(() => (state.ended = true));
  }
  return {
    status: response.status,
    headers: response.headers,
    received,
    ids,
    resyncs,
    isReady: () => state.ready,
    isEnded: () => state.ended,
    /** The position `ready` carried: where this stream started. */
    position: () => state.position,
    /** The last position seen, what EventSource would send as `Last-Event-ID` on reconnect. */
    lastEventId: () => state.lastEventId,
    close: () => controller.abort(),
  };
}
