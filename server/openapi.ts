import { z } from 'zod';
import { createDocumentBodySchema, documentDetailSchema, renameDocumentBodySchema } from '../shared/schemas/documents.ts';
import { advanceStageBodySchema, advanceStageResponseSchema, cycleStatusSchema } from '../shared/schemas/cycle.ts';
import { demoCreatedSchema } from '../shared/schemas/demo.ts';
import { createVariantBodySchema, parentChangesSchema, variantListSchema } from '../shared/schemas/variants.ts';
import { apiErrorSchema } from '../shared/schemas/errors.ts';
import { accountRouteSpecs } from './openapi-accounts.ts';
import { ladderSchema, signBodySchema, stepsBodySchema, stepsResponseSchema, workspaceValidationSchema } from '../shared/schemas/validation.ts';
import {
  compareResultSchema,
  createVersionBodySchema,
  publicLinkListSchema,
  publicLinkSchema,
  versionDetailSchema,
  versionListSchema,
  versionSummarySchema,
} from '../shared/schemas/versions.ts';
import {
  activityListSchema,
  authorshipSchema,
  createSuggestionBodySchema,
  createThreadBodySchema,
  decisionBodySchema,
  markReadBodySchema,
  messageBodySchema,
  notificationListSchema,
  notificationSettingsSchema,
  threadListSchema,
  threadSchema,
} from '../shared/schemas/review.ts';
import {
  createMatrixItemBodySchema,
  matrixItemResponseSchema,
  matrixListSchema,
  updateMatrixItemBodySchema,
  voteBodySchema,
} from '../shared/schemas/matrices/index.ts';
import {
  acceptedInvitationSchema,
  createInstitutionBodySchema,
  createInvitationBodySchema,
  createWorkspaceBodySchema,
  institutionSchema,
  invitationPreviewSchema,
  invitationSchema,
  memberResponseSchema,
  pendingInvitationListSchema,
  updateMemberBodySchema,
  updateWorkspaceBodySchema,
  workspaceDetailSchema,
  workspaceListSchema,
  workspaceSummarySchema,
} from '../shared/schemas/workspaces.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One HTTP route as the API documents it; paths use OpenAPI's `{param}` syntax. */
export type RouteSpec = {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** `none`: public; `session`: a signed-in session cookie; `admin`: the instance administrator. */
  auth: 'none' | 'session' | 'admin';
  body?: z.ZodType;
  status: number;
  /** The success body; absent for empty answers (204, 202) and streams. */
  response?: z.ZodType;
  /** A non-JSON success body, e.g. server-sent events. */
  mediaType?: string;
};

const workspace = '/api/workspaces/{id}';
const review = '/api/documents/{id}';

/**
 * Every route of the API. A test checks this list against the routes mounted in the app, so a
 * new route cannot ship undocumented.
 */
