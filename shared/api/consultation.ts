import { z } from 'zod';
import {
  createRoundBodySchema,
  dispositionBodySchema,
  inputSchema,
  reportQuerySchema,
  roundDetailSchema,
  roundListSchema,
  roundSchema,
  roundInvitationBodySchema,
  submitInputBodySchema,
} from '../schemas/consultation.ts';
import { createdInvitationSchema } from '../schemas/invitations.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

const tag = 'consultation';
const roundParams = z.object({ roundId: idSchema });
const inputParams = roundParams.extend({ inputId: idSchema });
const outsideRound = 'Not a member, or a consultee not invited to this round: as if it did not exist';

/**
 * Consultation rounds of stage 5 (`server/routes/consultation.ts`): published versions, the
 * inputs consultees submit or facilitators record, their dispositions and the report.
 */
export const consultationEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/consultation-rounds',
    summary: 'The workspace’s rounds, newest first; a consultee sees only the rounds it is invited to (read, or consult)',
    tag,
    auth: 'session',
    params: workspaceParams,
    answers: { 200: roundListSchema },
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/consultation-rounds',
    summary: 'Open a round on named versions of documents, for an audience of the stakeholder matrix (runConsultation)',
    tag,
    auth: 'session',
    params: workspaceParams,
    body: createRoundBodySchema,
    answers: { 201: roundSchema },
    failures: { 409: 'The workspace holds as many rounds as it may (`too_many_rounds`)' },
  }),
  get: endpoint({
    method: 'get',
    path: '/api/consultation-rounds/:roundId',
    summary: 'A round with its published versions and inputs; a consultee gets only its own inputs (read, or consult)',
    tag,
    auth: 'session',
    params: roundParams,
    answers: { 200: roundDetailSchema },
    failures: { 404: outsideRound },
  }),
  close: endpoint({
    method: 'post',
    path: '/api/consultation-rounds/:roundId/close',
    summary: 'Close a round before its closing day: no more inputs (runConsultation)',
    tag,
    auth: 'session',
    params: roundParams,
    answers: { 200: roundSchema },
  }),
  invite: endpoint({
    method: 'post',
    path: '/api/consultation-rounds/:roundId/invitations',
    summary: 'Invite someone as a consultee of this round; the link is answered and emailed (runConsultation and manageMembers)',
    tag,
    auth: 'session',
    params: roundParams,
    body: roundInvitationBodySchema,
    answers: { 201: createdInvitationSchema },
    failures: { 409: 'That email belongs to a team member (`already_member`), or the round is closed (`round_not_open`)' },
  }),
  submitInput: endpoint({
    method: 'post',
    path: '/api/consultation-rounds/:roundId/inputs',
    summary: 'Submit an input on a section or passage of a published version (consult), or record one for a participant (runConsultation)',
    tag,
    auth: 'session',
    params: roundParams,
    body: submitInputBodySchema,
    answers: { 201: inputSchema },
    failures: {
      404: outsideRound,
      409: 'The round is not open (`round_not_open`), or holds as many inputs as it may (`too_many_inputs`)',
    },
  }),
  dispose: endpoint({
    method: 'put',
    path: '/api/consultation-rounds/:roundId/inputs/:inputId/disposition',
    summary: 'Give an input its disposition with a reason, and what answered it (dispositionInputs)',
    tag,
    auth: 'session',
    params: inputParams,
    body: dispositionBodySchema,
    answers: { 200: inputSchema },
  }),
  report: endpoint({
    method: 'get',
    path: '/api/consultation-rounds/:roundId/report',
    summary: 'The consultation report (inputs × dispositions, by section and by stakeholder category) as DOCX, PDF, ODT, HTML or Markdown (export)',
    tag,
    auth: 'session',
    params: roundParams,
    query: reportQuerySchema,
    answers: { 200: { mediaType: 'application/octet-stream', description: 'The report as an attachment, typed by its format' } },
    failures: {
      429: 'Too many PDF or ODT exports in progress',
      503: 'LibreOffice, which PDF and ODT need, is not installed, or did not finish in time',
    },
  }),
};
