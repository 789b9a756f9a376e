import {
  assessPracticeBodySchema,
  digestSchema,
  nextCycleResultSchema,
  practiceAssessmentSchema,
  practiceOverviewSchema,
  startNextCycleBodySchema,
  workspaceOriginSchema,
} from '../schemas/practice.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

/**
 * Looking back and forward on a workspace (`server/routes/practice.ts`): the good-practice
 * self-assessment, the "since you were last here" digest, and starting the next cycle.
 */
export const practiceEndpoints = {
  overview: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/practice',
    summary: 'The newest self-assessment against the ten good-practice criteria and the history of ratings (read)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: practiceOverviewSchema },
  }),
  assess: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/practice',
    summary: 'Record a dated self-assessment; earlier ones are kept as history (assessPractice)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    body: assessPracticeBodySchema,
    answers: { 201: practiceAssessmentSchema },
    failures: { 409: 'The workspace holds as many self-assessments as it may (`too_many_assessments`)' },
  }),
  exportAssessment: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/practice/export',
    summary: 'The self-assessment and its history as a Word document, in the workspace’s language (export)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    answers: {
      200: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', description: 'The DOCX file as an attachment' },
    },
  }),
  visit: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/visit',
    summary: 'Record that the caller opened the workspace and answer what happened since their previous visit (read)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: digestSchema },
  }),
  dismissDigest: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/visit/dismiss',
    summary: 'Mark the digest as read: it starts again from now (read)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    answers: { 204: null },
  }),
  startNextCycle: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/next-cycle',
    summary: 'Start a new workspace from this evaluated one, carrying its lessons, glossary and stakeholders (startNextCycle)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    body: startNextCycleBodySchema,
    answers: { 201: nextCycleResultSchema },
    failures: { 409: 'The workspace has not reached monitoring and evaluation (`not_evaluated`)' },
  }),
  origin: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/origin',
    summary: 'The evaluated workspace this one started from, if any (read)',
    tag: 'practice',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: workspaceOriginSchema },
  }),
};