export const routeSpecs: readonly RouteSpec[] = [
  ...accountRouteSpecs,
  {
    method: 'get',
    path: '/api/health',
    summary: 'Readiness: the server and its database are up',
    tag: 'system',
    auth: 'none',
    status: 200,
    response: z.object({ status: z.literal('ok') }),
  },
  { method: 'get', path: '/api/workspaces', summary: 'Workspaces of the caller, with their role and abilities', tag: 'workspaces', auth: 'session', status: 200, response: workspaceListSchema },
  { method: 'post', path: '/api/workspaces', summary: 'Create a workspace (the creator becomes facilitator)', tag: 'workspaces', auth: 'session', body: createWorkspaceBodySchema, status: 201, response: workspaceSummarySchema },
  { method: 'get', path: workspace, summary: 'A workspace with members, institutions, documents and the caller’s abilities', tag: 'workspaces', auth: 'session', status: 200, response: workspaceDetailSchema },
  { method: 'patch', path: workspace, summary: 'Change title, mission, areas or language (manageWorkspace)', tag: 'workspaces', auth: 'session', body: updateWorkspaceBodySchema, status: 200, response: workspaceSummarySchema },
  { method: 'get', path: `${workspace}/events`, summary: 'Live changes of the workspace (server-sent events with positions; resume with Last-Event-ID or ?lastEventId=, else `resync`; 429 beyond the per-user stream cap)', tag: 'workspaces', auth: 'session', status: 200, mediaType: 'text/event-stream' },
  { method: 'post', path: `${workspace}/institutions`, summary: 'Add a ministry or one of its departments (manageMembers)', tag: 'members', auth: 'session', body: createInstitutionBodySchema, status: 201, response: institutionSchema },
  { method: 'patch', path: `${workspace}/members/{memberId}`, summary: 'Change a member’s role or institution; their sockets re-authorize (manageMembers)', tag: 'members', auth: 'session', body: updateMemberBodySchema, status: 200, response: memberResponseSchema },
  { method: 'delete', path: `${workspace}/members/{memberId}`, summary: 'End a membership, keeping its history (manageMembers)', tag: 'members', auth: 'session', status: 204 },
  { method: 'post', path: `${workspace}/invitations`, summary: 'Invite someone by a single-use link valid 7 days (manageMembers)', tag: 'invitations', auth: 'session', body: createInvitationBodySchema, status: 201, response: invitationSchema },
  { method: 'get', path: `${workspace}/invitations`, summary: 'Pending invitations (manageMembers)', tag: 'invitations', auth: 'session', status: 200, response: pendingInvitationListSchema },
  { method: 'delete', path: `${workspace}/invitations/{invitationId}`, summary: 'Revoke a pending invitation (manageMembers)', tag: 'invitations', auth: 'session', status: 204 },
  { method: 'get', path: '/api/invitations/{token}', summary: 'What an invitation link offers (no sign-in needed)', tag: 'invitations', auth: 'none', status: 200, response: invitationPreviewSchema },
  { method: 'post', path: '/api/invitations/{token}/accept', summary: 'Accept an invitation addressed to the signed-in account', tag: 'invitations', auth: 'session', status: 201, response: acceptedInvitationSchema },
  { method: 'post', path: `${workspace}/documents`, summary: 'Create a document in the workspace (edit)', tag: 'documents', auth: 'session', body: createDocumentBodySchema, status: 201, response: documentDetailSchema },
  { method: 'get', path: '/api/documents/{id}', summary: 'A document with the caller’s abilities (read)', tag: 'documents', auth: 'session', status: 200, response: documentDetailSchema },
  { method: 'patch', path: '/api/documents/{id}', summary: 'Rename a document (edit)', tag: 'documents', auth: 'session', body: renameDocumentBodySchema, status: 200, response: documentDetailSchema },
  { method: 'get', path: '/api/documents/{id}/variants', summary: 'Variants tailored from this document (read)', tag: 'variants', auth: 'session', status: 200, response: variantListSchema },
  { method: 'post', path: '/api/documents/{id}/variants', summary: 'Tailor a variant: a new document copying this one’s current text (edit)', tag: 'variants', auth: 'session', body: createVariantBodySchema, status: 201, response: documentDetailSchema.extend({ parentId: z.string() }) },
  { method: 'get', path: '/api/documents/{id}/parent-changes', summary: 'What changed in the parent since this variant was tailored or reviewed, section by section (read)', tag: 'variants', auth: 'session', status: 200, response: parentChangesSchema },
  { method: 'post', path: '/api/documents/{id}/parent-changes/review', summary: 'Mark the parent’s changes as reviewed: its current text becomes the baseline (edit)', tag: 'variants', auth: 'session', status: 200, response: parentChangesSchema },
  { method: 'get', path: `${workspace}/cycle`, summary: 'Current stage and every stage’s exit criteria, computed from the workspace (read)', tag: 'cycle', auth: 'session', status: 200, response: cycleStatusSchema },
  { method: 'post', path: `${workspace}/stage`, summary: 'Move to another stage; unmet exit criteria need a reason, logged as a decision (advanceStage)', tag: 'cycle', auth: 'session', body: advanceStageBodySchema, status: 200, response: advanceStageResponseSchema },
  { method: 'get', path: `${workspace}/matrices/{kind}`, summary: 'Items of a matrix kind; ?deleted=1 lists those still restorable (read)', tag: 'matrices', auth: 'session', status: 200, response: matrixListSchema },
  { method: 'post', path: `${workspace}/matrices/{kind}`, summary: 'Add an item, validated by the kind’s schema (edit)', tag: 'matrices', auth: 'session', body: createMatrixItemBodySchema, status: 201, response: matrixItemResponseSchema },
  { method: 'get', path: `${workspace}/matrices/{kind}/{itemId}`, summary: 'One matrix item (read)', tag: 'matrices', auth: 'session', status: 200, response: matrixItemResponseSchema },
  { method: 'patch', path: `${workspace}/matrices/{kind}/{itemId}`, summary: 'Change fields of an item at a known version; 409 with the current item if stale (edit)', tag: 'matrices', auth: 'session', body: updateMatrixItemBodySchema, status: 200, response: matrixItemResponseSchema },
  { method: 'delete', path: `${workspace}/matrices/{kind}/{itemId}`, summary: 'Soft-delete an item, restorable for 24 hours (edit)', tag: 'matrices', auth: 'session', status: 200, response: matrixItemResponseSchema },
  { method: 'post', path: `${workspace}/matrices/{kind}/{itemId}/restore`, summary: 'Undo a deletion within 24 hours (edit)', tag: 'matrices', auth: 'session', status: 200, response: matrixItemResponseSchema },
  { method: 'post', path: `${workspace}/matrices/{kind}/{itemId}/vote`, summary: 'Add or remove the caller’s priority vote on a SWOT point (edit)', tag: 'matrices', auth: 'session', body: voteBodySchema, status: 200, response: matrixItemResponseSchema },
  // Review: comment threads, suggested changes, notifications, activity (shared/schemas/review.ts).
  { method: 'get', path: `${review}/threads`, summary: 'Comment threads and suggestions with their anchors resolved; ?status, kind, author, section (read)', tag: 'review', auth: 'session', status: 200, response: threadListSchema },
  { method: 'post', path: `${review}/threads`, summary: 'Start a thread on selected text (comment)', tag: 'review', auth: 'session', body: createThreadBodySchema, status: 201, response: threadSchema },
  { method: 'post', path: `${review}/suggestions`, summary: 'Propose a replacement, insertion or deletion, stored outside the text (comment)', tag: 'review', auth: 'session', body: createSuggestionBodySchema, status: 201, response: threadSchema },
  { method: 'post', path: `${review}/threads/{threadId}/messages`, summary: 'Reply; notifies participants and @mentioned members (comment)', tag: 'review', auth: 'session', body: messageBodySchema, status: 201, response: threadSchema },
  { method: 'patch', path: `${review}/threads/{threadId}/messages/{messageId}`, summary: 'Edit one’s own message (comment)', tag: 'review', auth: 'session', body: messageBodySchema, status: 200, response: threadSchema },
  { method: 'delete', path: `${review}/threads/{threadId}/messages/{messageId}`, summary: 'Delete one’s own message (comment)', tag: 'review', auth: 'session', status: 200, response: threadSchema },
  { method: 'post', path: `${review}/threads/{threadId}/resolve`, summary: 'Resolve a thread (resolve; experts their own threads)', tag: 'review', auth: 'session', status: 200, response: threadSchema },
  { method: 'post', path: `${review}/threads/{threadId}/reopen`, summary: 'Reopen a resolved thread (resolve; experts their own threads)', tag: 'review', auth: 'session', status: 200, response: threadSchema },
  { method: 'post', path: `${review}/threads/{threadId}/accept`, summary: 'Accept a suggestion: applied to the text as an edit; 409 if the text changed (edit and resolve)', tag: 'review', auth: 'session', body: decisionBodySchema, status: 200, response: threadSchema },
  { method: 'post', path: `${review}/threads/{threadId}/reject`, summary: 'Reject a suggestion with a reason (resolve; experts their own)', tag: 'review', auth: 'session', body: decisionBodySchema, status: 200, response: threadSchema },
  { method: 'get', path: `${review}/authorship`, summary: 'Who wrote the text between two anchors (?start, end), by member (read)', tag: 'review', auth: 'session', status: 200, response: authorshipSchema },
  { method: 'get', path: `${review}/review.csv`, summary: 'The review as CSV: threads, anchor text, kind, status, replies, outcome (export)', tag: 'review', auth: 'session', status: 200, mediaType: 'text/csv' },
  { method: 'get', path: '/api/notifications', summary: 'The caller’s notifications and unread count', tag: 'review', auth: 'session', status: 200, response: notificationListSchema },
  { method: 'post', path: '/api/notifications/read', summary: 'Mark notifications read (ids, or all)', tag: 'review', auth: 'session', body: markReadBodySchema, status: 204 },
  { method: 'get', path: '/api/notifications/settings', summary: 'What the caller is notified of, and the email digest', tag: 'review', auth: 'session', status: 200, response: notificationSettingsSchema },
  { method: 'patch', path: '/api/notifications/settings', summary: 'Change notification settings', tag: 'review', auth: 'session', body: notificationSettingsSchema.partial(), status: 200, response: notificationSettingsSchema },
  { method: 'get', path: `${workspace}/activity`, summary: 'Who did what and when; ?actor, action, document, since, until, format=csv (read; csv: export)', tag: 'review', auth: 'session', status: 200, response: activityListSchema },
  // Versions, validation ladder, export and public links (shared/schemas/versions.ts, validation.ts).
  { method: 'get', path: `${review}/versions`, summary: 'Named versions, checkpoints, signed and restored versions, newest first (read)', tag: 'versions', auth: 'session', status: 200, response: versionListSchema },
  { method: 'post', path: `${review}/versions`, summary: 'Name a version of the current text (edit)', tag: 'versions', auth: 'session', body: createVersionBodySchema, status: 201, response: versionSummarySchema },
  { method: 'get', path: `${review}/versions/compare`, summary: 'Word-level comparison of two versions; ?from, to (a version id or `current`) (read)', tag: 'versions', auth: 'session', status: 200, response: compareResultSchema },
  { method: 'get', path: `${review}/versions/{versionId}`, summary: 'A version’s content as ProseMirror JSON, for read-only display (read)', tag: 'versions', auth: 'session', status: 200, response: versionDetailSchema },
  { method: 'post', path: `${review}/versions/{versionId}/restore`, summary: 'Restore a version as a new change, live for open editors (edit)', tag: 'versions', auth: 'session', status: 201, response: versionSummarySchema },
  { method: 'get', path: `${review}/validation`, summary: 'The validation ladder for this document: signatures, re-validation needed, current step (read)', tag: 'validation', auth: 'session', status: 200, response: ladderSchema },
  { method: 'post', path: `${review}/validation/{stepId}/sign`, summary: 'Sign the current step; freezes the text as a version (signValidation, by the step’s role)', tag: 'validation', auth: 'session', body: signBodySchema, status: 201, response: ladderSchema },
  { method: 'get', path: `${workspace}/validation`, summary: 'The workspace’s ladder and where each document stands (read)', tag: 'validation', auth: 'session', status: 200, response: workspaceValidationSchema },
  { method: 'put', path: `${workspace}/validation/steps`, summary: 'Replace the ladder’s steps; kept ids keep their signatures (manageWorkspace)', tag: 'validation', auth: 'session', body: stepsBodySchema, status: 200, response: stepsResponseSchema },
  { method: 'get', path: `${review}/export`, summary: 'Download the draft or a version; ?format=docx|pdf|odt|html|md, version, comments=1 (export)', tag: 'export', auth: 'session', status: 200, mediaType: 'application/octet-stream' },
  { method: 'get', path: `${review}/public-links`, summary: 'Public read-only links of this document’s versions (manageWorkspace)', tag: 'export', auth: 'session', status: 200, response: publicLinkListSchema },
  { method: 'post', path: `${review}/versions/{versionId}/public-links`, summary: 'Publish a validated version read-only at /p/<token> (manageWorkspace)', tag: 'export', auth: 'session', status: 201, response: publicLinkSchema },
  { method: 'delete', path: `${review}/public-links/{linkId}`, summary: 'Revoke a public link (manageWorkspace)', tag: 'export', auth: 'session', status: 204 },
  { method: 'get', path: '/p/{token}', summary: 'A published version as a script-free web page (no sign-in)', tag: 'export', auth: 'none', status: 200, mediaType: 'text/html' },
  { method: 'post', path: '/api/demo', summary: 'Create the demo workspace for a user who has none yet', tag: 'demo', auth: 'session', status: 201, response: demoCreatedSchema },
  { method: 'get', path: '/api/openapi.json', summary: 'This description of the API', tag: 'meta', auth: 'none', status: 200, mediaType: 'application/json' },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
};

