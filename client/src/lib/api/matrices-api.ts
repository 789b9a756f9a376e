import {
  matrixItemResponseSchema,
  matrixListSchema,
  type MatrixItem,
  type MatrixKind,
} from '../../../../shared/schemas/matrices/index.ts';
import { advanceStageResponseSchema, cycleStatusSchema } from '../../../../shared/schemas/cycle.ts';
import { demoCreatedSchema } from '../../../../shared/schemas/demo.ts';
import { ApiRequestError, requestJson } from './http.ts';

const base = (workspaceId: string, kind: MatrixKind) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/matrices/${kind}`;
const itemPath = (workspaceId: string, kind: MatrixKind, id: string) => `${base(workspaceId, kind)}/${encodeURIComponent(id)}`;

/** Someone changed the item since this client read it; `current` is what the server has now. */
export class VersionConflictError extends Error {
  constructor(readonly current: MatrixItem) {
    super('version conflict');
    this.name = 'VersionConflictError';
  }
}

export function listMatrix(workspaceId: string, kind: MatrixKind, deleted = false) {
  return requestJson(matrixListSchema, `${base(workspaceId, kind)}${deleted ? '?deleted=1' : ''}`);
}

export async function createMatrixItem(workspaceId: string, kind: MatrixKind, data: Record<string, unknown>): Promise<MatrixItem> {
  return (await requestJson(matrixItemResponseSchema, base(workspaceId, kind), { method: 'POST', body: { data } })).item;
}

/** Changes some fields of the item as it was at `version`; throws VersionConflictError if stale. */
export async function updateMatrixItem(
  workspaceId: string,
  kind: MatrixKind,
  id: string,
  version: number,
  data: Record<string, unknown>,
): Promise<MatrixItem> {
  try {
    return (await requestJson(matrixItemResponseSchema, itemPath(workspaceId, kind, id), { method: 'PATCH', body: { version, data } })).item;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 409) {
      // The 409 body carries the current item; fetch it if a proxy stripped the body.
      const current = await requestJson(matrixItemResponseSchema, itemPath(workspaceId, kind, id));
      throw new VersionConflictError(current.item);
    }
    throw error;
  }
}

export async function deleteMatrixItem(workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
  return (await requestJson(matrixItemResponseSchema, itemPath(workspaceId, kind, id), { method: 'DELETE' })).item;
}

export async function restoreMatrixItem(workspaceId: string, kind: MatrixKind, id: string): Promise<MatrixItem> {
  return (await requestJson(matrixItemResponseSchema, `${itemPath(workspaceId, kind, id)}/restore`, { method: 'POST' })).item;
}

export async function voteMatrixItem(workspaceId: string, kind: MatrixKind, id: string, vote: boolean): Promise<MatrixItem> {
  return (await requestJson(matrixItemResponseSchema, `${itemPath(workspaceId, kind, id)}/vote`, { method: 'POST', body: { vote } })).item;
}

export function getCycle(workspaceId: string) {
  return requestJson(cycleStatusSchema, `/api/workspaces/${encodeURIComponent(workspaceId)}/cycle`);
}

export function advanceStage(workspaceId: string, to: number, reason?: string) {
  return requestJson(advanceStageResponseSchema, `/api/workspaces/${encodeURIComponent(workspaceId)}/stage`, {
    method: 'POST',
    body: reason ? { to, reason } : { to },
  });
}

export function createDemo() {
  return requestJson(demoCreatedSchema, '/api/demo', { method: 'POST' });
}
