import type { SqliteDatabase } from '../db/database.ts';

/**
 * Comment threads of a document for the optional comments annex, read from the review
 * feature's tables when they exist (`review_threads`, `review_messages`). Each thread's
 * messages in order; deleted messages are left out.
 */
export function commentsOf(db: SqliteDatabase, documentId: string): Array<{ author: string; quote: string; text: string }> {
  const tables = new Set(
    db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('review_threads', 'review_messages')").all().map((t) => t.name),
  );
  if (tables.size < 2) return [];
  return db
    .prepare<[string], { author: string; quote: string; text: string }>(
      `SELECT u.name AS author, t.quote AS quote, m.body AS text
       FROM review_threads t JOIN review_messages m ON m.thread_id = t.id JOIN users u ON u.id = m.author_id
       WHERE t.document_id = ? AND m.deleted_at IS NULL ORDER BY t.created_at, m.created_at`,
    )
    .all(documentId);
}
