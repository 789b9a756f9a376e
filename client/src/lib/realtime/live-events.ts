import { createContext } from 'svelte';
import { eventsRoutes } from '../api/routes/events.ts';
import { STREAM_EVENT } from '../../../../shared/api/stream-events.ts';
import type { UserEvent, WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import { hrefOf } from '../api/client.ts';
import { createEventStreams, type OpenSource, type StreamsOptions, type StreamTarget, type SyncReason } from './event-streams.ts';

type LiveEvent = { resource: string };

/** The events of one resource, `item` typed for it: `EventOf<WorkspaceEvent, 'versions'>`. */
export type EventOf<E extends LiveEvent, R extends string> = E extends unknown ? (R extends E['resource'] ? E & { resource: R } : never) : never;

/** A handler per resource a view shows; each receives only the events of its resource. */
export type ResourceHandlers<E extends LiveEvent> = { [R in E['resource']]?: (event: EventOf<E, R>) => void };

export type LiveListener<E extends LiveEvent> = {
  /**
   * Where the view (re)loads its data. It runs once the stream is live and again whenever
   * events may have been missed, so load here, never before subscribing: a change made between
   * a fetch and the subscription cannot be lost.
   */
  onSync: (reason: SyncReason) => void;
  on?: ResourceHandlers<E>;
  /** Every change, whatever its resource: for views that refetch whatever changed. */
  onChange?: (event: E) => void;
};

/**
 * The browser's EventSource: it reconnects by itself after network loss, sending the last
 * position it saw as `Last-Event-ID`, so the server replays what was missed.
 */
export const openEventSource: OpenSource = (url, handlers) => {
  const source = new EventSource(url);
  for (const type of Object.values(STREAM_EVENT)) {
    source.addEventListener(type, (message: MessageEvent<string>) => handlers.message(type, message.data, message.lastEventId));
  }
  source.addEventListener('error', () => handlers.error(source.readyState === EventSource.CLOSED));
  return { close: () => source.close() };
};

const isLiveEvent = (payload: unknown): payload is LiveEvent =>
  typeof payload === 'object' && payload !== null && typeof (payload as { resource?: unknown }).resource === 'string';

/**
 * Hands each payload of a stream to its resource's handler. The server built each event from the
 * contract's schemas (`shared/schemas/events.ts`); a payload without a resource (not one of its
 * events) is dropped.
 */
function dispatch<E extends LiveEvent>(listener: LiveListener<E>) {
  return (payload: unknown): void => {
    if (!isLiveEvent(payload)) return;
    const event = payload as E;
    // The handler stored under an event's resource takes exactly the events of that resource.
    const handler = listener.on?.[event.resource as E['resource']] as ((event: E) => void) | undefined;
    handler?.(event);
    listener.onChange?.(event);
  };
}

export type LiveEvents = ReturnType<typeof createLiveEvents>;

/**
 * The client's typed live events, one per tab, provided to components through context
 * (`setLiveEvents` in App.svelte, `getLiveEvents` where needed): a workspace's changes for
 * the views of that workspace, and the signed-in person's own events (their notifications)
 * on every page. Listeners of one stream share its connection, and the person's own events
 * come on the workspace's stream when one is open (see `createEventStreams`).
 */
export function createLiveEvents(options: StreamsOptions = { open: openEventSource }) {
  const ownStream: StreamTarget = { key: 'me', url: (lastEventId) => hrefOf(eventsRoutes.me, { query: { lastEventId } }) };
  const streams = createEventStreams(ownStream, options);
  const workspaceStream = (workspaceId: string): StreamTarget => ({
    key: `workspace:${workspaceId}`,
    url: (lastEventId) => hrefOf(eventsRoutes.workspace, { params: { id: workspaceId }, query: { lastEventId } }),
  });

  return {
    /** Listens to a workspace's changes; returns the function that stops listening. */
    workspace: (workspaceId: string, listener: LiveListener<WorkspaceEvent>): (() => void) =>
      streams.subscribe(workspaceStream(workspaceId), dispatch(listener), listener.onSync),
    /**
     * Listens to the signed-in person's own events, whatever page they are on; `onSync` also
     * runs when they move between a workspace's stream and the person's own.
     */
    mine: (listener: LiveListener<UserEvent>): (() => void) => streams.subscribePersonal(dispatch(listener), listener.onSync),
  };
}

export const [getLiveEvents, setLiveEvents] = createContext<LiveEvents>();
