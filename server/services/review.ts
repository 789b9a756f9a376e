import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { abilitiesOf, type Action, type Role } from '../../shared/policy/abilities.ts';
import { anchorResolver, charactersByClient, replaceAnchored, resolveAnchor, type ResolvedAnchor } from '../../shared/review/anchors.ts';
import { mentionedIds, messageParts, plainMessage, withNames } from '../../shared/review/mentions.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import type { NotificationKind } from '../../shared/schemas/notifications.ts';
import type {
  Anchor,
  Authorship,
  CreateSuggestionBody,
  CreateThreadBody,
  MentionableList,
  Thread,
  ThreadFilter,
  ThreadList,
} from '../../shared/schemas/review.ts';
import type { Membership } from '../auth/policy.ts';
import type { NewThread, StoredThread } from '../db/review-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { excerpt, type NotificationService } from './notifications.ts';

/** What a suggestion does, from its quote and replacement. */
const changeOf = (quote: string, text: string): 'replace' | 'insert' | 'delete' =>
  quote === '' ? 'insert' : text === '' ? 'delete' : 'replace';

const CSV_HEADER = ['thread', 'kind', 'status', 'section', 'anchor text', 'current text', 'detached', 'author', 'created',
  'suggested text', 'outcome', 'decision reason', 'messages'];

export type ReviewService = ReturnType<typeof createReviewService>;

/**
 * Review of a document: threads, suggestions and who wrote what. Each method is a whole use
 * case: it authorizes through the policy (with `ownsThread` where the ability depends on it),
 * changes the threads or the document, records the activity, notifies those concerned and
 * publishes the `threads` event. Every change answers the thread as the caller now sees it.
 */
