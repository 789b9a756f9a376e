import { idSchema } from '../schemas/workspaces.ts';
import { memberResponseSchema, updateMemberBodySchema } from '../schemas/members.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

const memberParams = workspaceParams.extend({ memberId: idSchema });
const lastLead = 'The workspace would be left without a facilitator or chair (`last_lead`)';

/** Members of a workspace: their role, institution and removal (`server/routes/members.ts`). */
export const membersEndpoints = {
  update: endpoint({
    method: 'patch',
    path: '/api/workspaces/:id/members/:memberId',
    summary: 'Change a member’s role or institution; answers with the caller’s abilities after the change (manageMembers)',
    tag: 'members',
    auth: 'session',
    params: memberParams,
    body: updateMemberBodySchema,
    answers: { 200: memberResponseSchema },
    failures: { 409: lastLead },
  }),
  remove: endpoint({
    method: 'delete',
    path: '/api/workspaces/:id/members/:memberId',
    summary: 'End a membership; the member’s contributions stay attributed (manageMembers)',
    tag: 'members',
    auth: 'session',
    params: memberParams,
    answers: { 204: null },
    failures: { 409: lastLead },
  }),
};
