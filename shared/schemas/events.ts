import { z } from 'zod';
import { documentSchema } from './documents.ts';
import { MATRIX_KINDS, matrixItemSchema, matrixResource } from './matrices/index.ts';
import { publicLinkSchema } from './public-links.ts';
import { versionSummarySchema } from './versions.ts';
import { institutionSchema, memberSchema, workspaceSchema } from './workspaces.ts';

/** What happened to the resource an event names. */
export const eventActionSchema = z.enum(['created', 'updated', 'deleted', 'restored', 'changed']);
export type EventAction = z.infer<typeof eventActionSchema>;

/**
 * One kind of change: `resource` names what changed (one literal, or several sharing an item
 * shape), `id` the item when one, `item` the changed item as every member may see it (no
 * per-caller fields), so clients can update without a refetch; `actorId` who caused it, so a
 * client can tell its own echoes from others' changes.
 */
function change<const R extends string, I extends z.ZodType>(resource: R | readonly R[], item: I) {
  return z.object({
    resource: z.literal(typeof resource === 'string' ? [resource] : resource),
    action: eventActionSchema,
    id: z.string().optional(),
    item: item.optional(),
    actorId: z.string().optional(),
  });
}

/**
 * Events pushed to every member viewing a workspace (server-sent events on
 * `GET /api/workspaces/:id/events`), one variant per resource, told apart by `resource`. Clients
 * patch their view with `item` or refetch that resource.
 */
export const workspaceEventSchema = z.discriminatedUnion('resource', [
  change('workspace', workspaceSchema),
  change('institutions', institutionSchema),
  change('members', memberSchema),
  change('invitations', z.never()),
  change('documents', documentSchema),
  change('threads', z.object({ documentId: z.string() })),
  change('versions', versionSummarySchema),
  change('validation', z.never()),
  change('publicLinks', publicLinkSchema),
  /** A consultation round, its inputs or their dispositions changed (`id`: the round). */
  change('consultation', z.never()),
  change('monitoring', z.never()),
  change(MATRIX_KINDS.map(matrixResource), matrixItemSchema),
]);
export type WorkspaceEvent = z.infer<typeof workspaceEventSchema>;

/**
 * Events addressed to one person whatever page they are on: their notifications changed (one
 * came, or they read some in another tab), so the bell refetches its count. Sent as server-sent
 * events named `personal` on the stream of the workspace the person views, or on
 * `GET /api/me/events` when no workspace is shown: a tab holds one stream either way.
 */
export const userEventSchema = z.discriminatedUnion('resource', [change('notifications', z.never())]);
export type UserEvent = z.infer<typeof userEventSchema>;


/**
 * A stream position, `epoch:seq`: the epoch names the server process that numbered the event,
 * so a position from another process (a restart) is recognised as one it cannot replay from.
 */
export const eventIdSchema = z.string().regex(/^[0-9a-z]{1,32}:[0-9]{1,15}$/, 'expected epoch:sequence');

/**
 * The query of the live streams. `lastEventId` resumes after a position when the client
 * reconnects by itself; the browser's own reconnects send the `Last-Event-ID` header.
 */
export const eventStreamQuerySchema = z.object({ lastEventId: eventIdSchema.optional() });

/** Why the server asks for a refetch: a position it cannot replay from, or the member's access changed. */
export const resyncReasonSchema = z.enum(['unknown-position', 'access-changed']);
export type ResyncReason = z.infer<typeof resyncReasonSchema>;
