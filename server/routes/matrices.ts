import { Hono, type Context } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import {
  createMatrixItemBodySchema,
  matrixKindSchema,
  updateMatrixItemBodySchema,
  voteBodySchema,
  type MatrixItem,
  type MatrixKind,
} from '../../shared/schemas/matrices/index.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { errorBody, HttpError, jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

/**
 * `/api/workspaces/:id/matrices/:kind[/:itemId]`: one route module for every matrix kind; the
 * kind selects the schema (see `shared/schemas/matrices/index.ts` for the contract). Reading
 * needs `read`, every change needs `edit`, both checked by the policy module.
 */
export function matrixRoutes({ policy, matrixItems, members, activity }: Services) {
  /** Every change of a matrix goes into the workspace's activity record (who changed what, when). */
  function recorded(item: MatrixItem, verb: 'created' | 'updated' | 'deleted' | 'restored', actorId: string): MatrixItem {
    const label = ['title', 'name', 'statement', 'text', 'decision', 'term', 'gap', 'source'].map((field) => item.data[field]).find((v) => typeof v === 'string' && v.trim() !== '');
    activity.record({
      workspaceId: item.workspaceId,
      actorId,
      action: `matrix.${item.kind}.${verb}`,
      subjectId: item.id,
      summary: typeof label === 'string' ? label.slice(0, 200) : item.kind,
    });
    return item;
  }

  /** An owner must be a current member of the same workspace. */
  function checkOwner(workspaceId: string, data: Record<string, unknown>): void {
    const owner = data['ownerMemberId'];
    if (typeof owner !== 'string' || members.findActive(workspaceId, owner)) return;
    throw new HttpError(400, 'invalid_request', 'invalid item', { 'data.ownerMemberId': ['not a member of this workspace'] });
  }

  function target(c: Context<AppEnv>): { workspaceId: string; kind: MatrixKind } {
    const workspaceId = c.req.param('id') ?? '';
    if (!idSchema.safeParse(workspaceId).success) throw notFound('workspace');
    const kind = matrixKindSchema.safeParse(c.req.param('kind'));
    if (!kind.success) throw notFound('matrix');
    return { workspaceId, kind: kind.data };
  }
  const itemId = (c: Context<AppEnv>): string => {
    const id = c.req.param('itemId') ?? '';
    if (!idSchema.safeParse(id).success) throw notFound('item');
    return id;
  };

  return new Hono<AppEnv>()
    .get('/:id/matrices/:kind', (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      const membership = policy.authorize(user.id, workspaceId, 'read');
      const deleted = c.req.query('deleted') === '1';
      return c.json({ items: matrixItems.list(workspaceId, kind, deleted), abilities: abilitiesOf(membership.role) });
    })
    .post('/:id/matrices/:kind', async (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      policy.authorize(user.id, workspaceId, 'edit');
      const { data } = await jsonBody(c, createMatrixItemBodySchema);
      checkOwner(workspaceId, data);
      return c.json({ item: recorded(matrixItems.create(workspaceId, kind, data, user.id), 'created', user.id) }, 201);
    })
    .get('/:id/matrices/:kind/:itemId', (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      policy.authorize(user.id, workspaceId, 'read');
      return c.json({ item: matrixItems.get(workspaceId, kind, itemId(c)) });
    })
    .patch('/:id/matrices/:kind/:itemId', async (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      policy.authorize(user.id, workspaceId, 'edit');
      const id = itemId(c);
      const { version, data } = await jsonBody(c, updateMatrixItemBodySchema);
      checkOwner(workspaceId, data);
      const result = matrixItems.update(workspaceId, kind, id, version, data, user.id);
      if (!result.ok) {
        const conflict = new HttpError(409, 'version_conflict', 'someone changed this item in the meantime');
        return c.json({ ...errorBody(conflict), current: result.current }, 409);
      }
      return c.json({ item: recorded(result.item, 'updated', user.id) });
    })
    .delete('/:id/matrices/:kind/:itemId', (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      policy.authorize(user.id, workspaceId, 'edit');
      return c.json({ item: recorded(matrixItems.remove(workspaceId, kind, itemId(c), user.id), 'deleted', user.id) });
    })
    .post('/:id/matrices/:kind/:itemId/restore', (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      policy.authorize(user.id, workspaceId, 'edit');
      return c.json({ item: recorded(matrixItems.restore(workspaceId, kind, itemId(c), user.id), 'restored', user.id) });
    })
    .post('/:id/matrices/:kind/:itemId/vote', async (c) => {
      const { user } = requireAuth(c);
      const { workspaceId, kind } = target(c);
      // A priority vote is a change of the matrix, so it needs the same ability as editing it.
      policy.authorize(user.id, workspaceId, 'edit');
      const { vote } = await jsonBody(c, voteBodySchema);
      return c.json({ item: matrixItems.vote(workspaceId, kind, itemId(c), vote, user.id) });
    });
}
