import { z } from 'zod';
import { agreedTermsQuerySchema, agreedTermsSchema, agreeTermBodySchema } from '../schemas/glossary.ts';
import { matrixItemResponseSchema } from '../schemas/matrices/index.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

/**
 * The glossary's agreement workflow. Terms are proposed, reworded and removed through the
 * matrix routes (`kind` glossary, `edit`); agreeing one takes `agreeTerm`.
 */
export const glossaryEndpoints = {
  agree: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/glossary/:itemId/agree',
    summary: 'Agree a proposed term as it was at `version`, recording who agreed it and when (agreeTerm)',
    tag: 'glossary',
    auth: 'session',
    params: z.object({ id: idSchema, itemId: idSchema }),
    body: agreeTermBodySchema,
    answers: { 200: matrixItemResponseSchema },
    failures: { 409: 'The term changed since `version` (`version_conflict`), or it is archived (`item_archived`)' },
  }),
  agreedTerms: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/glossary/agreed',
    summary: 'The agreed terms and their definitions as written in a working language (read)',
    tag: 'glossary',
    auth: 'session',
    params: z.object({ id: idSchema }),
    query: agreedTermsQuerySchema,
    answers: { 200: agreedTermsSchema },
  }),
};