export function createReviewService(
  infrastructure: Pick<Infrastructure, 'review' | 'activity' | 'events' | 'members' | 'users' | 'collab' | 'policy' | 'clientOwners'>,
  notificationService: Pick<NotificationService, 'notify'>,
) {
  const { review, activity, events, members, users, collab, policy, clientOwners } = infrastructure;

  const resolveAll = (documentId: string, anchors: Array<{ anchor: Anchor; quote: string }>): ResolvedAnchor[] =>
    // Without threads there is nothing to resolve: do not load or walk the document.
    anchors.length === 0
      ? []
      : collab.read(documentId, (doc) => {
          const resolve = anchorResolver(doc, doc.getXmlFragment(DOC_CONTENT_FIELD));
          return anchors.map(({ anchor, quote }) => resolve(anchor, quote === ''));
        });

  function present(thread: StoredThread, resolved: ResolvedAnchor, userId: string, role: Role): Thread {
    if (!resolved.detached && resolved.section !== thread.section) review.setSection(thread.id, resolved.section);
    const { workspaceId: _workspace, ...rest } = thread;
    return {
      ...rest,
      currentText: resolved.text,
      // An accepted suggestion replaced its quote on purpose: that is not a lost anchor.
      detached: thread.quote !== '' && resolved.detached && thread.suggestion?.status !== 'accepted',
      section: resolved.detached ? thread.section : resolved.section,
      suggestion: thread.suggestion && { ...thread.suggestion, change: changeOf(thread.quote, thread.suggestion.text) },
      abilities: abilitiesOf(role, { ownsThread: thread.authorId === userId, ...policy.documentFacts(thread.documentId) }),
    };
  }

  function presentAll(documentId: string, actor: User, role: Role): Thread[] {
    const threads = review.listForDocument(documentId);
    const resolved = resolveAll(documentId, threads);
    return threads.map((thread, i) => present(thread, resolved[i] as ResolvedAnchor, actor.id, role));
  }

  /** The thread as it is now, as the caller sees it. */
  function current(documentId: string, threadId: string, actor: User, role: Role): Thread {
    const thread = review.find(documentId, threadId);
    if (!thread) throw notFound('thread');
    return present(thread, resolveAll(documentId, [thread])[0] as ResolvedAnchor, actor.id, role);
  }

  /** A thread of the document, if the caller may `action` on it (whether they started it counts). */
  function threadFor(actor: User, documentId: string, threadId: string, action: Action): { membership: Membership; thread: StoredThread } {
    const membership = policy.authorizeDocument(actor.id, documentId, 'read');
    const thread = review.find(documentId, threadId);
    if (!thread) throw notFound('thread');
    policy.authorizeDocument(actor.id, documentId, action, { ownsThread: thread.authorId === actor.id });
    return { membership, thread };
  }

  /** Members edit and delete only their own messages, whatever their role. */
  function ownMessage(thread: StoredThread, messageId: string, actor: User) {
    const message = thread.messages.find((m) => m.id === messageId && !m.deleted);
    if (!message) throw notFound('message');
    if (message.authorId !== actor.id) throw new HttpError(403, 'forbidden', 'only the author may change a message');
    return message;
  }

  function start(membership: Membership, actor: User, documentId: string, thread: Omit<NewThread, 'workspaceId' | 'documentId' | 'section' | 'authorId'>): StoredThread {
    const section = resolveAll(documentId, [thread])[0]?.section ?? '';
    const id = review.create({ ...thread, workspaceId: membership.workspaceId, documentId, section, authorId: actor.id });
    const created = review.find(documentId, id);
    if (!created) throw notFound('thread');
    return created;
  }

  /** A message as plain text, its mentions written `@Name` with current names. */
  const plain = (body: string): string => withNames(body, (userId) => users.find(userId)?.name);

  /**
   * The members a message mentions by id, refused unless each is an active member of the
   * workspace; `already` are those the edited message mentioned, who may have left since.
   */
  function checkedMentions(workspaceId: string, body: string, field: string, already: readonly string[] = []): string[] {
    const ids = mentionedIds(body);
    if (ids.some((id) => !already.includes(id) && !policy.membershipOf(workspaceId, id))) {
      throw new HttpError(400, 'invalid_mention', 'a mention names someone who is not a member of this workspace', {
        [field]: [fieldIssue('notAMember', 'mentions someone who is not a member of this workspace')],
      });
    }
    return ids;
  }

  /**
   * Active members named as plain `@Name` text, as mentions were written before they completed
   * (longest names first, case-insensitive); mentions by id are left out of the search.
   */
  function namedUsers(workspaceId: string, body: string): string[] {
    const text = messageParts(body)
      .map((part) => (part.kind === 'text' ? part.text : ' '))
      .join('')
      .toLowerCase();
    const found = new Set<string>();
    const candidates = members.listActive(workspaceId).sort((a, b) => b.name.length - a.name.length);
    for (const member of candidates) {
      const name = `@${member.name.toLowerCase()}`;
      let at = text.indexOf(name);
      while (at >= 0) {
        const next = text[at + name.length];
        if (next === undefined || !/[\p{L}\p{N}]/u.test(next)) {
          found.add(member.userId);
          break;
        }
        at = text.indexOf(name, at + 1);
      }
    }
    return [...found];
  }

  function record(thread: StoredThread, actor: User, action: string, summary: string): void {
    activity.record({ workspaceId: thread.workspaceId, actorId: actor.id, action, documentId: thread.documentId, subjectId: thread.id, summary: excerpt(summary) });
  }

  function changed(thread: StoredThread, action: 'created' | 'updated', actor: User): void {
    events.publish(thread.workspaceId, { resource: 'threads', action, id: thread.id, item: { documentId: thread.documentId }, actorId: actor.id });
  }

  const cause = (thread: StoredThread, kind: NotificationKind, actor: User, text: string) => ({
    kind,
    workspaceId: thread.workspaceId,
    documentId: thread.documentId,
    threadId: thread.id,
    actorId: actor.id,
    text,
  });

  /**
   * After a thread was started or got a message: notify those it mentions (by id, checked
   * before it was stored, or by plain name), then the participants.
   */
  function afterMessage(thread: StoredThread, actor: User, body: string, byId: string[], isReply: boolean): void {
    const mentioned = [...new Set([...byId, ...namedUsers(thread.workspaceId, body)])];
    const text = plain(body);
    notificationService.notify(mentioned, cause(thread, 'mention', actor, text));
    if (isReply) {
      const participants = [thread.authorId, ...thread.messages.map((m) => m.authorId)].filter((id) => !mentioned.includes(id));
      notificationService.notify(participants, cause(thread, 'reply', actor, text));
    }
    changed(thread, isReply ? 'updated' : 'created', actor);
  }

  /** Tells the thread's author what became of it: resolved, or their suggestion accepted or rejected. */
  function afterDecision(thread: StoredThread, actor: User, outcome: 'resolved' | 'accepted' | 'rejected', text: string): void {
    notificationService.notify([thread.authorId], cause(thread, outcome, actor, text));
    changed(thread, 'updated', actor);
  }

  function pendingSuggestion(thread: StoredThread) {
    if (thread.suggestion?.status !== 'pending') throw new HttpError(409, 'already_decided', 'this suggestion was already decided');
    return thread.suggestion;
  }

  /**
   * Applies an accepted suggestion as an ordinary edit through the document registry: written by
   * a Y.Doc of its own whose client id is attributed to the suggestion's author, then merged into
   * the room, so open editors receive it live and "who wrote this?" names the author.
   */
  function applySuggestion(thread: StoredThread, suggested: string): void {
    const outcome = collab.change(
      thread.documentId,
      (doc) => {
        const scratch = new Y.Doc();
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
        const result = replaceAnchored(scratch, scratch.getXmlFragment(DOC_CONTENT_FIELD), thread.anchor, thread.quote, suggested);
        if (result.ok) {
          clientOwners.claim(thread.documentId, scratch.clientID, thread.authorId);
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)), 'review');
        }
        scratch.destroy();
        return result;
      },
      'review',
    );
    if (outcome.ok) return;
    if (outcome.reason === 'changed') throw new HttpError(409, 'text_changed', 'text changed since the suggestion');
    if (outcome.reason === 'detached') throw new HttpError(409, 'text_deleted', 'the suggested text was deleted');
    throw new HttpError(409, 'not_in_text', 'the suggestion spans several paragraphs and cannot be applied');
  }

  return {
    list(actor: User, documentId: string, filter: ThreadFilter): ThreadList {
      const { role } = policy.authorizeDocument(actor.id, documentId, 'read');
      const threads = presentAll(documentId, actor, role)
        .filter((t) => !filter.status || t.status === filter.status)
        .filter((t) => !filter.kind || t.kind === filter.kind)
        .filter((t) => !filter.author || t.authorId === filter.author)
        .filter((t) => filter.section === undefined || t.section === filter.section);
      return { threads, abilities: abilitiesOf(role, policy.documentFacts(documentId)) };
    },

    createThread(actor: User, documentId: string, body: CreateThreadBody): Thread {
      const membership = policy.authorizeDocument(actor.id, documentId, 'comment');
      const mentioned = checkedMentions(membership.workspaceId, body.body, 'body');
      const thread = start(membership, actor, documentId, body);
      record(thread, actor, 'thread.created', plain(body.body));
      afterMessage(thread, actor, body.body, mentioned, false);
      return current(documentId, thread.id, actor, membership.role);
    },

    suggest(actor: User, documentId: string, { anchor, quote, text, reason }: CreateSuggestionBody): Thread {
      const membership = policy.authorizeDocument(actor.id, documentId, 'comment');
      const mentioned = checkedMentions(membership.workspaceId, reason, 'reason');
      const thread = start(membership, actor, documentId, { kind: 'suggestion', anchor, quote, body: reason, suggestedText: text });
      record(thread, actor, 'suggestion.created', `${quote} → ${text}`);
      afterMessage(thread, actor, reason, mentioned, false);
      return current(documentId, thread.id, actor, membership.role);
    },

    reply(actor: User, documentId: string, threadId: string, body: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'comment');
      const mentioned = checkedMentions(thread.workspaceId, body, 'body');
      review.addMessage(thread.id, actor.id, body);
      record(thread, actor, 'thread.replied', plain(body));
      afterMessage(thread, actor, body, mentioned, true);
      return current(documentId, thread.id, actor, membership.role);
    },

    editMessage(actor: User, documentId: string, threadId: string, messageId: string, body: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'comment');
      const message = ownMessage(thread, messageId, actor);
      const before = mentionedIds(message.body);
      const mentioned = checkedMentions(thread.workspaceId, body, 'body', before);
      if (!review.editMessage(thread.id, message.id, body)) throw notFound('message');
      // Members the edit mentions for the first time are told, as by a new message.
      const added = mentioned.filter((id) => !before.includes(id));
      notificationService.notify(added, cause(thread, 'mention', actor, plain(body)));
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    deleteMessage(actor: User, documentId: string, threadId: string, messageId: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'comment');
      const message = ownMessage(thread, messageId, actor);
      if (!review.deleteMessage(thread.id, message.id)) throw notFound('message');
      record(thread, actor, 'message.deleted', '');
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    resolve(actor: User, documentId: string, threadId: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'resolve');
      if (thread.suggestion?.status === 'pending') {
        throw new HttpError(409, 'suggestion_pending', 'accept or reject the suggestion to close it');
      }
      review.resolve(thread.id, actor.id);
      record(thread, actor, 'thread.resolved', thread.quote);
      afterDecision(thread, actor, 'resolved', thread.quote);
      return current(documentId, thread.id, actor, membership.role);
    },

    reopen(actor: User, documentId: string, threadId: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'resolve');
      if (thread.suggestion) throw new HttpError(409, 'suggestion_decided', 'a decided suggestion cannot be reopened');
      review.reopen(thread.id);
      record(thread, actor, 'thread.reopened', thread.quote);
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    accept(actor: User, documentId: string, threadId: string, reason: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'resolve');
      // Accepting writes the document: it takes the right to edit as well as to decide.
      policy.authorizeDocument(actor.id, documentId, 'edit');
      const suggestion = pendingSuggestion(thread);
      applySuggestion(thread, suggestion.text);
      review.decide(thread.id, 'accepted', actor.id, reason);
      record(thread, actor, 'suggestion.accepted', `${thread.quote} → ${suggestion.text}`);
      afterDecision(thread, actor, 'accepted', suggestion.text);
      return current(documentId, thread.id, actor, membership.role);
    },

    reject(actor: User, documentId: string, threadId: string, reason: string): Thread {
      const { membership, thread } = threadFor(actor, documentId, threadId, 'resolve');
      const suggestion = pendingSuggestion(thread);
      review.decide(thread.id, 'rejected', actor.id, reason);
      record(thread, actor, 'suggestion.rejected', reason);
      afterDecision(thread, actor, 'rejected', reason || suggestion.text);
      return current(documentId, thread.id, actor, membership.role);
    },

    /** The members of the document's workspace one may mention in its review, but the caller. */
    mentionable(actor: User, documentId: string): MentionableList {
      const { workspaceId } = policy.authorizeDocument(actor.id, documentId, 'comment');
      const others = members.listActive(workspaceId).filter((member) => member.userId !== actor.id);
      return { members: others.map(({ userId, name }) => ({ userId, name })) };
    },

    /** Who wrote the anchored text: members by number of characters, from the Yjs client ids. */
    authorship(actor: User, documentId: string, anchor: Anchor): Authorship {
      policy.authorizeDocument(actor.id, documentId, 'read');
      const counts = collab.read(documentId, (doc) => {
        const resolved = resolveAnchor(doc, doc.getXmlFragment(DOC_CONTENT_FIELD), anchor);
        if (!resolved.inText) throw new HttpError(400, 'not_in_text', 'choose text within one paragraph');
        return charactersByClient(resolved.inText.text, resolved.inText.from, resolved.inText.to);
      });
      const byUser = new Map<string | null, number>();
      for (const [clientId, characters] of counts) {
        const userId = clientOwners.ownerOf(documentId, clientId);
        byUser.set(userId, (byUser.get(userId) ?? 0) + characters);
      }
      const authors = [...byUser]
        .map(([userId, characters]) => ({ userId, name: userId ? (users.find(userId)?.name ?? '') : '', characters }))
        .sort((a, b) => b.characters - a.characters);
      return { authors };
    },

    /** Every thread with its messages and outcome, as a table for the CSV export, header first. */
    table(actor: User, documentId: string): Array<Array<string | null>> {
      const { role } = policy.authorizeDocument(actor.id, documentId, 'export');
      const rows = presentAll(documentId, actor, role).map((t) => [
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
        t.messages
          .filter((m) => !m.deleted)
          .map((m) => `${m.authorName} (${m.createdAt}): ${plainMessage(m)}`)
          .join('\n'),
      ]);
      return [CSV_HEADER, ...rows];
    },
  };
}
