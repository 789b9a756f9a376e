import { activityEndpoints as api } from '../../shared/api/activity.ts';
import { csvAttachment } from '../export/csv.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** A workspace's activity record, as JSON or as CSV (`shared/api/activity.ts`). */
export function activityRoutes({ activityService }: Services) {
  return [
    route(api.list, async ({ auth, params, query }) => ({ status: 200, body: { activity: await activityService.list(auth.user, params.id, query) } })),
    route(api.csv, async ({ auth, params, query }) => csvAttachment(await activityService.table(auth.user, params.id, query), `activity-${params.id}.csv`)),
  ];
}
