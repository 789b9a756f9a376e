import { demoCreatedSchema } from '../schemas/demo.ts';
import { endpoint } from './endpoint.ts';

/** The demo workspace offered on an empty workspace list (`server/routes/demo.ts`). */
export const demoEndpoints = {
  create: endpoint({
    method: 'post',
    path: '/api/demo',
    summary: 'Build the demo workspace for a caller who has no workspace yet',
    tag: 'demo',
    auth: 'session',
    answers: { 201: demoCreatedSchema },
    failures: { 409: 'The caller already has a workspace (`not_empty`)' },
  }),
};
