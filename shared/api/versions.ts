import {
  compareQuerySchema,
  compareResultSchema,
  createVersionBodySchema,
  versionDetailSchema,
  versionListSchema,
  versionSummarySchema,
} from '../schemas/versions.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';

const versionParams = documentParams.extend({ versionId: idSchema });
const tag = 'versions';

/**
 * Versions of a document (`server/routes/versions.ts`): named by people, taken automatically
 * when editing pauses, frozen by validation signatures; opened, compared and restored.
 */
export const versionsEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/documents/:id/versions',
    summary: 'The document’s versions, newest first (read)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: versionListSchema },
  }),
  create: endpoint({
    method: 'post',
    path: '/api/documents/:id/versions',
    summary: 'Name the current text as a version (edit)',
    tag,
    auth: 'session',
    params: documentParams,
    body: createVersionBodySchema,
    answers: { 201: versionSummarySchema },
  }),
  // Declared (hence mounted) before `get`, whose `:versionId` would otherwise take `compare`.
  compare: endpoint({
    method: 'get',
    path: '/api/documents/:id/versions/compare',
    summary: 'Compare two versions word by word; `current` names the live draft (read)',
    tag,
    auth: 'session',
    params: documentParams,
    query: compareQuerySchema,
    answers: { 200: compareResultSchema },
  }),
  get: endpoint({
    method: 'get',
    path: '/api/documents/:id/versions/:versionId',
    summary: 'One version with its text, read-only (read)',
    tag,
    auth: 'session',
    params: versionParams,
    answers: { 200: versionDetailSchema },
  }),
  restore: endpoint({
    method: 'post',
    path: '/api/documents/:id/versions/:versionId/restore',
    summary: 'Bring back a version’s text as a new change that open editors receive; recorded as a version (edit)',
    tag,
    auth: 'session',
    params: versionParams,
    answers: { 201: versionSummarySchema },
    failures: { 422: 'The version holds content the editor cannot load' },
  }),
};
