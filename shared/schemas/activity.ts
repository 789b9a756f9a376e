import { z } from 'zod';

/**
 * The activity record of a workspace: who did what and when, kept after members leave. An edit
 * session over the sync socket is one entry counting its updates.
 */
export const activitySchema = z.object({
  id: z.string(),
  at: z.string(),
  /** For an edit session: the time of its last update. */
  lastAt: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  documentId: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string(),
  count: z.number(),
});
export type ActivityEntry = z.infer<typeof activitySchema>;
export const activityListSchema = z.object({ activity: z.array(activitySchema) });

/** Which entries to list, newest first; the same query serves the JSON list and the CSV. */
export const activityFilterSchema = z
  .object({
    actor: z.string().max(64).optional(),
    action: z.string().max(64).optional(),
    document: z.string().max(64).optional(),
    since: z.iso.datetime().optional(),
    until: z.iso.datetime().optional(),
    limit: z.coerce.number().int().min(1).max(5000).default(500),
  })
  .strict();
export type ActivityFilter = z.infer<typeof activityFilterSchema>;
