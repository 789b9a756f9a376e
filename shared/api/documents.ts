import { z } from 'zod';
import { createDocumentBodySchema, documentDetailSchema, renameDocumentBodySchema } from '../schemas/documents.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';


/** Documents of a workspace (`server/routes/documents.ts`); their text syncs over `/collab`. */
export const documentsEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/documents',
    summary: 'Create a document in the workspace, blank or from a template (edit)',
    tag: 'documents',
    auth: 'session',
    params: z.object({ id: idSchema }),
    body: createDocumentBodySchema,
    answers: { 201: documentDetailSchema },
  }),
  get: endpoint({
    method: 'get',
    path: '/api/documents/:id',
    summary: 'A document with the caller’s abilities (read)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    answers: { 200: documentDetailSchema },
  }),
  rename: endpoint({
    method: 'patch',
    path: '/api/documents/:id',
    summary: 'Rename a document (edit)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    body: renameDocumentBodySchema,
    answers: { 200: documentDetailSchema },
  }),
};
