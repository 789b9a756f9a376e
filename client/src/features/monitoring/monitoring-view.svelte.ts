import type { Monitoring } from '../../../../shared/schemas/monitoring.ts';
import { api } from '../../lib/api/client.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import { latestLoad } from '../../lib/realtime/latest-load.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

export type MonitoringLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'notFound' } | { kind: 'failed'; error: unknown };

/**
 * The monitoring dashboard's data, reloaded whenever a member records a report, changes an
 * indicator or a lesson (`monitoring` events) or edits the action plan (`matrix:action`,
 * `matrix:objective`), so every viewer's charts follow within a second.
 */
export class MonitoringView {
  data = $state.raw<Monitoring | null>(null);
  load = $state<MonitoringLoad>({ kind: 'loading' });
  private stop: (() => void) | null = null;
  private readonly latest = latestLoad();

  constructor(
    readonly workspaceId: string,
    private readonly live: LiveEvents,
  ) {}

  /** Loads once the live stream is ready, so no change slips in between. */
  start(): void {
    this.stop = this.live.workspace(this.workspaceId, {
      onChange: (event) => {
        if (event.resource === 'monitoring' || event.resource === 'matrix:action' || event.resource === 'matrix:objective') void this.refresh();
      },
      onSync: () => void this.refresh(),
    });
  }

  destroy(): void {
    this.stop?.();
    this.latest.drop();
  }

  async refresh(): Promise<void> {
    const current = this.latest.begin();
    try {
      const data = await api.monitoring.overview({ params: { id: this.workspaceId } });
      if (!current()) return;
      this.data = data;
      this.load = { kind: 'ready' };
    } catch (error) {
      if (!current()) return;
      if (error instanceof ApiRequestError && (error.status === 404 || error.status === 403)) {
        this.stop?.();
        this.load = { kind: 'notFound' };
      } else if (!this.data) {
        this.load = { kind: 'failed', error };
      }
    }
  }
}
