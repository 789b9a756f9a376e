import { activityFilterSchema, activityListSchema } from '../schemas/activity.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

const tag = 'activity';

/**
 * The activity record of a workspace (`server/routes/activity.ts`). The CSV has a path of its
 * own, like `review.csv`, because one status of an endpoint answers one media type.
 */
export const activityEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/activity',
    summary: 'Who did what and when, newest first, filtered (read)',
    tag,
    auth: 'session',
    params: workspaceParams,
    query: activityFilterSchema,
    answers: { 200: activityListSchema },
  }),
  csv: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/activity.csv',
    summary: 'The same entries as CSV (export)',
    tag,
    auth: 'session',
    params: workspaceParams,
    query: activityFilterSchema,
    answers: { 200: { mediaType: 'text/csv', description: 'One row per entry, downloaded as activity-<workspace id>.csv' } },
  }),
};
