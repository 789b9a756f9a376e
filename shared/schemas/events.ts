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
