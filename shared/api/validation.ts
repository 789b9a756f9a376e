import { ladderSchema, signBodySchema, stepsBodySchema, stepsResponseSchema, workspaceValidationSchema } from '../schemas/validation.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams, workspaceParams } from './params.ts';

const tag = 'validation';

/**
 * The validation ladder (`server/routes/validation.ts`): the steps a workspace's documents go
 * through, signed in order by the role each step names; a signature freezes the text as a version.
 */
export const validationEndpoints = {
  ladder: endpoint({
    method: 'get',
    path: '/api/documents/:id/validation',
    summary: 'Where the document stands on the ladder, with the steps the caller may sign (read)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: ladderSchema },
  }),
  sign: endpoint({
    method: 'post',
    path: '/api/documents/:id/validation/:stepId/sign',
    summary: 'Sign the current step on the current text, freezing it as a version (signValidation, by the step’s role)',
    tag,
    auth: 'session',
    params: documentParams.extend({ stepId: idSchema }),
    body: signBodySchema,
    answers: { 201: ladderSchema },
    failures: { 409: 'An earlier step is not validly signed: steps are signed in order' },
  }),
  workspace: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/validation',
    summary: 'The workspace’s ladder and where each of its documents stands on it (read)',
    tag,
    auth: 'session',
    params: workspaceParams,
    answers: { 200: workspaceValidationSchema },
  }),
  replaceSteps: endpoint({
    method: 'put',
    path: '/api/workspaces/:id/validation/steps',
    summary: 'Reconfigure the ladder; steps kept by id keep their signatures (manageWorkspace)',
    tag,
    auth: 'session',
    params: workspaceParams,
    body: stepsBodySchema,
    answers: { 200: stepsResponseSchema },
  }),
};
