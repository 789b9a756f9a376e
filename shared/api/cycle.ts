import { advanceStageBodySchema, advanceStageResponseSchema, cycleStatusSchema } from '../schemas/cycle.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';


/** The policy cycle of a workspace: its stages' exit criteria and moving between them (`server/routes/cycle.ts`). */
export const cycleEndpoints = {
  status: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/cycle',
    summary: 'Where the process stands: the current stage, every stage’s criteria and the agenda (read)',
    tag: 'cycle',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: cycleStatusSchema },
  }),
  advanceStage: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/stage',
    summary: 'Move the workspace to another stage, forward or back, recorded in the decision log (advanceStage)',
    tag: 'cycle',
    auth: 'session',
    params: workspaceParams,
    body: advanceStageBodySchema,
    answers: { 200: advanceStageResponseSchema },
    failures: {
      409:
        'The workspace is already at that stage (`same_stage`), or exit criteria are unmet and no reason was given ' +
        '(`criteria_unmet`, `error.fields.reason` lists them as `stage N: criterion`)',
    },
  }),
};
