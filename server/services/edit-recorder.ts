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
  const inTurn = (task: () => Promise<void>): Promise<void> => {
    const turn = queue.then(task);
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function flush(session: OpenSession): Promise<void> {
    if (session.unflushed === 0) return;
    await activity.extend(session.activityId, session.unflushed, new Date(session.lastAt).toISOString());
    session.unflushed = 0;
    session.flushedAt = session.lastAt;
  }

  async function record(documentId: string, userId: string, at: number): Promise<void> {
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
      open.unflushed++;
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
    sessions.set(key, { activityId, lastAt: at, unflushed: 0, flushedAt: at });
    for (const [other, session] of sessions) {
      if (at - session.lastAt < SESSION_IDLE_MS) continue;
      await flush(session);
      sessions.delete(other);
    }
  }

  return {
    /**
     * `userId` is null for server-side changes, recorded by their own use cases. Resolves once
     * this update is recorded (after those that arrived before it).
     */
    onUpdate(documentId: string, userId: string | null): Promise<void> {
      if (userId === null) return Promise.resolve();
      // The time the update arrived, not the time its turn comes.
      const at = now();
      return inTurn(() => record(documentId, userId, at));
    },
    /** Writes what open sessions have not yet recorded (before reading the record, at shutdown). */
    flushAll(): Promise<void> {
      return inTurn(async () => {
        for (const session of sessions.values()) await flush(session);
      });
    },
  };
}
