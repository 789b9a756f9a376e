import type { PendingInvitation } from '../../../../shared/schemas/invitations.ts';
import type { WorkspaceDetail } from '../../../../shared/schemas/workspaces.ts';
import { call } from '../../lib/api/client.ts';
import { invitationsRoutes } from '../../lib/api/routes/invitations.ts';
import { workspacesRoutes } from '../../lib/api/routes/workspaces.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';
import { LiveResource } from '../../lib/realtime/live-resource.svelte.ts';

type Home = { detail: WorkspaceDetail; invitations: PendingInvitation[] };

/**
 * The workspace home's data: the detail (workspace, own membership and abilities, members,
 * institutions, documents) and pending invitations, refetched whenever the server says
 * something changed, so every viewer sees changes within a second.
 */
export class WorkspaceHome extends LiveResource<Home> {
  constructor(workspaceId: string, live: LiveEvents) {
    super({
      workspaceId,
      live,
      fetch: async () => {
        const params = { id: workspaceId };
        const detail = await call(workspacesRoutes.get, { params });
        const invitations = detail.abilities.manageMembers ? (await call(invitationsRoutes.listPending, { params })).invitations : [];
        return { detail, invitations };
      },
    });
  }

  get detail(): WorkspaceDetail | null {
    return this.data?.detail ?? null;
  }

  get invitations(): PendingInvitation[] {
    return this.data?.invitations ?? [];
  }
}
