import { z } from 'zod';
import { documentSchema } from './documents.ts';
import { matrixItemSchema, matrixKindSchema } from './matrices/index.ts';
import { publicLinkSchema, versionSummarySchema } from './versions.ts';
import { institutionSchema, memberSchema, workspaceSchema } from './workspaces.ts';

/** What happened to the resource an event names. */
export const eventActionSchema = z.enum(['created', 'updated', 'deleted', 'restored', 'changed']);
export type EventAction = z.infer<typeof eventActionSchema>;

/**
 * One kind of change: `resource` names what changed, `id` the item when one, `item` the changed
 * item as every member may see it (no per-caller fields), so clients can update without a
 * refetch; `actorId` who caused it, so a client can tell its own echoes from others' changes.
 */
function change<const R extends string, I extends z.ZodType>(resource: R, item: I) {
  return z.object({
    resource: z.literal(resource),
    action: eventActionSchema,
    id: z.string().optional(),
    item: item.optional(),
    actorId: z.string().optional(),
  });
}

/**
 * Events pushed to every member viewing a workspace (server-sent events on
 * `GET /api/workspaces/:id/events`), one variant per resource. Clients patch their view with
 * `item` or refetch that resource.
 */
export const workspaceEventSchema = z.union([
  change('workspace', workspaceSchema),
  change('institutions', institutionSchema),
  change('members', memberSchema),
  change('invitations', z.never()),
  change('documents', documentSchema),
  change('threads', z.object({ documentId: z.string() })),
  change('versions', versionSummarySchema),
  change('validation', z.never()),
  change('publicLinks', publicLinkSchema.omit({ url: true })),
  z.object({
    resource: z.templateLiteral(['matrix:', matrixKindSchema]),
    action: eventActionSchema,
    id: z.string().optional(),
    item: matrixItemSchema.optional(),
    actorId: z.string().optional(),
  }),
]);
export type WorkspaceEvent = z.infer<typeof workspaceEventSchema>;
export type WorkspaceEventResource = WorkspaceEvent['resource'];

/**
 * Events addressed to one person whatever page they are on (`GET /api/me/events`): their
 * notifications changed, so the bell refetches its count.
 */
export const userEventSchema = z.union([change('notifications', z.never())]);
export type UserEvent = z.infer<typeof userEventSchema>;

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
