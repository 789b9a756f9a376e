import { z } from 'zod';
import {
  createMatrixItemBodySchema,
  matrixItemResponseSchema,
  matrixKindSchema,
  matrixListQuerySchema,
  matrixListSchema,
  updateMatrixItemBodySchema,
  votableKindSchema,
  voteBodySchema,
} from '../schemas/matrices/index.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

const matrixParams = z.object({ id: idSchema, kind: matrixKindSchema });
const itemParams = matrixParams.extend({ itemId: idSchema });

/**
 * Structured matrices of a workspace, one set of routes for every kind; the kind selects the
 * schema of `data` (`shared/schemas/matrices/index.ts`). Reading needs `read`, every change `edit`,
 * archiving `archive`.
 */
export const matricesEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/matrices/:kind',
    summary: 'The live items of a matrix, its undo bin or its archived items, with the caller’s abilities (read)',
    tag: 'matrices',
    auth: 'session',
    params: matrixParams,
    query: matrixListQuerySchema,
    answers: { 200: matrixListSchema },
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/matrices/:kind',
    summary: 'Add an item to a matrix (edit)',
    tag: 'matrices',
    auth: 'session',
    params: matrixParams,
    body: createMatrixItemBodySchema,
    answers: { 201: matrixItemResponseSchema },
  }),
  get: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/matrices/:kind/:itemId',
    summary: 'One live item of a matrix (read)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams,
    answers: { 200: matrixItemResponseSchema },
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/workspaces/:id/matrices/:kind/:itemId',
    summary: 'Change some fields of an item as it was at `version` (edit)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams,
    body: updateMatrixItemBodySchema,
    answers: { 200: matrixItemResponseSchema },
    failures: {
      409: 'Someone changed the item since `version` (`version_conflict`): read it again and re-apply; or it is archived (`item_archived`)',
    },
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/workspaces/:id/matrices/:kind/:itemId',
    summary: 'Delete an item; it stays restorable for a day (edit)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams,
    answers: { 200: matrixItemResponseSchema },
  }),
  archive: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/matrices/:kind/:itemId/archive',
    summary: 'Archive an item: off the matrix, kept and restorable for good (archive)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams,
    answers: { 200: matrixItemResponseSchema },
  }),
  restore: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/matrices/:kind/:itemId/restore',
    summary: 'Bring an item back: a deleted one within a day (edit), or an archived one (archive)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams,
    answers: { 200: matrixItemResponseSchema },
    failures: { 410: 'The item was deleted too long ago to be restored (`restore_expired`)' },
  }),
  vote: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/matrices/:kind/:itemId/vote',
    summary: 'Add or remove the caller’s priority vote on an item (edit)',
    tag: 'matrices',
    auth: 'session',
    params: itemParams.extend({ kind: votableKindSchema }),
    body: voteBodySchema,
    answers: { 200: matrixItemResponseSchema },
    failures: { 409: 'The item is archived (`item_archived`)' },
  }),
};
