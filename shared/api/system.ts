import { z } from 'zod';
import { endpoint } from './endpoint.ts';

/** Ready: the database answers, and Redis too when instances share it (`relay`). */
const readinessSchema = z.object({ status: z.literal('ready'), relay: z.enum(['ok', 'not-used']) });

/** The server itself: readiness and this API's description (`server/routes/system.ts`). */
export const systemEndpoints = {
  health: endpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process answers (a load balancer restarts it otherwise)',
    tag: 'system',
    auth: 'none',
    answers: { 200: z.object({ status: z.literal('ok') }) },
  }),
  ready: endpoint({
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the database answers, and Redis when instances share it (a load balancer sends no traffic otherwise)',
    tag: 'system',
    auth: 'none',
    answers: { 200: readinessSchema },
    failures: { 503: 'Not ready (`not_ready`): the message names what is unavailable (database, redis)' },
  }),
  metrics: endpoint({
    method: 'get',
    path: '/metrics',
    summary: 'Metrics of this instance in Prometheus text format (with CADRE_METRICS_TOKEN: as a bearer token)',
    tag: 'system',
    auth: 'none',
    answers: { 200: { mediaType: 'text/plain', description: 'Prometheus exposition format 0.0.4' } },
    failures: { 404: 'A wrong or missing token: the endpoint does not reveal itself' },
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
