import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/** The server itself: readiness and this API's description (`server/routes/system.ts`). */
export const systemEndpoints = {
  health: endpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Readiness: the server and its database are up',
    tag: 'system',
    auth: 'none',
    answers: { 200: z.object({ status: z.literal('ok') }) },
  }),
  openApi: endpoint({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description of the API (OpenAPI 3.1)',
    tag: 'system',
    auth: 'none',
    answers: { 200: { mediaType: 'application/json', description: 'The OpenAPI 3.1 document' } },
  }),
};
