import { SvelteMap } from 'svelte/reactivity';
import type { Abilities } from '../../../../shared/policy/abilities.ts';
import type { WorkspaceEvent } from '../../../../shared/schemas/events.ts';
import { matrixItemSchema, matrixResource, type MatrixItem, type MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import type { Member } from '../../../../shared/schemas/workspaces.ts';
import { call } from '../../lib/api/client.ts';
import { matricesRoutes } from '../../lib/api/routes/matrices.ts';
import { workspacesRoutes } from '../../lib/api/routes/workspaces.ts';
import { latestLoad } from '../../lib/realtime/latest-load.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';
import type { LiveLoad } from '../../lib/realtime/live-resource.svelte.ts';

/**
 * The live view of some matrices of a workspace: items per kind (archived ones too, kept apart
 * by `list` and `archived`), kept current from the workspace's server-sent events (each event
 * carries the changed item, so no refetch), plus
 * the members (for owners) and the caller's abilities. It loads once the stream is ready and
 * refetches when the server says events were lost (`resync`); a reconnect within reach of the
 * server's replay buffer just receives the missed events.
 */
export class WorkspaceMatrices {
  readonly items = new SvelteMap<MatrixKind, MatrixItem[]>();
  members = $state.raw<Member[]>([]);
  abilities = $state.raw<Abilities | null>(null);
  workspaceTitle = $state('');
  /** Read-only for everyone while archived. */
  workspaceArchived = $state(false);
  load = $state<LiveLoad>({ kind: 'loading' });
  /** Ids of items changed by someone else recently, to highlight them briefly. */
  readonly recentlyChanged = new SvelteMap<string, number>();
  private stop: (() => void) | null = null;
  private readonly latest = latestLoad();
  /** Items events brought while a refetch was in flight: they may be newer than its answer. */
  private arrivedDuringRefresh: MatrixItem[] | null = null;

  constructor(
    readonly workspaceId: string,
    private readonly kinds: readonly MatrixKind[],
    private readonly live: LiveEvents,
    private readonly selfId: () => string | null = () => null,
  ) {}

  start(): void {
    this.stop = this.live.workspace(this.workspaceId, { onChange: (event) => this.apply(event), onSync: () => void this.refresh() });
  }

  destroy(): void {
    this.stop?.();
    this.latest.drop();
  }

  /** The items in use. */
  list(kind: MatrixKind): MatrixItem[] {
    return this.all(kind).filter((item) => item.archivedAt === null);
  }

  /** The archived items, most recently archived first. */
  archived(kind: MatrixKind): MatrixItem[] {
    return this.all(kind)
      .filter((item) => item.archivedAt !== null)
      .sort((a, b) => (b.archivedAt ?? '').localeCompare(a.archivedAt ?? ''));
  }

  find(kind: MatrixKind, id: string): MatrixItem | undefined {
    return this.list(kind).find((item) => item.id === id);
  }

  private all(kind: MatrixKind): MatrixItem[] {
    return this.items.get(kind) ?? [];
  }

  async refresh(): Promise<void> {
    const current = this.latest.begin();
    this.arrivedDuringRefresh = [];
    try {
      const list = (kind: MatrixKind, archived: boolean) =>
        call(matricesRoutes.list, { params: { id: this.workspaceId, kind }, query: archived ? { archived: '1' } : {} });
      const [detail, ...lists] = await Promise.all([
        call(workspacesRoutes.get, { params: { id: this.workspaceId } }),
        ...this.kinds.flatMap((kind) => [list(kind, false), list(kind, true)]),
      ]);
      if (!current()) return;
      this.members = detail.members;
      this.abilities = detail.abilities;
      this.workspaceTitle = detail.workspace.title;
      this.workspaceArchived = detail.workspace.archivedAt !== null;
      this.kinds.forEach((kind, index) => this.items.set(kind, [...(lists[2 * index]?.items ?? []), ...(lists[2 * index + 1]?.items ?? [])]));
      // The lists may have been read before those events' changes: put them back on top.
      for (const item of this.arrivedDuringRefresh ?? []) this.upsert(item);
      this.arrivedDuringRefresh = null;
      this.load = { kind: 'ready' };
    } catch (error) {
      if (!current()) return;
      this.arrivedDuringRefresh = null;
      const status = (error as { status?: number }).status;
      this.load = status === 404 || status === 403 ? { kind: 'notFound' } : { kind: 'failed', error };
    }
  }

  /** Puts a server answer or event item in place; an older version never replaces a newer one. */
  upsert(item: MatrixItem): void {
    const list = this.all(item.kind);
    const existing = list.find((i) => i.id === item.id);
    if (existing && existing.version > item.version) return;
    if (item.deletedAt !== null) {
      this.items.set(item.kind, list.filter((i) => i.id !== item.id));
      return;
    }
    this.items.set(item.kind, existing ? list.map((i) => (i.id === item.id ? item : i)) : [...list, item]);
  }

  private apply(event: WorkspaceEvent): void {
    const kind = this.kinds.find((k) => matrixResource(k) === event.resource);
    if (!kind) return;
    const parsed = matrixItemSchema.safeParse(event.item);
    if (!parsed.success) {
      void this.refresh();
      return;
    }
    this.upsert(parsed.data);
    this.arrivedDuringRefresh?.push(parsed.data);
    if (event.actorId && event.actorId !== this.selfId()) {
      const at = Date.now();
      this.recentlyChanged.set(parsed.data.id, at);
      setTimeout(() => {
        if (this.recentlyChanged.get(parsed.data.id) === at) this.recentlyChanged.delete(parsed.data.id);
      }, 2500);
    }
  }
}
