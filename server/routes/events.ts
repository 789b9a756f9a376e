import type { Context } from 'hono';
import { streamSSE, type SSEMessage } from 'hono/streaming';
import { eventsEndpoints as api } from '../../shared/api/events.ts';
import { STREAM_EVENT } from '../../shared/api/stream-events.ts';
import type { ResyncReason, UserEvent, WorkspaceEvent } from '../../shared/schemas/events.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import { route } from '../http/routes.ts';
import { createOutbox } from '../realtime/sse-outbox.ts';
import type { EndReason, Listener, StreamSubscription, WorkspaceStreamEvent } from '../realtime/live-events.ts';
import type { Services } from '../services.ts';

/** Messages a stream may queue for a slow reader before it is dropped (it then resumes). */
const OUTBOX_LIMIT = 1000;
/** Streams free up when tabs close; a refused client has no reason to retry sooner. */
const TOO_MANY_STREAMS_RETRY_SECONDS = 30;

const change = (event: WorkspaceEvent, id: string): SSEMessage => ({ event: STREAM_EVENT.change, id, data: JSON.stringify(event) });
const personal = (event: UserEvent, id: string): SSEMessage => ({ event: STREAM_EVENT.personal, id, data: JSON.stringify(event) });
/** A workspace's stream tells its two kinds of events apart by name, so one stream serves both. */
const workspaceMessage = ({ kind, event }: WorkspaceStreamEvent, id: string): SSEMessage =>
  kind === 'workspace' ? change(event, id) : personal(event, id);
const resync = (reason: ResyncReason): SSEMessage => ({ event: STREAM_EVENT.resync, data: JSON.stringify({ reason }) });

/**
 * Live events as server-sent events (`shared/api/events.ts`): a workspace's changes with the
 * caller's own events, or those alone. Each event has an `id:` (its position); a reconnecting
 * client sends the last one it saw (`Last-Event-ID`, or `?lastEventId=` when it reconnects by
 * itself) and is replayed what it missed, or sent `resync` when that is no longer possible.
 * `ready` comes once the stream is live, carrying the current position: data fetched after it
 * misses nothing.
 */
export function eventRoutes({ policy, events, logger }: Services) {
  /**
   * Opens the stream `subscribe` makes and serves it, each event written as `message` makes it,
   * until the client leaves or the server ends it. `confirm` checks access again once the stream
   * is subscribed: a `membership.changed` sent while access was first checked found no stream
   * to end, so the change is caught here.
   */
  async function serve<E>(
    c: Context<AppEnv>,
    caller: { user: { id: string }; session: { id: string } },
    lastEventId: string | undefined,
    subscribe: (listener: Listener<E>, after: string | undefined) => StreamSubscription<E>,
    message: (event: E, id: string) => SSEMessage,
    confirm: () => Promise<unknown> = () => Promise.resolve(),
  ): Promise<Response> {
    // The browser's own reconnects carry the newest position in the header; the query may be stale.
    const after = c.req.header('last-event-id') || lastEventId;
    const outbox = createOutbox<EndReason | 'aborted'>(OUTBOX_LIMIT);
    // Subscribed before answering, so the cap counts every stream, however fast they arrive.
    const subscription = subscribe(
      { userId: caller.user.id, sessionId: caller.session.id, send: (event, id) => outbox.push(message(event, id)), close: (reason) => outbox.end(reason) },
      after,
    );
    if (subscription.refused) {
      logger.warn('events.refused.too-many-streams', { userId: caller.user.id });
      throw new HttpError(429, 'too_many_streams', 'too many live streams open: close other tabs', undefined, TOO_MANY_STREAMS_RETRY_SECONDS);
    }
    try {
      await confirm();
    } catch (error) {
      subscription.unsubscribe();
      throw error;
    }
    const { keepaliveMs } = events.config;
    // Reverse proxies (nginx) would otherwise buffer the stream and hold events back.
    c.header('X-Accel-Buffering', 'no');

    return streamSSE(c, async (stream) => {
      stream.onAbort(() => outbox.end('aborted'));
      try {
        const { missed, position } = subscription;
        if (missed === 'resync') await stream.writeSSE(resync('unknown-position'));
        else for (const { event, id } of missed ?? []) await stream.writeSSE(message(event, id));
        await stream.writeSSE({ event: STREAM_EVENT.ready, id: position, data: JSON.stringify({ position }) });
        let keepaliveAt = Date.now() + keepaliveMs;
        for (;;) {
          const { messages, ended } = await outbox.take(Math.max(0, keepaliveAt - Date.now()));
          for (const message of messages) await stream.writeSSE(message);
          if (ended === 'access-changed') await stream.writeSSE(resync('access-changed'));
          if (ended) break;
          if (Date.now() >= keepaliveAt) {
            // A comment line keeps proxies from closing an idle stream.
            await stream.write(': keepalive\n\n');
            keepaliveAt = Date.now() + keepaliveMs;
          }
        }
      } finally {
        subscription.unsubscribe();
      }
    });
  }

  return [
    route(api.workspace, async ({ auth, params, query }, c) => {
      const authorize = () => policy.authorize(auth.user.id, params.id, 'read');
      await authorize();
      return serve(c, auth, query.lastEventId, (listener, after) => events.openStream(params.id, listener, after), workspaceMessage, authorize);
    }),
    route(api.me, ({ auth, query }, c) => serve(c, auth, query.lastEventId, (listener, after) => events.openUserStream(listener, after), personal)),
  ];
}
