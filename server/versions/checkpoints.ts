import type { Logger } from '../logger.ts';

export type CheckpointOptions = {
  /** How long a document must go without updates before a checkpoint is taken. */
  idleMs: number;
  /** Takes the checkpoint; `authorId` is the last person who edited before the pause. */
  take: (documentId: string, authorId: string | null) => void;
  /** Called once a burst of edits settles for `settleMs` (default 1.5 s), e.g. to refresh ladders. */
  settled?: (documentId: string) => void;
  settleMs?: number;
  logger: Logger;
};

/**
 * Automatic checkpoints: one timer per document, restarted by every update, so a version is
 * recorded once a burst of editing ends rather than on a fixed clock.
 */
export function createCheckpoints({ idleMs, take, settled, settleMs = 1500, logger }: CheckpointOptions) {
  const pending = new Map<string, { timer: NodeJS.Timeout; authorId: string | null }>();
  const settling = new Map<string, NodeJS.Timeout>();

  function settle(documentId: string): void {
    if (!settled) return;
    clearTimeout(settling.get(documentId));
    const timer = setTimeout(() => {
      settling.delete(documentId);
      try {
        settled(documentId);
      } catch (error) {
        logger.error('versions.settled.failed', { documentId, message: String(error) });
      }
    }, settleMs);
    timer.unref();
    settling.set(documentId, timer);
  }

  return {
    touch(documentId: string, editorId: string | null): void {
      settle(documentId);
      const previous = pending.get(documentId);
      if (previous) clearTimeout(previous.timer);
      // A server-side change (restore, signature) keeps the human author of the pause.
      const authorId = editorId ?? previous?.authorId ?? null;
      const timer = setTimeout(() => {
        pending.delete(documentId);
        try {
          take(documentId, authorId);
        } catch (error) {
          logger.error('versions.checkpoint.failed', { documentId, message: String(error) });
        }
      }, idleMs);
      timer.unref();
      pending.set(documentId, { timer, authorId });
    },
    pendingCount: (): number => pending.size,
    close(): void {
      for (const { timer } of pending.values()) clearTimeout(timer);
      for (const timer of settling.values()) clearTimeout(timer);
      pending.clear();
      settling.clear();
    },
  };
}
