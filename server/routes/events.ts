import { Hono } from 'hono';
import { streamSSE, type SSEMessage } from 'hono/streaming';
import { eventStreamQuerySchema, STREAM_EVENT, type ResyncReason, type WorkspaceEvent } from '../../shared/schemas/events.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, notFound, parseOrThrow } from '../http/errors.ts';
import { createOutbox } from '../realtime/sse-outbox.ts';
import type { EndReason } from '../realtime/workspace-events.ts';
import type { Services } from '../services.ts';

/** Messages a stream may queue for a slow reader before it is dropped (it then resumes). */
const OUTBOX_LIMIT = 1000;
/** Streams free up when tabs close; a refused client has no reason to retry sooner. */
const TOO_MANY_STREAMS_RETRY_SECONDS = 30;

const change = (event: WorkspaceEvent, id: string): SSEMessage => ({ event: STREAM_EVENT.change, id, data: JSON.stringify(event) });
const resync = (reason: ResyncReason): SSEMessage => ({ event: STREAM_EVENT.resync, data: JSON.stringify({ reason }) });

/**
 * `GET /api/workspaces/:id/events`: live changes of a workspace as server-sent events. Each
 * change has an `id:` (its position); a reconnecting client sends the last one it saw
 * (`Last-Event-ID`, or `?lastEventId=` when it reconnects by itself) and is replayed what it
 * missed, or sent `resync` when that is no longer possible. `ready` comes once the stream is
 * live, carrying the current position: data fetched after it misses nothing.
 */
export function eventRoutes({ policy, events, logger }: Services) {
  return new Hono<AppEnv>().get('/:id/events', (c) => {
    const { user, session } = requireAuth(c);
    const workspaceId = c.req.param('id');
    if (!idSchema.safeParse(workspaceId).success) throw notFound('workspace');
    policy.authorize(user.id, workspaceId, 'read');
    const query = parseOrThrow(eventStreamQuerySchema, c.req.query(), 'query');
    // The browser's own reconnects carry the newest position in the header; the query may be stale.
    const after = c.req.header('last-event-id') || query.lastEventId;

    const outbox = createOutbox<EndReason | 'aborted'>(OUTBOX_LIMIT);
    // Subscribed before answering, so the cap counts every stream, however fast they arrive.
    const subscription = events.openStream(
      workspaceId,
      { userId: user.id, sessionId: session.id, send: (event, id) => outbox.push(change(event, id)), close: (reason) => outbox.end(reason) },
      after,
    );
    if (subscription.refused) {
      logger.warn('events.refused.too-many-streams', { userId: user.id });
      throw new HttpError(429, 'too_many_streams', 'too many live streams open: close other tabs', undefined, TOO_MANY_STREAMS_RETRY_SECONDS);
    }
    const { keepaliveMs } = events.config;
    // Reverse proxies (nginx) would otherwise buffer the stream and hold events back.
    c.header('X-Accel-Buffering', 'no');

    return streamSSE(c, async (stream) => {
      stream.onAbort(() => outbox.end('aborted'));
      try {
        const { missed, position } = subscription;
        if (missed === 'resync') await stream.writeSSE(resync('unknown-position'));
        else for (const { event, id } of missed ?? []) await stream.writeSSE(change(event, id));
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
  });
}
