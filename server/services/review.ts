import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { abilitiesOf, type Role } from '../../shared/policy/abilities.ts';
import { anchorResolver, charactersByClient, replaceAnchored, resolveAnchor, type ResolvedAnchor } from '../../shared/review/anchors.ts';
import type { Anchor, Notification, Thread } from '../../shared/schemas/review.ts';
import type { StoredThread } from '../db/review-repository.ts';
import { HttpError } from '../http/errors.ts';
import { trySend } from '../mail/mailer.ts';
import type { Services } from '../services.ts';

const EXCERPT_LENGTH = 140;
export const excerpt = (text: string): string =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;

/** What a suggestion does, from its quote and replacement. */
export const changeOf = (quote: string, text: string): 'replace' | 'insert' | 'delete' =>
  quote === '' ? 'insert' : text === '' ? 'delete' : 'replace';

export type ReviewService = ReturnType<typeof createReviewService>;

/** Use cases of document review that span threads, the document, notifications and activity. */
export function createReviewService(services: Services) {
  const { review, notifications, activity, events, members, collab, policy } = services;

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
      abilities: abilitiesOf(role, { ownsThread: thread.authorId === userId }),
    };
  }

  /** Active members named as `@Name` in a message (longest names first, case-insensitive). */
  function mentionedUsers(workspaceId: string, body: string): string[] {
    const text = body.toLowerCase();
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

  function notify(
    recipients: Iterable<string>,
    kind: Notification['kind'],
    thread: StoredThread,
    actorId: string,
    text: string,
  ): void {
    const actorName = services.users.find(actorId)?.name ?? '';
    for (const userId of new Set(recipients)) {
      if (userId === actorId || !policy.membershipOf(thread.workspaceId, userId)) continue;
      const settings = notifications.settingsOf(userId);
      if ((kind === 'mention' && !settings.mentions) || (kind === 'reply' && !settings.replies)) continue;
      if (kind === 'decision' && !settings.decisions) continue;
      notifications.add({
        userId,
        kind,
        workspaceId: thread.workspaceId,
        documentId: thread.documentId,
        threadId: thread.id,
        actorName,
        excerpt: excerpt(text),
      });
      // Only the recipient's id travels: each client refetches its own inbox.
      events.publish(thread.workspaceId, { resource: 'notifications', action: 'created', id: userId });
    }
  }

  function changed(thread: StoredThread, action: 'created' | 'updated', actorId: string): void {
    events.publish(thread.workspaceId, {
      resource: 'threads',
      action,
      id: thread.id,
      item: { documentId: thread.documentId },
      actorId,
    });
  }

  return {
    present,
    mentionedUsers,

    list(documentId: string, userId: string, role: Role): Thread[] {
      const threads = review.listForDocument(documentId);
      const resolved = resolveAll(documentId, threads);
      return threads.map((thread, i) => present(thread, resolved[i] as ResolvedAnchor, userId, role));
    },

    one(documentId: string, threadId: string, userId: string, role: Role): Thread {
      const thread = review.find(documentId, threadId);
      if (!thread) throw new HttpError(404, 'not_found', 'thread not found');
      return present(thread, resolveAll(documentId, [thread])[0] as ResolvedAnchor, userId, role);
    },

    sectionOf: (documentId: string, anchor: Anchor, quote: string): string => resolveAll(documentId, [{ anchor, quote }])[0]?.section ?? '',

    /** After a thread was created or got a message: notify the mentioned and the participants. */
    afterMessage(thread: StoredThread, actorId: string, body: string, isReply: boolean): void {
      const mentioned = mentionedUsers(thread.workspaceId, body);
      notify(mentioned, 'mention', thread, actorId, body);
      if (isReply) {
        const participants = [thread.authorId, ...thread.messages.map((m) => m.authorId)].filter((id) => !mentioned.includes(id));
        notify(participants, 'reply', thread, actorId, body);
      }
      changed(thread, isReply ? 'updated' : 'created', actorId);
    },

    afterDecision(thread: StoredThread, actorId: string, text: string): void {
      notify([thread.authorId], 'decision', thread, actorId, text);
      changed(thread, 'updated', actorId);
    },

    changed,

    recordActivity(thread: StoredThread, actorId: string, action: string, summary: string): void {
      activity.record({ workspaceId: thread.workspaceId, actorId, action, documentId: thread.documentId, subjectId: thread.id, summary: excerpt(summary) });
    },

    /**
     * Applies an accepted suggestion as an ordinary edit through the sync server: written by a
     * Y.Doc of its own whose client id is attributed to the suggestion's author, then merged
     * into the room, so open editors receive it live and "who wrote this?" names the author.
     */
    applySuggestion(thread: StoredThread): void {
      if (!thread.suggestion) throw new HttpError(409, 'not_a_suggestion', 'this thread is not a suggestion');
      const suggested = thread.suggestion.text;
      const outcome = collab.change(
        thread.documentId,
        (doc) => {
          const scratch = new Y.Doc();
          Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
          const result = replaceAnchored(scratch, scratch.getXmlFragment(DOC_CONTENT_FIELD), thread.anchor, thread.quote, suggested);
          if (result.ok) {
            services.editRecorder.rememberClient(thread.documentId, scratch.clientID, thread.authorId);
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
    },

    /** Who wrote the anchored text: members by number of characters, from the Yjs client ids. */
    authorship(documentId: string, anchor: Anchor): Array<{ userId: string | null; name: string; characters: number }> {
      const counts = collab.read(documentId, (doc) => {
        const resolved = resolveAnchor(doc, doc.getXmlFragment(DOC_CONTENT_FIELD), anchor);
        if (!resolved.inText) throw new HttpError(400, 'not_in_text', 'choose text within one paragraph');
        return charactersByClient(resolved.inText.text, resolved.inText.from, resolved.inText.to);
      });
      const byUser = new Map<string | null, number>();
      for (const [clientId, characters] of counts) {
        const userId = services.editRecorder.authorOf(documentId, clientId);
        byUser.set(userId, (byUser.get(userId) ?? 0) + characters);
      }
      return [...byUser]
        .map(([userId, characters]) => ({ userId, name: userId ? (services.users.find(userId)?.name ?? '') : '', characters }))
        .sort((a, b) => b.characters - a.characters);
    },

    /** Emails each user who asked for a digest their unread, not yet emailed notifications. */
    async sendDigests(): Promise<number> {
      if (!services.mailer) return 0;
      let sent = 0;
      for (const [email, pending] of notifications.pendingDigests()) {
        const lines = pending.map((n) => `- ${n.actorName}: ${n.excerpt}\n  ${services.publicOrigin ?? ''}/d/${n.documentId}?thread=${n.threadId}`);
        const ok = await trySend(
          services.mailer,
          { to: email, subject: `Cadre: ${pending.length} unread review notification(s)`, text: lines.join('\n') },
          services.logger,
        );
        if (ok) {
          notifications.markEmailed(pending.map((n) => n.id));
          sent++;
        }
      }
      return sent;
    },
  };
}
