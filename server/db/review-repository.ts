import { mentionedIds } from '../../shared/review/mentions.ts';
import type { Anchor, ReviewMessage, SuggestionStatus, ThreadKind } from '../../shared/schemas/review.ts';
import type { SqliteDatabase } from './database.ts';
import { newId } from './document-repository.ts';

type ThreadRow = {
  id: string;
  workspace_id: string;
  document_id: string;
  kind: ThreadKind;
  status: 'open' | 'resolved';
  anchor_start: string;
  anchor_end: string;
  quote: string;
  section: string;
  author_id: string;
  author_name: string;
  created_at: string;
  updated_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  suggested_text: string | null;
  suggestion_status: SuggestionStatus | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  decider_name: string | null;
};

type MessageRow = {
  id: string;
  thread_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
};

/** A thread as stored: the anchor's current state is resolved against the document later. */
export type StoredThread = {
  id: string;
  workspaceId: string;
  documentId: string;
  kind: ThreadKind;
  status: 'open' | 'resolved';
  anchor: Anchor;
  quote: string;
  section: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  suggestion: {
    text: string;
    status: SuggestionStatus;
    decidedBy: string | null;
    decidedByName: string | null;
    decidedAt: string | null;
    decisionReason: string | null;
  } | null;
  messages: ReviewMessage[];
};

export type NewThread = {
  workspaceId: string;
  documentId: string;
  kind: ThreadKind;
  anchor: Anchor;
  quote: string;
  section: string;
  authorId: string;
  body: string;
  suggestedText?: string;
};

/** The name of a user by id, or undefined for an id no account has. */
type NameOf = (userId: string) => string | undefined;

const toMessage = (row: MessageRow, nameOf: NameOf): ReviewMessage => {
  const body = row.deleted_at ? '' : row.body;
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name,
    body,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deleted: row.deleted_at !== null,
    // Names are read when the message is, like the author's: a renamed member shows renamed.
    mentions: mentionedIds(body).flatMap((userId) => {
      const name = nameOf(userId);
      return name === undefined ? [] : [{ userId, name }];
    }),
  };
};

const toThread = (row: ThreadRow, messages: ReviewMessage[]): StoredThread => ({
  id: row.id,
  workspaceId: row.workspace_id,
  documentId: row.document_id,
  kind: row.kind,
  status: row.status,
  anchor: { start: row.anchor_start, end: row.anchor_end },
  quote: row.quote,
  section: row.section,
  authorId: row.author_id,
  authorName: row.author_name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  resolvedBy: row.resolved_by,
  resolvedAt: row.resolved_at,
  suggestion:
    row.suggested_text === null || row.suggestion_status === null
      ? null
      : {
          text: row.suggested_text,
          status: row.suggestion_status,
          decidedBy: row.decided_by,
          decidedByName: row.decider_name,
          decidedAt: row.decided_at,
          decisionReason: row.decision_reason,
        },
  messages,
});

const threadColumns = 't.*, u.name AS author_name, (SELECT name FROM users d WHERE d.id = t.decided_by) AS decider_name';
const messageColumns = 'm.*, u.name AS author_name';

export type ReviewRepository = ReturnType<typeof createReviewRepository>;

