import type { WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import { ApiRequestError } from '../api/http.ts';
import { latestLoad } from './latest-load.ts';
import type { LiveEvents } from './live-events.ts';

export type LiveLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'notFound' } | { kind: 'failed'; error: unknown };

export type LiveResourceOptions<T> = {
  workspaceId: string;
  live: LiveEvents;
  fetch: () => Promise<T>;
  /** Which changes make it fetch again; every change when left out. */
  reloadOn?: (event: WorkspaceEvent) => boolean;
};

/**
 * A page's data about one workspace, kept current: fetched once the workspace's live stream is
 * ready (so no change made in between is missed), again on every change it cares about and
 * after a resync. Fetches may overlap in a burst: only the newest one's answer is shown. A 404
 * or 403 means the reader was removed (or the workspace deleted): it stops listening and says
 * `notFound` instead of going stale; any other failure keeps what was shown.
 */
export class LiveResource<T> {
  data = $state.raw<T | null>(null);
  load = $state<LiveLoad>({ kind: 'loading' });
  private stop: (() => void) | null = null;
  private readonly latest = latestLoad();

  constructor(private readonly options: LiveResourceOptions<T>) {}

  start(): void {
    const { reloadOn } = this.options;
    this.stop = this.options.live.workspace(this.options.workspaceId, {
      onChange: (event) => {
        if (!reloadOn || reloadOn(event)) void this.refresh();
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
      const data = await this.options.fetch();
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
