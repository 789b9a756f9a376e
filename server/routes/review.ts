import { Hono, type Context } from 'hono';
import { abilitiesOf, type Action } from '../../shared/policy/abilities.ts';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import {
  anchorSchema,
  createSuggestionBodySchema,
  createThreadBodySchema,
  decisionBodySchema,
  messageBodySchema,
  threadFilterSchema,
  type Thread,
} from '../../shared/schemas/review.ts';
import { requireAuth } from '../auth/middleware.ts';
import { toCsv } from '../export/csv.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound, parseOrThrow } from '../http/errors.ts';
import { createReviewService } from '../services/review.ts';
import type { Services } from '../services.ts';

/**
 * `/api/documents/:id/threads…`: comment threads and suggested changes of a document. Every
 * handler authorizes through the policy with the facts it needs (`ownsThread`).
 */
export function reviewRoutes(services: Services) {
  const { policy, review } = services;
  const service = createReviewService(services);

  /** The caller's membership in the document's workspace if it allows `action`. */
  const member = (c: Context<AppEnv>, action: Action) => {
    const { user } = requireAuth(c);
    const documentId = c.req.param('id') ?? '';
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    return { user, documentId, membership: policy.authorizeDocument(user.id, documentId, action) };
  };

  /** A thread of the document, checked against `action` with the ownership fact. */
  const threadFor = (c: Context<AppEnv>, action: Action) => {
    const { user, documentId, membership } = member(c, 'read');
    const thread = review.find(documentId, c.req.param('threadId') ?? '');
    if (!thread) throw notFound('thread');
    policy.authorize(user.id, membership.workspaceId, action, { ownsThread: thread.authorId === user.id });
    return { user, documentId, membership, thread };
  };

  const answer = (c: Context<AppEnv>, documentId: string, threadId: string, status: 200 | 201 = 200) => {
    const { user } = requireAuth(c);
    const role = policy.authorizeDocument(user.id, documentId, 'read').role;
    return c.json(service.one(documentId, threadId, user.id, role), status);
  };

  return new Hono<AppEnv>()
    .get('/:id/threads', (c) => {
      const { user, documentId, membership } = member(c, 'read');
      const filter = parseOrThrow(threadFilterSchema, c.req.query(), 'filter');
      const threads = service
        .list(documentId, user.id, membership.role)
        .filter((t) => !filter.status || t.status === filter.status)
        .filter((t) => !filter.kind || t.kind === filter.kind)
        .filter((t) => !filter.author || t.authorId === filter.author)
        .filter((t) => filter.section === undefined || t.section === filter.section);
      return c.json({ threads, abilities: abilitiesOf(membership.role) });
    })
    .post('/:id/threads', async (c) => {
      const { user, documentId, membership } = member(c, 'comment');
      const body = await jsonBody(c, createThreadBodySchema);
      const id = review.create({
        workspaceId: membership.workspaceId,
        documentId,
        kind: body.kind,
        anchor: body.anchor,
        quote: body.quote,
        section: service.sectionOf(documentId, body.anchor, body.quote),
        authorId: user.id,
        body: body.body,
      });
      const thread = review.find(documentId, id);
      if (!thread) throw notFound('thread');
      service.recordActivity(thread, user.id, 'thread.created', body.body);
      service.afterMessage(thread, user.id, body.body, false);
      return answer(c, documentId, id, 201);
    })
    .post('/:id/suggestions', async (c) => {
      const { user, documentId, membership } = member(c, 'comment');
      const body = await jsonBody(c, createSuggestionBodySchema);
      const id = review.create({
        workspaceId: membership.workspaceId,
        documentId,
        kind: 'suggestion',
        anchor: body.anchor,
        quote: body.quote,
        section: service.sectionOf(documentId, body.anchor, body.quote),
        authorId: user.id,
        body: body.reason,
        suggestedText: body.text,
      });
      const thread = review.find(documentId, id);
      if (!thread) throw notFound('thread');
      service.recordActivity(thread, user.id, 'suggestion.created', `${body.quote} → ${body.text}`);
      service.afterMessage(thread, user.id, body.reason, false);
      return answer(c, documentId, id, 201);
    })
    .post('/:id/threads/:threadId/messages', async (c) => {
      const { user, documentId, thread } = threadFor(c, 'comment');
      const { body } = await jsonBody(c, messageBodySchema);
      review.addMessage(thread.id, user.id, body);
      service.recordActivity(thread, user.id, 'thread.replied', body);
      service.afterMessage(thread, user.id, body, true);
      return answer(c, documentId, thread.id, 201);
    })
    .patch('/:id/threads/:threadId/messages/:messageId', async (c) => {
      const { user, documentId, thread } = threadFor(c, 'comment');
      const { body } = await jsonBody(c, messageBodySchema);
      const message = ownMessage(thread.messages, c.req.param('messageId'), user.id);
      if (!review.editMessage(thread.id, message.id, body)) throw notFound('message');
      service.changed(thread, 'updated', user.id);
      return answer(c, documentId, thread.id);
    })
    .delete('/:id/threads/:threadId/messages/:messageId', (c) => {
      const { user, documentId, thread } = threadFor(c, 'comment');
      const message = ownMessage(thread.messages, c.req.param('messageId'), user.id);
      if (!review.deleteMessage(thread.id, message.id)) throw notFound('message');
      service.recordActivity(thread, user.id, 'message.deleted', '');
      service.changed(thread, 'updated', user.id);
      return answer(c, documentId, thread.id);
    })
    .post('/:id/threads/:threadId/resolve', (c) => {
      const { user, documentId, thread } = threadFor(c, 'resolve');
      if (thread.suggestion?.status === 'pending') {
        throw new HttpError(409, 'suggestion_pending', 'accept or reject the suggestion to close it');
      }
      review.resolve(thread.id, user.id);
      service.recordActivity(thread, user.id, 'thread.resolved', thread.quote);
      service.afterDecision(thread, user.id, thread.quote);
      return answer(c, documentId, thread.id);
    })
    .post('/:id/threads/:threadId/reopen', (c) => {
      const { user, documentId, thread } = threadFor(c, 'resolve');
      if (thread.suggestion) throw new HttpError(409, 'suggestion_decided', 'a decided suggestion cannot be reopened');
      review.reopen(thread.id);
      service.recordActivity(thread, user.id, 'thread.reopened', thread.quote);
      service.changed(thread, 'updated', user.id);
      return answer(c, documentId, thread.id);
    })
    .post('/:id/threads/:threadId/accept', async (c) => {
      // Accepting writes the document: it takes the right to edit as well as to decide.
      const { user, documentId, membership, thread } = threadFor(c, 'resolve');
      policy.authorize(user.id, membership.workspaceId, 'edit');
      const { reason } = await jsonBody(c, decisionBodySchema);
      if (thread.suggestion?.status !== 'pending') throw new HttpError(409, 'already_decided', 'this suggestion was already decided');
      service.applySuggestion(thread);
      review.decide(thread.id, 'accepted', user.id, reason);
      service.recordActivity(thread, user.id, 'suggestion.accepted', `${thread.quote} → ${thread.suggestion.text}`);
      service.afterDecision(thread, user.id, thread.suggestion.text);
      return answer(c, documentId, thread.id);
    })
    .post('/:id/threads/:threadId/reject', async (c) => {
      const { user, documentId, thread } = threadFor(c, 'resolve');
      const { reason } = await jsonBody(c, decisionBodySchema);
      if (thread.suggestion?.status !== 'pending') throw new HttpError(409, 'already_decided', 'this suggestion was already decided');
      review.decide(thread.id, 'rejected', user.id, reason);
      service.recordActivity(thread, user.id, 'suggestion.rejected', reason);
      service.afterDecision(thread, user.id, reason || thread.suggestion.text);
      return answer(c, documentId, thread.id);
    })
    .get('/:id/authorship', (c) => {
      const { documentId } = member(c, 'read');
      const anchor = parseOrThrow(anchorSchema, { start: c.req.query('start'), end: c.req.query('end') }, 'anchor');
      return c.json({ authors: service.authorship(documentId, anchor) });
    })
    .get('/:id/review.csv', (c) => {
      const { user, documentId, membership } = member(c, 'export');
      const threads = service.list(documentId, user.id, membership.role);
      return c.body(reviewCsv(threads), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="review-${documentId}.csv"`,
      });
    });
}

/** Members edit and delete only their own messages, whatever their role. */
function ownMessage(messages: Thread['messages'], messageId: string | undefined, userId: string) {
  const message = messages.find((m) => m.id === messageId && !m.deleted);
  if (!message) throw notFound('message');
  if (message.authorId !== userId) throw new HttpError(403, 'forbidden', 'only the author may change a message');
  return message;
}

function reviewCsv(threads: Thread[]): string {
  const header = ['thread', 'kind', 'status', 'section', 'anchor text', 'current text', 'detached', 'author', 'created',
    'suggested text', 'outcome', 'decision reason', 'messages'];
  const rows = threads.map((t) => [
    t.id,
    t.kind,
    t.status,
    t.section,
    t.quote,
    t.currentText,
    t.detached ? 'yes' : 'no',
    t.authorName,
    t.createdAt,
    t.suggestion?.text ?? '',
    t.suggestion?.status ?? '',
    t.suggestion?.decisionReason ?? '',
    t.messages.filter((m) => !m.deleted).map((m) => `${m.authorName} (${m.createdAt}): ${m.body}`).join('\n'),
  ]);
  return toCsv([header, ...rows]);
}
