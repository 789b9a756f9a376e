import type { CycleStatus } from '../../../../shared/schemas/cycle.ts';
import { call } from '../../lib/api/client.ts';
import { cycleRoutes } from '../../lib/api/routes/cycle.ts';
import { latestLoad } from '../../lib/realtime/latest-load.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

/**
 * The cycle guide's data. Exit criteria depend on almost everything in the workspace, so any
 * live change triggers a refetch, coalesced so a burst of edits costs one request.
 */
export class CycleGuideState {
  status = $state.raw<CycleStatus | null>(null);
  error = $state<unknown>(null);
  private stop: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly latest = latestLoad();

  constructor(
    readonly workspaceId: string,
    private readonly live: LiveEvents,
  ) {}

  /** Its first read has answered, with the status or an error. */
  get answered(): boolean {
    return this.status !== null || this.error !== null;
  }

  /** Loads once the live stream is ready (and after a resync); changes are coalesced. */
  start(): void {
    this.stop = this.live.workspace(this.workspaceId, { onChange: () => this.schedule(), onSync: () => void this.refresh() });
  }

  destroy(): void {
    this.stop?.();
    if (this.timer) clearTimeout(this.timer);
    this.latest.drop();
  }

  async refresh(): Promise<void> {
    const current = this.latest.begin();
    try {
      const status = await call(cycleRoutes.status, { params: { id: this.workspaceId } });
      if (!current()) return;
      this.status = status;
      this.error = null;
    } catch (error) {
      if (current()) this.error = error;
    }
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, 250);
  }
}
