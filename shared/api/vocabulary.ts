import { z } from 'zod';
import { updateVocabularyBodySchema, vocabularyResponseSchema } from '../schemas/vocabulary.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

const params = z.object({ id: idSchema });

/** A workspace's policy-area preset and its lists of thematic areas and evidence source types. */
export const vocabularyEndpoints = {
  get: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/vocabulary',
    summary: 'The workspace’s preset, thematic areas and evidence source types (read)',
    tag: 'vocabulary',
    auth: 'session',
    params,
    answers: { 200: vocabularyResponseSchema },
  }),
  update: endpoint({
    method: 'put',
    path: '/api/workspaces/:id/vocabulary',
    summary: 'Replace the preset and the lists; values items already hold stay valid (manageWorkspace)',
    tag: 'vocabulary',
    auth: 'session',
    params,
    body: updateVocabularyBodySchema,
    answers: { 200: vocabularyResponseSchema },
  }),
};
