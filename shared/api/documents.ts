import { z } from 'zod';
import {
  createDocumentBodySchema,
  documentDeletionPreviewSchema,
  documentDetailSchema,
  documentLanguageBodySchema,
  renameDocumentBodySchema,
} from '../schemas/documents.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';
import { DOCUMENT_CONTENT_PATH, DOCUMENT_DETAIL_PATH } from './early-paths.ts';

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
    path: DOCUMENT_DETAIL_PATH,
    summary: 'A document with the caller’s abilities (read)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    answers: { 200: documentDetailSchema },
  }),
  content: endpoint({
    method: 'get',
    path: DOCUMENT_CONTENT_PATH,
    summary:
      'The document’s text as one Yjs update, for a browser without a copy of it: shown as soon as the page’s code has run, two round trips before its sync socket would bring it; the socket then sends only what changed since (read)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    answers: { 200: { mediaType: 'application/octet-stream', description: 'A Yjs update (version 1 encoding) of the whole document, brotli or gzip compressed when accepted; never cached' } },
    failures: {
      429: 'Too many texts read by this member in a short while (`rate_limited`), or being sent at once (`busy`): the sync socket brings them anyway; see Retry-After',
    },
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
  setLanguage: endpoint({
    method: 'put',
    path: '/api/documents/:id/language',
    summary: 'Set the document’s own language, which its exports are labelled and dated in; null follows the workspace’s (edit)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    body: documentLanguageBodySchema,
    answers: { 200: documentDetailSchema },
  }),
  archive: endpoint({
    method: 'post',
    path: '/api/documents/:id/archive',
    summary: 'Archive a document: read-only and out of the workspace’s list until restored; nothing is lost (archive)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    answers: { 200: documentDetailSchema },
  }),
  restore: endpoint({
    method: 'post',
    path: '/api/documents/:id/restore',
    summary: 'Restore an archived document (archive)',
    tag: 'documents',
    auth: 'session',
    params: documentParams,
    answers: { 200: documentDetailSchema },
  }),
  deletionPreview: endpoint({
    method: 'get',
    path: '/api/documents/:id/deletion-preview',
    summary: 'What deleting the document for good would destroy, to name it in the confirmation (instance administrators)',
    tag: 'documents',
    auth: 'admin',
    params: documentParams,
    answers: { 200: documentDeletionPreviewSchema },
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/documents/:id',
    summary: 'Delete an archived document for good, with its versions and comments (instance administrators)',
    tag: 'documents',
    auth: 'admin',
    params: documentParams,
    answers: { 204: null },
    failures: { 409: 'The document is not archived: archive it first (`not_archived`)' },
  }),
};
