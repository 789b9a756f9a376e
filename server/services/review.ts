import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { abilitiesOf, type AbilityFacts, type Action, type Role } from '../../shared/policy/abilities.ts';
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
import { reviewCsvLabels } from '../export/review-csv-labels.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { excerpt, type NotificationService } from './notifications.ts';

/** What a suggestion does, from its quote and replacement. */
const changeOf = (quote: string, text: string): 'replace' | 'insert' | 'delete' =>
  quote === '' ? 'insert' : text === '' ? 'delete' : 'replace';

const alreadyDecided = () => new HttpError(409, 'already_decided', 'this suggestion was already decided');

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

  const resolveAll = async (documentId: string, anchors: Array<{ anchor: Anchor; quote: string }>): Promise<ResolvedAnchor[]> =>
    // Without threads there is nothing to resolve: do not load or walk the document.
    anchors.length === 0
      ? []
      : await collab.read(documentId, (doc) => {
          const resolve = anchorResolver(doc, doc.getXmlFragment(DOC_CONTENT_FIELD));
          return anchors.map(({ anchor, quote }) => resolve(anchor, quote === ''));
        });

  /** The thread as `userId` sees it; `facts` are the document's (`policy.documentFacts`). */
  async function present(thread: StoredThread, resolved: ResolvedAnchor, userId: string, role: Role, facts: AbilityFacts): Promise<Thread> {
    if (!resolved.detached && resolved.section !== thread.section) await review.setSection(thread.id, resolved.section);
    const { workspaceId: _workspace, ...rest } = thread;
    return {
      ...rest,
      currentText: resolved.text,
      // An accepted suggestion replaced its quote on purpose: that is not a lost anchor.
      detached: thread.quote !== '' && resolved.detached && thread.suggestion?.status !== 'accepted',
      section: resolved.detached ? thread.section : resolved.section,
      suggestion: thread.suggestion && { ...thread.suggestion, change: changeOf(thread.quote, thread.suggestion.text) },
      abilities: abilitiesOf(role, { ownsThread: thread.authorId === userId, ...facts }),
    };
  }

  async function presentAll(documentId: string, actor: User, role: Role): Promise<Thread[]> {
    const threads = await review.listForDocument(documentId);
    const resolved = await resolveAll(documentId, threads);
    const facts = await policy.documentFacts(documentId);
    return Promise.all(threads.map((thread, i) => present(thread, resolved[i] as ResolvedAnchor, actor.id, role, facts)));
  }

  /** The thread as it is now, as the caller sees it. */
  async function current(documentId: string, threadId: string, actor: User, role: Role): Promise<Thread> {
    const thread = await review.find(documentId, threadId);
    if (!thread) throw notFound('thread');
    const [resolved] = await resolveAll(documentId, [thread]);
    return present(thread, resolved as ResolvedAnchor, actor.id, role, await policy.documentFacts(documentId));
  }

  /** A thread of the document, if the caller may `action` on it (whether they started it counts). */
  async function threadFor(actor: User, documentId: string, threadId: string, action: Action): Promise<{ membership: Membership; thread: StoredThread }> {
    const membership = await policy.authorizeDocument(actor.id, documentId, 'read');
    const thread = await review.find(documentId, threadId);
    if (!thread) throw notFound('thread');
    await policy.authorizeDocument(actor.id, documentId, action, { ownsThread: thread.authorId === actor.id });
    return { membership, thread };
  }

  /** Members edit and delete only their own messages, whatever their role. */
  function ownMessage(thread: StoredThread, messageId: string, actor: User) {
    const message = thread.messages.find((m) => m.id === messageId && !m.deleted);
    if (!message) throw notFound('message');
    if (message.authorId !== actor.id) throw new HttpError(403, 'forbidden', 'only the author may change a message');
    return message;
  }

  async function start(membership: Membership, actor: User, documentId: string, thread: Omit<NewThread, 'workspaceId' | 'documentId' | 'section' | 'authorId'>): Promise<StoredThread> {
    const section = (await resolveAll(documentId, [thread]))[0]?.section ?? '';
    const id = await review.create({ ...thread, workspaceId: membership.workspaceId, documentId, section, authorId: actor.id });
    const created = await review.find(documentId, id);
    if (!created) throw notFound('thread');
    return created;
  }

  /** A message as plain text, its mentions written `@Name` with current names. */
  async function plain(body: string): Promise<string> {
    const names = new Map<string, string | undefined>();
    for (const userId of mentionedIds(body)) names.set(userId, (await users.find(userId))?.name);
    return withNames(body, (userId) => names.get(userId));
  }

  /**
   * The members a message mentions by id, refused unless each is an active member of the
   * workspace; `already` are those the edited message mentioned, who may have left since.
   */
  async function checkedMentions(workspaceId: string, body: string, field: string, already: readonly string[] = []): Promise<string[]> {
    const ids = mentionedIds(body);
    for (const id of ids) {
      if (already.includes(id) || (await policy.membershipOf(workspaceId, id))) continue;
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
  async function namedUsers(workspaceId: string, body: string): Promise<string[]> {
    const text = messageParts(body)
      .map((part) => (part.kind === 'text' ? part.text : ' '))
      .join('')
      .toLowerCase();
    const found = new Set<string>();
    const candidates = (await members.listActive(workspaceId)).sort((a, b) => b.name.length - a.name.length);
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

  async function record(thread: StoredThread, actor: User, action: string, summary: string): Promise<void> {
    await activity.record({ workspaceId: thread.workspaceId, actorId: actor.id, action, documentId: thread.documentId, subjectId: thread.id, summary: excerpt(summary) });
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
  async function afterMessage(thread: StoredThread, actor: User, body: string, byId: string[], isReply: boolean): Promise<void> {
    const mentioned = [...new Set([...byId, ...(await namedUsers(thread.workspaceId, body))])];
    const text = await plain(body);
    await notificationService.notify(mentioned, cause(thread, 'mention', actor, text));
    if (isReply) {
      const participants = [thread.authorId, ...thread.messages.map((m) => m.authorId)].filter((id) => !mentioned.includes(id));
      await notificationService.notify(participants, cause(thread, 'reply', actor, text));
    }
    changed(thread, isReply ? 'updated' : 'created', actor);
  }

  /** Tells the thread's author what became of it: resolved, or their suggestion accepted or rejected. */
  async function afterDecision(thread: StoredThread, actor: User, outcome: 'resolved' | 'accepted' | 'rejected', text: string): Promise<void> {
    await notificationService.notify([thread.authorId], cause(thread, outcome, actor, text));
    changed(thread, 'updated', actor);
  }

  function pendingSuggestion(thread: StoredThread) {
    if (thread.suggestion?.status !== 'pending') throw alreadyDecided();
    return thread.suggestion;
  }

  /** Records a decision on a suggestion read as pending; of two deciding at once, the second is refused. */
  async function decide(thread: StoredThread, outcome: 'accepted' | 'rejected', actor: User, reason: string): Promise<void> {
    if (!(await review.decide(thread.id, outcome, actor.id, reason))) throw alreadyDecided();
  }

  /**
   * Applies an accepted suggestion as an ordinary edit through the document registry: written by
   * a Y.Doc of its own whose client id is attributed to the suggestion's author, then merged into
   * the room, so open editors receive it live and "who wrote this?" names the author.
   */
  async function applySuggestion(thread: StoredThread, suggested: string): Promise<void> {
    const scratch = new Y.Doc();
    // Claimed before the change (the change itself runs synchronously), so the text is never
    // unattributed; if the suggestion cannot be applied, the claim names a client id that wrote nothing.
    await clientOwners.claim(thread.documentId, scratch.clientID, thread.authorId);
    try {
      const outcome = await collab.change(
        thread.documentId,
        (doc) => {
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
          const result = replaceAnchored(scratch, scratch.getXmlFragment(DOC_CONTENT_FIELD), thread.anchor, thread.quote, suggested);
          if (result.ok) Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)), 'review');
          return result;
        },
        'review',
      );
      if (outcome.ok) return;
      if (outcome.reason === 'changed') throw new HttpError(409, 'text_changed', 'text changed since the suggestion');
      if (outcome.reason === 'detached') throw new HttpError(409, 'text_deleted', 'the suggested text was deleted');
      throw new HttpError(409, 'not_in_text', 'the suggestion spans several paragraphs and cannot be applied');
    } finally {
      scratch.destroy();
    }
  }

  return {
    async list(actor: User, documentId: string, filter: ThreadFilter): Promise<ThreadList> {
      const { role } = await policy.authorizeDocument(actor.id, documentId, 'read');
      const threads = (await presentAll(documentId, actor, role))
        .filter((t) => !filter.status || t.status === filter.status)
        .filter((t) => !filter.kind || t.kind === filter.kind)
        .filter((t) => !filter.author || t.authorId === filter.author)
        .filter((t) => filter.section === undefined || t.section === filter.section);
      return { threads, abilities: abilitiesOf(role, await policy.documentFacts(documentId)) };
    },

    async createThread(actor: User, documentId: string, body: CreateThreadBody): Promise<Thread> {
      const membership = await policy.authorizeDocument(actor.id, documentId, 'comment');
      const mentioned = await checkedMentions(membership.workspaceId, body.body, 'body');
      const thread = await start(membership, actor, documentId, body);
      await record(thread, actor, 'thread.created', await plain(body.body));
      await afterMessage(thread, actor, body.body, mentioned, false);
      return current(documentId, thread.id, actor, membership.role);
    },

    async suggest(actor: User, documentId: string, { anchor, quote, text, reason }: CreateSuggestionBody): Promise<Thread> {
      const membership = await policy.authorizeDocument(actor.id, documentId, 'comment');
      const mentioned = await checkedMentions(membership.workspaceId, reason, 'reason');
      const thread = await start(membership, actor, documentId, { kind: 'suggestion', anchor, quote, body: reason, suggestedText: text });
      await record(thread, actor, 'suggestion.created', `${quote} → ${text}`);
      await afterMessage(thread, actor, reason, mentioned, false);
      return current(documentId, thread.id, actor, membership.role);
    },

    async reply(actor: User, documentId: string, threadId: string, body: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'comment');
      const mentioned = await checkedMentions(thread.workspaceId, body, 'body');
      await review.addMessage(thread.id, actor.id, body);
      await record(thread, actor, 'thread.replied', await plain(body));
      await afterMessage(thread, actor, body, mentioned, true);
      return current(documentId, thread.id, actor, membership.role);
    },

    async editMessage(actor: User, documentId: string, threadId: string, messageId: string, body: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'comment');
      const message = ownMessage(thread, messageId, actor);
      const before = mentionedIds(message.body);
      const mentioned = await checkedMentions(thread.workspaceId, body, 'body', before);
      if (!(await review.editMessage(thread.id, message.id, body))) throw notFound('message');
      // Members the edit mentions for the first time are told, as by a new message.
      const added = mentioned.filter((id) => !before.includes(id));
      await notificationService.notify(added, cause(thread, 'mention', actor, await plain(body)));
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    async deleteMessage(actor: User, documentId: string, threadId: string, messageId: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'comment');
      const message = ownMessage(thread, messageId, actor);
      if (!(await review.deleteMessage(thread.id, message.id))) throw notFound('message');
      await record(thread, actor, 'message.deleted', '');
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    async resolve(actor: User, documentId: string, threadId: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'resolve');
      if (thread.suggestion?.status === 'pending') {
        throw new HttpError(409, 'suggestion_pending', 'accept or reject the suggestion to close it');
      }
      await review.resolve(thread.id, actor.id);
      await record(thread, actor, 'thread.resolved', thread.quote);
      await afterDecision(thread, actor, 'resolved', thread.quote);
      return current(documentId, thread.id, actor, membership.role);
    },

    async reopen(actor: User, documentId: string, threadId: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'resolve');
      if (thread.suggestion) throw new HttpError(409, 'suggestion_decided', 'a decided suggestion cannot be reopened');
      await review.reopen(thread.id);
      await record(thread, actor, 'thread.reopened', thread.quote);
      changed(thread, 'updated', actor);
      return current(documentId, thread.id, actor, membership.role);
    },

    async accept(actor: User, documentId: string, threadId: string, reason: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'resolve');
      // Accepting writes the document: it takes the right to edit as well as to decide.
      await policy.authorizeDocument(actor.id, documentId, 'edit');
      const suggestion = pendingSuggestion(thread);
      // Decided before the text is applied, so that of two accepts at once only one applies it
      // (twice would insert it twice); given back to pending if the text cannot be applied.
      await decide(thread, 'accepted', actor, reason);
      try {
        await applySuggestion(thread, suggestion.text);
      } catch (error) {
        await review.undecide(thread.id, thread.updatedAt);
        throw error;
      }
      await record(thread, actor, 'suggestion.accepted', `${thread.quote} → ${suggestion.text}`);
      await afterDecision(thread, actor, 'accepted', suggestion.text);
      return current(documentId, thread.id, actor, membership.role);
    },

    async reject(actor: User, documentId: string, threadId: string, reason: string): Promise<Thread> {
      const { membership, thread } = await threadFor(actor, documentId, threadId, 'resolve');
      const suggestion = pendingSuggestion(thread);
      await decide(thread, 'rejected', actor, reason);
      await record(thread, actor, 'suggestion.rejected', reason);
      await afterDecision(thread, actor, 'rejected', reason || suggestion.text);
      return current(documentId, thread.id, actor, membership.role);
    },

    /** The members of the document's workspace one may mention in its review, but the caller. */
    async mentionable(actor: User, documentId: string): Promise<MentionableList> {
      const { workspaceId } = await policy.authorizeDocument(actor.id, documentId, 'comment');
      const others = (await members.listActive(workspaceId)).filter((member) => member.userId !== actor.id);
      return { members: others.map(({ userId, name }) => ({ userId, name })) };
    },

    /** Who wrote the anchored text: members by number of characters, from the Yjs client ids. */
    async authorship(actor: User, documentId: string, anchor: Anchor): Promise<Authorship> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      const counts = await collab.read(documentId, (doc) => {
        const resolved = resolveAnchor(doc, doc.getXmlFragment(DOC_CONTENT_FIELD), anchor);
        if (!resolved.inText) throw new HttpError(400, 'not_in_text', 'choose text within one paragraph');
        return charactersByClient(resolved.inText.text, resolved.inText.from, resolved.inText.to);
      });
      const byUser = new Map<string | null, number>();
      for (const [clientId, characters] of counts) {
        const userId = await clientOwners.ownerOf(documentId, clientId);
        byUser.set(userId, (byUser.get(userId) ?? 0) + characters);
      }
      const authors: Authorship['authors'] = [];
      for (const [userId, characters] of byUser) {
        authors.push({ userId, name: userId ? ((await users.find(userId))?.name ?? '') : '', characters });
      }
      authors.sort((a, b) => b.characters - a.characters);
      return { authors };
    },

    /** Every thread with its messages and outcome, as a table for the CSV export, header first (in `language`). */
    async table(actor: User, documentId: string, language: string): Promise<Array<ReadonlyArray<string | null>>> {
      const { role } = await policy.authorizeDocument(actor.id, documentId, 'export');
      const labels = reviewCsvLabels(language);
      const rows = (await presentAll(documentId, actor, role)).map((t) => [
        t.id,
        t.kind,
        t.status,
        t.section,
        t.quote,
        t.currentText,
        t.detached ? labels.yes : labels.no,
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
      return [labels.header, ...rows];
    },
  };
}
