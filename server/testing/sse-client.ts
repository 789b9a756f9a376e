import { eventsEndpoints } from '../../shared/api/events.ts';
import { urlOf } from '../../shared/api/endpoint.ts';
import { STREAM_EVENT } from '../../shared/api/stream-events.ts';
import type { UserEvent, WorkspaceEvent } from '../../shared/schemas/events.ts';
import { readAnswer } from './api-client.ts';
import { checkAnswer } from './contract-check.ts';
import { readSseFrames } from './sse-frames.ts';

export type StreamOptions = {
  /** Resume after this position, as a reconnecting client does. */
  lastEventId?: string;
  /** How to send it: the browser's header (EventSource's own reconnects) or the client's query. */
  lastEventIdIn?: 'header' | 'query';
};

type EventName = typeof STREAM_EVENT.change | typeof STREAM_EVENT.personal;

/**
 * Reads a server-sent event stream in the background, collecting the events it is for (`main`:
 * a workspace's `change`s, or a person's `personal` events), and their positions, the person's
 * events a workspace's stream also carries, and `resync` requests, as a browser's EventSource
 * would. A refused answer is checked against the contract, like every answer of the test
 * clients. For tests and benchmarks.
 */
async function openStream<E>(baseUrl: string, cookie: string, path: string, main: EventName, onEvent?: (event: E) => void, options: StreamOptions = {}) {
  const controller = new AbortController();
  const headers: Record<string, string> = { cookie };
  let url = path;
  if (options.lastEventId !== undefined) {
    if (options.lastEventIdIn === 'query') url += `?lastEventId=${encodeURIComponent(options.lastEventId)}`;
    else headers['last-event-id'] = options.lastEventId;
  }
  const response = await fetch(`${baseUrl}${url}`, { headers, signal: controller.signal });
  const received: E[] = [];
  /** The person's own events carried by a workspace's stream (`personal`). */
  const personal: UserEvent[] = [];
  /** Positions of the events, of both kinds, in order; `names` says which kind each is. */
  const ids: string[] = [];
  const names: EventName[] = [];
  /** Reasons of the `resync` events received. */
  const resyncs: string[] = [];
  const state = { ready: false, ended: false, position: undefined as string | undefined, lastEventId: options.lastEventId };
  if (response.status !== 200) {
    await readAnswer('GET', url, response);
  } else if (response.body) {
    // The stream's body is read below; only its media type is checked against the contract.
    checkAnswer('GET', url, { status: 200, contentType: response.headers.get('content-type') ?? '', body: null });
    void readSseFrames(response.body, (frame) => {
      if (frame.id !== undefined) state.lastEventId = frame.id;
      if (frame.event === STREAM_EVENT.ready) {
        state.ready = true;
        state.position = frame.id;
      } else if (frame.event === STREAM_EVENT.resync) {
        resyncs.push((JSON.parse(frame.data) as { reason: string }).reason);
      } else if (frame.event === STREAM_EVENT.change || frame.event === STREAM_EVENT.personal) {
        ids.push(frame.id ?? '');
        names.push(frame.event);
        if (frame.event === main) {
          const event = JSON.parse(frame.data) as E;
          received.push(event);
          onEvent?.(event);
        } else {
          personal.push(JSON.parse(frame.data) as UserEvent);
        }
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
    personal,
    ids,
    names,
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

/** A workspace's live changes (`GET /api/workspaces/:id/events`), with the person's own events in `personal`. */
export const subscribeToWorkspace = (baseUrl: string, cookie: string, workspaceId: string, onEvent?: (event: WorkspaceEvent) => void, options?: StreamOptions) =>
  openStream(baseUrl, cookie, urlOf(eventsEndpoints.workspace, { params: { id: workspaceId } }), STREAM_EVENT.change, onEvent, options);

/** The signed-in person's own live events (`GET /api/me/events`). */
export const subscribeToOwnEvents = (baseUrl: string, cookie: string, onEvent?: (event: UserEvent) => void, options?: StreamOptions) =>
  openStream(baseUrl, cookie, urlOf(eventsEndpoints.me), STREAM_EVENT.personal, onEvent, options);
