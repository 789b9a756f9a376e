import { Hono } from 'hono';
import { activityFilterSchema } from '../../shared/schemas/review.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import { toCsv } from '../export/csv.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound, parseOrThrow } from '../http/errors.ts';
import type { Services } from '../services.ts';

/** `GET /api/workspaces/:id/activity`: the activity record, as JSON or CSV (`format=csv`). */
export function activityRoutes({ activity, policy, editRecorder }: Services) {
  return new Hono<AppEnv>().get('/:id/activity', (c) => {
    const { user } = requireAuth(c);
    const workspaceId = c.req.param('id');
    if (!idSchema.safeParse(workspaceId).success) throw notFound('workspace');
    const filter = parseOrThrow(activityFilterSchema, c.req.query(), 'filter');
    policy.authorize(user.id, workspaceId, filter.format === 'csv' ? 'export' : 'read');
    editRecorder.flushAll();
    const entries = activity.list(workspaceId, filter);
    if (filter.format === 'json') return c.json({ activity: entries });
    const rows = entries.map((e) => [e.at, e.lastAt, e.actorName, e.action, e.documentId, e.subjectId, e.count, e.summary]);
    return c.body(toCsv([['at', 'last at', 'who', 'action', 'document', 'subject', 'count', 'summary'], ...rows]), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="activity-${workspaceId}.csv"`,
    });
  });
}
