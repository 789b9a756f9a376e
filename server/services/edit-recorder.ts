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

  function flush(session: OpenSession): void {
    if (session.unflushed === 0) return;
    activity.extend(session.activityId, session.unflushed, new Date(session.lastAt).toISOString());
    session.unflushed = 0;
    session.flushedAt = session.lastAt;
  }

  return {
    /** `userId` is null for server-side changes, recorded by their own use cases. */
    onUpdate(documentId: string, userId: string | null): void {
      if (userId === null) return;
      let workspaceId = workspaces.get(documentId);
      if (workspaceId === undefined) {
        if (workspaces.size >= CACHE_LIMIT) workspaces.clear();
        workspaces.set(documentId, (workspaceId = documents.find(documentId)?.workspaceId ?? null));
      }
      if (workspaceId === null) return;
      const key = `${documentId}:${userId}`;
      const at = now();
      const open = sessions.get(key);
      if (open && at - open.lastAt < SESSION_IDLE_MS) {
        open.lastAt = at;
        open.unflushed++;
        if (at - open.flushedAt >= FLUSH_EVERY_MS) flush(open);
        return;
      }
      if (open) flush(open);
      const activityId = activity.record(
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
        flush(session);
        sessions.delete(other);
      }
    },
    /** Writes what open sessions have not yet recorded (before reading the record, at shutdown). */
    flushAll(): void {
      for (const session of sessions.values()) flush(session);
    },
  };
}
