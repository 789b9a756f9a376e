import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { mentionedIds } from '../../shared/review/mentions.ts';
import type { Anchor, ReviewMessage, SuggestionStatus, ThreadKind } from '../../shared/schemas/review.ts';
import { newId } from './document-repository.ts';
import type { ReviewMessagesTable, ReviewThreadsTable, Schema } from './schema.ts';

type ThreadRow = Selectable<ReviewThreadsTable> & { author_name: string; decider_name: string | null };
type MessageRow = Selectable<ReviewMessagesTable> & { author_name: string };

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
  kind: row.kind as ThreadKind,
  status: row.status as 'open' | 'resolved',
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
          status: row.suggestion_status as SuggestionStatus,
          decidedBy: row.decided_by,
          decidedByName: row.decider_name,
          decidedAt: row.decided_at,
          decisionReason: row.decision_reason,
        },
  messages,
});

export type ReviewRepository = ReturnType<typeof createReviewRepository>;

/** Comment threads, their messages and suggested changes, stored outside the document. */
export function createReviewRepository(db: Kysely<Schema>) {
  const threads = () =>
    db
      .selectFrom('review_threads as t')
      .innerJoin('users as u', 'u.id', 't.author_id')
      .leftJoin('users as d', 'd.id', 't.decided_by')
      .selectAll('t')
      .select(['u.name as author_name', 'd.name as decider_name']);
  const messages = () =>
    db
      .selectFrom('review_messages as m')
      .innerJoin('users as u', 'u.id', 'm.author_id')
      .selectAll('m')
      .select('u.name as author_name')
      .orderBy('m.created_at')
      .orderBy('m.id');

  const now = () => new Date().toISOString();

  /** Names of the members the messages mention, read in one query. */
  async function userNames(rows: readonly MessageRow[]): Promise<NameOf> {
    const ids = [...new Set(rows.flatMap((row) => (row.deleted_at ? [] : mentionedIds(row.body))))];
    const users = ids.length === 0 ? [] : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
    const names = new Map(users.map((user) => [user.id, user.name]));
    return (userId) => names.get(userId);
  }

  /** Moves the thread's `updated_at`: a message changed. */
  const touch = (trx: Transaction<Schema>, threadId: string, at: string) =>
    trx.updateTable('review_threads').set({ updated_at: at }).where('id', '=', threadId).execute();

  /** Changes a message not deleted yet and touches its thread, in one transaction; false if none. */
  function changeLiveMessage(threadId: string, messageId: string, changes: (at: string) => Updateable<ReviewMessagesTable>): Promise<boolean> {
    const at = now();
    return db.transaction().execute(async (trx) => {
      const { numUpdatedRows } = await trx
        .updateTable('review_messages')
        .set(changes(at))
        .where('id', '=', messageId)
        .where('thread_id', '=', threadId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (numUpdatedRows > 0n) await touch(trx, threadId, at);
      return numUpdatedRows > 0n;
    });
  }

  return {
    async listForDocument(documentId: string): Promise<StoredThread[]> {
      const [threadRows, messageRows] = await Promise.all([
        threads().where('t.document_id', '=', documentId).orderBy('t.created_at').orderBy('t.id').execute(),
        messages().innerJoin('review_threads as t', 't.id', 'm.thread_id').where('t.document_id', '=', documentId).execute(),
      ]);
      const nameOf = await userNames(messageRows);
      const byThread = new Map<string, ReviewMessage[]>();
      for (const row of messageRows) {
        let list = byThread.get(row.thread_id);
        if (!list) byThread.set(row.thread_id, (list = []));
        list.push(toMessage(row, nameOf));
      }
      return threadRows.map((row) => toThread(row, byThread.get(row.id) ?? []));
    },
    async find(documentId: string, threadId: string): Promise<StoredThread | undefined> {
      const row = await threads().where('t.document_id', '=', documentId).where('t.id', '=', threadId).executeTakeFirst();
      if (!row) return undefined;
      const messageRows = await messages().where('m.thread_id', '=', row.id).execute();
      const nameOf = await userNames(messageRows);
      return toThread(row, messageRows.map((message) => toMessage(message, nameOf)));
    },
    async create(thread: NewThread): Promise<string> {
      const id = newId();
      const at = now();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('review_threads')
          .values({
            id,
            workspace_id: thread.workspaceId,
            document_id: thread.documentId,
            kind: thread.kind,
            anchor_start: thread.anchor.start,
            anchor_end: thread.anchor.end,
            quote: thread.quote,
            section: thread.section,
            author_id: thread.authorId,
            created_at: at,
            updated_at: at,
            suggested_text: thread.suggestedText ?? null,
            suggestion_status: thread.suggestedText === undefined ? null : 'pending',
          })
          .execute();
        if (thread.body !== '') {
          await trx.insertInto('review_messages').values({ id: newId(), thread_id: id, author_id: thread.authorId, body: thread.body, created_at: at }).execute();
        }
      });
      return id;
    },
    async addMessage(threadId: string, authorId: string, body: string): Promise<string> {
      const id = newId();
      const at = now();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('review_messages').values({ id, thread_id: threadId, author_id: authorId, body, created_at: at }).execute();
        await touch(trx, threadId, at);
      });
      return id;
    },
    editMessage: (threadId: string, messageId: string, body: string): Promise<boolean> => changeLiveMessage(threadId, messageId, (at) => ({ body, edited_at: at })),
    /** Blanks the body and keeps the row, so the thread shows that a message was there. */
    deleteMessage: (threadId: string, messageId: string): Promise<boolean> =>
      changeLiveMessage(threadId, messageId, (at) => ({ deleted_at: at, body: '' })),
    async resolve(threadId: string, userId: string): Promise<void> {
      const at = now();
      await db.updateTable('review_threads').set({ status: 'resolved', resolved_by: userId, resolved_at: at, updated_at: at }).where('id', '=', threadId).execute();
    },
    async reopen(threadId: string): Promise<void> {
      await db.updateTable('review_threads').set({ status: 'open', resolved_by: null, resolved_at: null, updated_at: now() }).where('id', '=', threadId).execute();
    },
    /** Records the outcome of a pending suggestion; false if it was already decided. */
    async decide(threadId: string, outcome: 'accepted' | 'rejected', userId: string, reason: string): Promise<boolean> {
      const at = now();
      const { numUpdatedRows } = await db
        .updateTable('review_threads')
        .set({
          suggestion_status: outcome,
          decided_by: userId,
          decided_at: at,
          decision_reason: reason,
          status: 'resolved',
          resolved_by: userId,
          resolved_at: at,
          updated_at: at,
        })
        .where('id', '=', threadId)
        .where('suggestion_status', '=', 'pending')
        .executeTakeFirst();
      return numUpdatedRows > 0n;
    },
    /**
     * Gives an accepted suggestion back to pending, open as it was (`updatedAt`): the text it
     * was accepted to apply could not be applied.
     */
    async undecide(threadId: string, updatedAt: string): Promise<void> {
      await db
        .updateTable('review_threads')
        .set({
          suggestion_status: 'pending',
          decided_by: null,
          decided_at: null,
          decision_reason: null,
          status: 'open',
          resolved_by: null,
          resolved_at: null,
          updated_at: updatedAt,
        })
        .where('id', '=', threadId)
        .where('suggestion_status', '=', 'accepted')
        .execute();
    },
    async setSection(threadId: string, section: string): Promise<void> {
      await db.updateTable('review_threads').set({ section }).where('id', '=', threadId).execute();
    },
    /** Open threads and pending suggestions of a workspace, which the policy cycle's exit criteria count. */
    async openCounts(workspaceId: string): Promise<{ threads: number; suggestions: number }> {
      const row = await db
        .selectFrom('review_threads')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('status', '=', 'open').as('threads'),
          eb.fn.countAll<number>().filterWhere('suggestion_status', '=', 'pending').as('suggestions'),
        ])
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return { threads: Number(row.threads), suggestions: Number(row.suggestions) };
    },
  };
}
