import type { MatrixItem, MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import {
  createMatrixItem,
  deleteMatrixItem,
  restoreMatrixItem,
  updateMatrixItem,
  VersionConflictError,
  voteMatrixItem,
} from '../../lib/api/matrices-api.ts';
import type { WorkspaceMatrices } from './workspace-matrices.svelte.ts';

const UNDO_MS = 12_000;

/**
 * Changes to one matrix: every write puts the server's answer in the live view at once
 * (SSE echoes arrive later and are ignored as older or equal), a stale version becomes a
 * conflict to resolve, and a deletion offers an undo for a few seconds (the server keeps it
 * restorable for a day).
 */
export class MatrixEditor {
  conflict = $state.raw<{ current: MatrixItem; base: MatrixItem; mine: Record<string, unknown> } | null>(null);
  undoable = $state.raw<MatrixItem | null>(null);
  private undoTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: WorkspaceMatrices,
    readonly kind: MatrixKind,
  ) {}

  async create(data: Record<string, unknown>): Promise<MatrixItem> {
    const item = await createMatrixItem(this.store.workspaceId, this.kind, data);
    this.store.upsert(item);
    return item;
  }

  /** Saves the changed fields; returns false when a conflict must be resolved first. */
  async save(item: MatrixItem, changes: Record<string, unknown>): Promise<boolean> {
    if (Object.keys(changes).length === 0) return true;
    try {
      this.store.upsert(await updateMatrixItem(this.store.workspaceId, item.kind, item.id, item.version, changes));
      return true;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      this.store.upsert(error.current);
      this.conflict = { current: error.current, base: item, mine: changes };
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
    this.store.upsert(await deleteMatrixItem(this.store.workspaceId, item.kind, item.id));
    this.undoable = item;
    if (this.undoTimer) clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => (this.undoable = null), UNDO_MS);
  }

  async undo(): Promise<void> {
    const item = this.undoable;
    if (!item) return;
    this.undoable = null;
    this.store.upsert(await restoreMatrixItem(this.store.workspaceId, item.kind, item.id));
  }

  async vote(item: MatrixItem, vote: boolean): Promise<void> {
    this.store.upsert(await voteMatrixItem(this.store.workspaceId, item.kind, item.id, vote));
  }
}
