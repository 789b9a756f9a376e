import type { ActivityRepository } from '../db/activity-repository.ts';
import type { DocumentRepository } from '../db/document-repository.ts';

/** A pause longer than this starts a new edit session in the activity record. */
const SESSION_IDLE_MS = 30 * 60 * 1000;
/**
 * An open session's row is brought up to date at most this often: a write per keystroke would
 * double the database writes on the typing path for a precision nobody reads.
 */
const FLUSH_EVERY_MS = 10_000;
/** Bound of the in-memory cache of document workspaces. */
const CACHE_LIMIT = 50_000;

type OpenSession = { activityId: string; lastAt: number; unflushed: number; flushedAt: number };

export type EditRecorder = ReturnType<typeof createEditRecorder>;

/**
 * Records who edits documents, from the bus's `document.updated` (server/listeners/edit-recording.ts):
 * one activity row per member and document per working session (first and last update, number
 * of updates).
 */
export function createEditRecorder(documents: Pick<DocumentRepository, 'find'>, activity: ActivityRepository, now = Date.now) {
  const sessions = new Map<string, OpenSession>();
  const workspaces = new Map<string, string | null>();
  /**
   * Updates are recorded one at a time, in the order they arrived: a session's row must be
   * written before the next update decides whether to extend it, else a burst of updates would
   * open a session each.
   */
  let queue: Promise<void> = Promise.resolve();
  /** Tasks queued and not finished: while there are none, an open session can be extended at once. */
  let queued = 0;
  const inTurn = (task: () => Promise<void>): Promise<void> => {
    queued++;
    const turn = queue.then(task).finally(() => queued--);
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function flush(session: OpenSession): Promise<void> {
    if (session.unflushed === 0) return;
    await activity.extend(session.activityId, session.unflushed, new Date(session.lastAt).toISOString());
    session.unflushed = 0;
    session.flushedAt = session.lastAt;
  }

  /**
   * The common case, a member typing on in a session whose row is written and not due for a
   * flush, counted in memory without a database read or a queued task: O(1) per commit.
   */
  function extendOpenSession(documentId: string, userId: string, updates: number, at: number): boolean {
    if (queued > 0) return false;
    const open = sessions.get(`${documentId}:${userId}`);
    if (!open || at - open.lastAt >= SESSION_IDLE_MS || at - open.flushedAt >= FLUSH_EVERY_MS) return false;
    open.lastAt = at;
    open.unflushed += updates;
    return true;
  }

  async function record(documentId: string, userId: string, updates: number, at: number): Promise<void> {
    let workspaceId = workspaces.get(documentId);
    if (workspaceId === undefined) {
      workspaceId = (await documents.find(documentId))?.workspaceId ?? null;
      if (workspaces.size >= CACHE_LIMIT) workspaces.clear();
      workspaces.set(documentId, workspaceId);
    }
    if (workspaceId === null) return;
    const key = `${documentId}:${userId}`;
    const open = sessions.get(key);
    if (open && at - open.lastAt < SESSION_IDLE_MS) {
      open.lastAt = at;
      open.unflushed += updates;
      if (at - open.flushedAt >= FLUSH_EVERY_MS) await flush(open);
      return;
    }
    if (open) await flush(open);
    const activityId = await activity.record(
      {
        workspaceId,
        actorId: userId,
        action: 'document.edited',
        documentId,
        summary: '',
      },
      new Date(at).toISOString(),
    );
    // The new row counts one update; the others of this commit wait for the next flush.
    sessions.set(key, { activityId, lastAt: at, unflushed: updates - 1, flushedAt: at });
    for (const [other, session] of sessions) {
      if (at - session.lastAt < SESSION_IDLE_MS) continue;
      await flush(session);
      sessions.delete(other);
    }
  }

  return {
    /**
     * `updates` committed together by `userId` (null for server-side changes, recorded by their
     * own use cases). Resolves once they are recorded (after those that arrived before them).
     */
    onUpdate(documentId: string, userId: string | null, updates = 1): Promise<void> {
      if (userId === null) return Promise.resolve();
      // The time the update arrived, not the time its turn comes.
      const at = now();
      if (extendOpenSession(documentId, userId, updates, at)) return Promise.resolve();
      return inTurn(() => record(documentId, userId, updates, at));
    },
    /** Writes what open sessions have not yet recorded (before reading the record, at shutdown). */
    flushAll(): Promise<void> {
      return inTurn(async () => {
        for (const session of sessions.values()) await flush(session);
      });
    },
  };
}
