import { z } from 'zod';
import { documentIdSchema } from '../schemas/documents.ts';
import { workingLanguageSchema } from '../schemas/languages.ts';
import {
  anchorSchema,
  authorshipSchema,
  createSuggestionBodySchema,
  createThreadBodySchema,
  decisionBodySchema,
  mentionableListSchema,
  messageBodySchema,
  threadFilterSchema,
  threadListSchema,
  threadSchema,
} from '../schemas/review.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';
import { documentParams } from './params.ts';

const threadParams = z.object({ id: documentIdSchema, threadId: idSchema });
const messageParams = threadParams.extend({ messageId: idSchema });
const tag = 'review';
/** The 400 of a message: invalid like any body, or mentioning someone outside the workspace. */
const invalidMention =
  'Invalid body (`error.fields` lists the problems per field), or a mention by id (`@[Name](user:<id>)`) names someone who is not a member of the workspace (`invalid_mention`)';

/**
 * Comment threads and suggested changes of a document (`server/routes/review.ts`). Every change
 * answers the thread as the caller now sees it.
 */
export const reviewEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/documents/:id/threads',
    summary: 'The document’s threads, filtered, with the caller’s abilities (read)',
    tag,
    auth: 'session',
    params: documentParams,
    query: threadFilterSchema,
    answers: { 200: threadListSchema },
  }),
  createThread: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads',
    summary: 'Start a thread on selected text (comment); mentioned members are notified',
    tag,
    auth: 'session',
    params: documentParams,
    body: createThreadBodySchema,
    answers: { 201: threadSchema },
    failures: { 400: invalidMention },
  }),
  suggest: endpoint({
    method: 'post',
    path: '/api/documents/:id/suggestions',
    summary: 'Suggest replacing, inserting or deleting text (comment)',
    tag,
    auth: 'session',
    params: documentParams,
    body: createSuggestionBodySchema,
    answers: { 201: threadSchema },
    failures: { 400: invalidMention },
  }),
  reply: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads/:threadId/messages',
    summary: 'Reply in a thread (comment); participants and the mentioned are notified',
    tag,
    auth: 'session',
    params: threadParams,
    body: messageBodySchema,
    answers: { 201: threadSchema },
    failures: { 400: invalidMention },
  }),
  editMessage: endpoint({
    method: 'patch',
    path: '/api/documents/:id/threads/:threadId/messages/:messageId',
    summary: 'Edit one’s own message (comment); members it now mentions for the first time are notified',
    tag,
    auth: 'session',
    params: messageParams,
    body: messageBodySchema,
    answers: { 200: threadSchema },
    failures: { 400: invalidMention },
  }),
  deleteMessage: endpoint({
    method: 'delete',
    path: '/api/documents/:id/threads/:threadId/messages/:messageId',
    summary: 'Delete one’s own message; it keeps its place without its text (comment)',
    tag,
    auth: 'session',
    params: messageParams,
    answers: { 200: threadSchema },
  }),
  resolve: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads/:threadId/resolve',
    summary: 'Resolve a thread (resolve; one’s own thread: comment)',
    tag,
    auth: 'session',
    params: threadParams,
    answers: { 200: threadSchema },
    failures: { 409: 'A pending suggestion is closed by accepting or rejecting it (`suggestion_pending`)' },
  }),
  reopen: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads/:threadId/reopen',
    summary: 'Reopen a resolved thread (resolve; one’s own thread: comment)',
    tag,
    auth: 'session',
    params: threadParams,
    answers: { 200: threadSchema },
    failures: { 409: 'A decided suggestion cannot be reopened (`suggestion_decided`)' },
  }),
  accept: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads/:threadId/accept',
    summary: 'Accept a suggestion: its text is written into the document (resolve and edit)',
    tag,
    auth: 'session',
    params: threadParams,
    body: decisionBodySchema,
    answers: { 200: threadSchema },
    failures: {
      409: 'Already decided (`already_decided`), or the text changed (`text_changed`), was deleted (`text_deleted`) or spans paragraphs (`not_in_text`) since',
    },
  }),
  reject: endpoint({
    method: 'post',
    path: '/api/documents/:id/threads/:threadId/reject',
    summary: 'Reject a suggestion, with a reason (resolve)',
    tag,
    auth: 'session',
    params: threadParams,
    body: decisionBodySchema,
    answers: { 200: threadSchema },
    failures: { 409: 'Already decided (`already_decided`)' },
  }),
  mentionable: endpoint({
    method: 'get',
    path: '/api/documents/:id/mentionable',
    summary: 'The members of the document’s workspace one may mention in its review, but the caller (comment)',
    tag,
    auth: 'session',
    params: documentParams,
    answers: { 200: mentionableListSchema },
    failures: { 403: 'The caller’s role may not comment' },
  }),
  authorship: endpoint({
    method: 'get',
    path: '/api/documents/:id/authorship',
    summary: 'Who wrote the anchored text, by characters typed (read); 400 `not_in_text` across paragraphs',
    tag,
    auth: 'session',
    params: documentParams,
    query: anchorSchema,
    answers: { 200: authorshipSchema },
  }),
  csv: endpoint({
    method: 'get',
    path: '/api/documents/:id/review.csv',
    summary: 'Every thread of the document with its messages and outcome, as CSV (export); headers in `language`, else the `Accept-Language`',
    tag,
    auth: 'session',
    params: documentParams,
    // A download link cannot set Accept-Language: the page names the reader's language instead.
    query: z.object({ language: workingLanguageSchema.optional() }),
    answers: { 200: { mediaType: 'text/csv', description: 'One row per thread, downloaded as review-<document id>.csv' } },
  }),
};
