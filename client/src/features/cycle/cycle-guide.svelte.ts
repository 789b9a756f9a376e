import type { CycleStatus } from '../../../../shared/schemas/cycle.ts';
import { getCycle } from '../../lib/api/matrices-api.ts';
import { subscribeToWorkspace } from '../../lib/realtime/workspace-events.ts';

/**
 * The cycle guide's data. Exit criteria depend on almost everything in the workspace, so any
 * live change triggers a refetch, coalesced so a burst of edits costs one request.
 */
export class CycleGuideState {
  status = $state.raw<CycleStatus | null>(null);
  error = $state<unknown>(null);
  private stop: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  constructor(readonly workspaceId: string) {}

  /** Loads once the live stream is ready (and after a resync); changes are coalesced. */
  start(): void {
    this.stop = subscribeToWorkspace(this.workspaceId, () => this.schedule(), () => void this.refresh());
  }

  destroy(): void {
    this.stop?.();
    if (this.timer) clearTimeout(this.timer);
    this.generation++;
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      const status = await getCycle(this.workspaceId);
      if (generation !== this.generation) return;
      this.status = status;
      this.error = null;
    } catch (error) {
      if (generation === this.generation) this.error = error;
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