/** Comment threads, their messages and suggested changes, stored outside the document. */
export function createReviewRepository(db: SqliteDatabase) {
  const selectThreads = db.prepare<[string], ThreadRow>(
    `SELECT ${threadColumns} FROM review_threads t JOIN users u ON u.id = t.author_id
     WHERE t.document_id = ? ORDER BY t.created_at, t.id`,
  );
  const selectThread = db.prepare<[string, string], ThreadRow>(
    `SELECT ${threadColumns} FROM review_threads t JOIN users u ON u.id = t.author_id WHERE t.document_id = ? AND t.id = ?`,
  );
  const selectMessages = db.prepare<[string], MessageRow>(
    `SELECT ${messageColumns} FROM review_messages m JOIN review_threads t ON t.id = m.thread_id
     JOIN users u ON u.id = m.author_id WHERE t.document_id = ? ORDER BY m.created_at, m.rowid`,
  );
  const selectThreadMessages = db.prepare<[string], MessageRow>(
    `SELECT ${messageColumns} FROM review_messages m JOIN users u ON u.id = m.author_id
     WHERE m.thread_id = ? ORDER BY m.created_at, m.rowid`,
  );
  const insertThread = db.prepare(
    `INSERT INTO review_threads (id, workspace_id, document_id, kind, anchor_start, anchor_end, quote, section,
       author_id, created_at, updated_at, suggested_text, suggestion_status)
     VALUES (@id, @workspaceId, @documentId, @kind, @start, @end, @quote, @section, @authorId, @now, @now,
       @suggestedText, @suggestionStatus)`,
  );
  const insertMessage = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO review_messages (id, thread_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const touch = db.prepare<[string, string]>('UPDATE review_threads SET updated_at = ? WHERE id = ?');
  const setStatus = db.prepare<[string, string | null, string | null, string, string]>(
    'UPDATE review_threads SET status = ?, resolved_by = ?, resolved_at = ?, updated_at = ? WHERE id = ?',
  );
  const setDecision = db.prepare(
    `UPDATE review_threads SET suggestion_status = @outcome, decided_by = @userId, decided_at = @at,
       decision_reason = @reason, status = 'resolved', resolved_by = @userId, resolved_at = @at, updated_at = @at
     WHERE id = @threadId AND suggestion_status = 'pending'`,
  );
  const selectUserName = db.prepare<[string], { name: string }>('SELECT name FROM users WHERE id = ?');
  const setSection = db.prepare<[string, string]>('UPDATE review_threads SET section = ? WHERE id = ?');
  const countOpen = db.prepare<[string], { threads: number; suggestions: number }>(
    `SELECT coalesce(sum(status = 'open'), 0) AS threads, coalesce(sum(suggestion_status = 'pending'), 0) AS suggestions
     FROM review_threads WHERE workspace_id = ?`,
  );
  const editMessage = db.prepare<[string, string, string, string]>(
    'UPDATE review_messages SET body = ?, edited_at = ? WHERE id = ? AND thread_id = ? AND deleted_at IS NULL',
  );
  const deleteMessage = db.prepare<[string, string, string]>(
    "UPDATE review_messages SET deleted_at = ?, body = '' WHERE id = ? AND thread_id = ? AND deleted_at IS NULL",
  );

  const now = () => new Date().toISOString();

  /** Names of the members messages mention, each read once per call. */
  function userNames(): NameOf {
    const known = new Map<string, string | undefined>();
    return (userId) => {
      if (!known.has(userId)) known.set(userId, selectUserName.get(userId)?.name);
      return known.get(userId);
    };
  }

  return {
    listForDocument(documentId: string): StoredThread[] {
      const byThread = new Map<string, ReviewMessage[]>();
      const nameOf = userNames();
      for (const row of selectMessages.all(documentId)) {
        let list = byThread.get(row.thread_id);
        if (!list) byThread.set(row.thread_id, (list = []));
        list.push(toMessage(row, nameOf));
      }
      return selectThreads.all(documentId).map((row) => toThread(row, byThread.get(row.id) ?? []));
    },
    find(documentId: string, threadId: string): StoredThread | undefined {
      const row = selectThread.get(documentId, threadId);
      const nameOf = userNames();
      return row && toThread(row, selectThreadMessages.all(row.id).map((message) => toMessage(message, nameOf)));
    },
    create: db.transaction((thread: NewThread): string => {
      const id = newId();
      const at = now();
      insertThread.run({
        id,
        workspaceId: thread.workspaceId,
        documentId: thread.documentId,
        kind: thread.kind,
        start: thread.anchor.start,
        end: thread.anchor.end,
        quote: thread.quote,
        section: thread.section,
        authorId: thread.authorId,
        now: at,
        suggestedText: thread.suggestedText ?? null,
        suggestionStatus: thread.suggestedText === undefined ? null : 'pending',
      });
      if (thread.body !== '') insertMessage.run(newId(), id, thread.authorId, thread.body, at);
      return id;
    }),
    addMessage: db.transaction((threadId: string, authorId: string, body: string): string => {
      const id = newId();
      const at = now();
      insertMessage.run(id, threadId, authorId, body, at);
      touch.run(at, threadId);
      return id;
    }),
    editMessage(threadId: string, messageId: string, body: string): boolean {
      const at = now();
      const changed = editMessage.run(body, at, messageId, threadId).changes > 0;
      if (changed) touch.run(at, threadId);
      return changed;
    },
    deleteMessage(threadId: string, messageId: string): boolean {
      const at = now();
      const changed = deleteMessage.run(at, messageId, threadId).changes > 0;
      if (changed) touch.run(at, threadId);
      return changed;
    },
    resolve: (threadId: string, userId: string): void => void setStatus.run('resolved', userId, now(), now(), threadId),
    reopen: (threadId: string): void => void setStatus.run('open', null, null, now(), threadId),
    /** Records the outcome of a pending suggestion; false if it was already decided. */
    decide(threadId: string, outcome: 'accepted' | 'rejected', userId: string, reason: string): boolean {
      const at = now();
      return setDecision.run({ outcome, userId, at, reason, threadId }).changes > 0;
    },
    setSection: (threadId: string, section: string): void => void setSection.run(section, threadId),
    /** Open threads and pending suggestions of a workspace, which the policy cycle's exit criteria count. */
    openCounts: (workspaceId: string): { threads: number; suggestions: number } => countOpen.get(workspaceId) ?? { threads: 0, suggestions: 0 },
  };
}
