import { z } from 'zod';

/**
 * Events pushed to every member viewing a workspace (server-sent events on
 * `GET /api/workspaces/:id/events`). `resource` names what changed (e.g. "swot", "threads",
 * "members", "workspace"); `id` the item, when one; `version` lets a client skip stale events.
 * Clients refetch or patch their view of that resource. Each feature documents its payloads.
 */
export const workspaceEventSchema = z.object({
  resource: z.string(),
  action: z.enum(['created', 'updated', 'deleted', 'restored', 'changed']),
  id: z.string().optional(),
  /** The changed item as the API returns it, so clients can update without a refetch. */
  item: z.unknown().optional(),
  /** Who caused the change, so a client can tell its own echoes from others' changes. */
  actorId: z.string().optional(),
});
export type WorkspaceEvent = z.infer<typeof workspaceEventSchema>;

/**
 * Names of the server-sent events of a workspace stream. `change` carries a `WorkspaceEvent`;
 * `ready` says the subscription is live (fetch after it and nothing is missed); `resync` says
 * events were lost or access changed, so the client must refetch what it shows.
 */
export const STREAM_EVENT = { ready: 'ready', change: 'change', resync: 'resync' } as const;

/**
 * A stream position, `epoch:seq`: the epoch names the server process that numbered the event,
 * so a position from another process (a restart) is recognised as one it cannot replay from.
 */
export const eventIdSchema = z.string().regex(/^[0-9a-z]{1,32}:[0-9]{1,15}$/, 'expected epoch:sequence');

/**
 * The query of `GET /api/workspaces/:id/events`. `lastEventId` resumes after a position when the
 * client reconnects by itself; the browser's own reconnects send the `Last-Event-ID` header.
 */
export const eventStreamQuerySchema = z.object({ lastEventId: eventIdSchema.optional() });

/** Why the server asks for a refetch: a position it cannot replay from, or the member's access changed. */
export const resyncReasonSchema = z.enum(['unknown-position', 'access-changed']);
export type ResyncReason = z.infer<typeof resyncReasonSchema>;
