import type { WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import type { Monitoring } from '../../../../shared/schemas/monitoring.ts';
import { call } from '../../lib/api/client.ts';
import { monitoringRoutes } from '../../lib/api/routes/monitoring.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';
import { LiveResource } from '../../lib/realtime/live-resource.svelte.ts';

/** What the dashboard shows: reports, indicators and lessons, and the action plan they hang on. */
const MONITORED: ReadonlySet<WorkspaceEvent['resource']> = new Set(['monitoring', 'matrix:action', 'matrix:objective']);

/**
 * The monitoring dashboard's data, reloaded whenever a member records a report, changes an
 * indicator or a lesson (`monitoring` events) or edits the action plan (`matrix:action`,
 * `matrix:objective`), so every viewer's charts follow within a second.
 */
export class MonitoringView extends LiveResource<Monitoring> {
  constructor(workspaceId: string, live: LiveEvents) {
    super({
      workspaceId,
      live,
      fetch: () => call(monitoringRoutes.overview, { params: { id: workspaceId } }),
      reloadOn: (event) => MONITORED.has(event.resource),
    });
  }
}
