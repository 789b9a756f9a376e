import {
  createInstitutionBodySchema,
  createWorkspaceBodySchema,
  institutionSchema,
  updateWorkspaceBodySchema,
  workspaceDetailSchema,
  workspaceListSchema,
  workspaceSummarySchema,
} from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { workspaceParams } from './params.ts';

/** Workspaces and their registry of institutions (`server/routes/workspaces.ts`). */
export const workspacesEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces',
    summary: 'The workspaces the caller is a member of, with their role and abilities',
    tag: 'workspaces',
    auth: 'session',
    answers: { 200: workspaceListSchema },
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces',
    summary: 'Create a workspace; the caller becomes its facilitator',
    tag: 'workspaces',
    auth: 'session',
    body: createWorkspaceBodySchema,
    answers: { 201: workspaceSummarySchema },
  }),
  get: endpoint({
    method: 'get',
    path: '/api/workspaces/:id',
    summary: 'A workspace with the caller’s membership, its members, institutions and documents (read)',
    tag: 'workspaces',
    auth: 'session',
    params: workspaceParams,
    answers: { 200: workspaceDetailSchema },
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/workspaces/:id',
    summary: 'Change the settings of a workspace; fields left out keep their value (manageWorkspace)',
    tag: 'workspaces',
    auth: 'session',
    params: workspaceParams,
    body: updateWorkspaceBodySchema,
    answers: { 200: workspaceSummarySchema },
  }),
  createInstitution: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/institutions',
    summary: 'Add a ministry, or a department under one, to the workspace’s registry (manageMembers)',
    tag: 'workspaces',
    auth: 'session',
    params: workspaceParams,
    body: createInstitutionBodySchema,
    answers: { 201: institutionSchema },
    failures: { 409: 'An institution of that name already sits under the same parent (`institution_exists`)' },
  }),
};
