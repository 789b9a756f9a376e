import { votableKindSchema, type MatrixItem, type MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import { call } from '../../lib/api/client.ts';
import { matricesRoutes } from '../../lib/api/routes/matrices.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import type { WorkspaceMatrices } from './workspace-matrices.svelte.ts';

/**
 * Changes to one matrix: every write puts the server's answer in the live view at once
 * (SSE echoes arrive later and are ignored as older or equal), and a stale version becomes a
 * conflict to resolve. Deleting (restorable for a day) and archiving (for good) are undone by
 * `restore`, which the page offers for a few seconds.
 */
export class MatrixEditor {
  conflict = $state.raw<{ current: MatrixItem; base: MatrixItem; mine: Record<string, unknown> } | null>(null);

  constructor(
    private readonly store: WorkspaceMatrices,
    readonly kind: MatrixKind,
  ) {}

  async create(data: Record<string, unknown>): Promise<MatrixItem> {
    const { item } = await call(matricesRoutes.create, { params: { id: this.store.workspaceId, kind: this.kind }, body: { data } });
    this.store.upsert(item);
    return item;
  }

  /** Saves the changed fields; returns false when a conflict must be resolved first. */
  async save(item: MatrixItem, changes: Record<string, unknown>): Promise<boolean> {
    if (Object.keys(changes).length === 0) return true;
    const params = this.paramsOf(item);
    try {
      this.store.upsert((await call(matricesRoutes.update, { params, body: { version: item.version, data: changes } })).item);
      return true;
    } catch (error) {
      if (!(error instanceof ApiRequestError && error.status === 409)) throw error;
      // The conflict answer names the conflict only: read the version that won.
      const { item: current } = await call(matricesRoutes.get, { params });
      this.store.upsert(current);
      this.conflict = { current, base: item, mine: changes };
      return false;
    }
  }

  /** Applies the user's change on top of the version that won. */
  async reapply(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.conflict = null;
    await this.save(conflict.current, conflict.mine);
  }

  dismissConflict(): void {
    this.conflict = null;
  }

  async remove(item: MatrixItem): Promise<void> {
    this.store.upsert((await call(matricesRoutes.remove, { params: this.paramsOf(item) })).item);
  }

  async archive(item: MatrixItem): Promise<void> {
    this.store.upsert((await call(matricesRoutes.archive, { params: this.paramsOf(item) })).item);
  }

  /** Brings back a deleted or an archived item. */
  async restore(item: MatrixItem): Promise<void> {
    this.store.upsert((await call(matricesRoutes.restore, { params: this.paramsOf(item) })).item);
  }

  /** Only kinds whose items carry votes (SWOT) offer this. */
  async vote(item: MatrixItem, vote: boolean): Promise<void> {
    const params = { ...this.paramsOf(item), kind: votableKindSchema.parse(item.kind) };
    this.store.upsert((await call(matricesRoutes.vote, { params, body: { vote } })).item);
  }

  private paramsOf(item: MatrixItem) {
    return { id: this.store.workspaceId, kind: item.kind, itemId: item.id };
  }
}
