import type { PendingInvitation } from '../../../../shared/schemas/invitations.ts';
import type { WorkspaceDetail } from '../../../../shared/schemas/workspaces.ts';
import { api } from '../../lib/api/client.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import { latestLoad } from '../../lib/realtime/latest-load.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

export type HomeLoad = { kind: 'loading' } | { kind: 'ready' } | { kind: 'notFound' } | { kind: 'failed'; error: unknown };

/**
 * The workspace home's data: the detail (workspace, own membership and abilities, members,
 * institutions, documents) and pending invitations, refetched whenever the server says
 * something changed, so every viewer sees changes within a second.
 */
export class WorkspaceHome {
  detail = $state.raw<WorkspaceDetail | null>(null);
  invitations = $state.raw<PendingInvitation[]>([]);
  load = $state<HomeLoad>({ kind: 'loading' });
  private stop: (() => void) | null = null;
  private readonly latest = latestLoad();

  constructor(
    readonly workspaceId: string,
    private readonly live: LiveEvents,
  ) {}

  /** Loads once the live stream is ready (so no change slips in between), and on every change. */
  start(): void {
    this.stop = this.live.workspace(this.workspaceId, { onChange: () => void this.refresh(), onSync: () => void this.refresh() });
  }

  destroy(): void {
    this.stop?.();
    this.latest.drop();
  }

  /** Refetches everything; an answer overtaken by a newer request is dropped. */
  async refresh(): Promise<void> {
    const current = this.latest.begin();
    try {
      const params = { id: this.workspaceId };
      const detail = await api.workspaces.get({ params });
      const invitations = detail.abilities.manageMembers ? (await api.invitations.listPending({ params })).invitations : [];
      if (!current()) return;
      this.detail = detail;
      this.invitations = invitations;
      this.load = { kind: 'ready' };
    } catch (error) {
      if (!current()) return;
      // Removed from the workspace while viewing it: the page says so instead of going stale.
      if (error instanceof ApiRequestError && (error.status === 404 || error.status === 403)) {
        this.stop?.();
        this.load = { kind: 'notFound' };
      } else if (!this.detail) {
        this.load = { kind: 'failed', error };
      }
    }
  }
}