const jsonContent = (schema: z.ZodType, io: 'input' | 'output') => ({ 'application/json': { schema: jsonSchema(schema, io) } });

function operation(spec: RouteSpec) {
  const parameters = [...spec.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  const error = (description: string) => ({ description, content: jsonContent(apiErrorSchema, 'output') });
  const responses: Record<string, unknown> = {
    [spec.status]: {
      description: spec.summary,
      ...(spec.response ? { content: jsonContent(spec.response, 'output') } : {}),
      ...(spec.mediaType ? { content: { [spec.mediaType]: {} } } : {}),
    },
    ...(spec.body ? { 400: error('Invalid body: `error.fields` lists the problems per field') } : {}),
    ...(spec.auth !== 'none' ? { 401: error('Not signed in') } : {}),
    ...(spec.path.startsWith(workspace) ? { 403: error('Your role does not allow this'), 404: error('No such workspace, or you are not a member') } : {}),
  };
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.auth !== 'none' ? { security: [{ session: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: jsonContent(spec.body, 'input') } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the shared zod schemas (the single source of truth). */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routeSpecs) (paths[spec.path] ??= {})[spec.method] = operation(spec);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cadre API',
      version: '0.1.0',
      description:
        'State-changing requests from browsers must carry an Origin of this site. Errors have the shape ' +
        '`{ error: { code, message, fields? } }`. Collaborative documents sync over the y-websocket protocol at `/collab/{documentId}`.',
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cadre_session' } } },
    paths,
  };
}
