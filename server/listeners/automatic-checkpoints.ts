import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import type { Listener } from './listener.ts';

export type AutomaticCheckpointOptions = {
  bus: EventBus;
  logger: Logger;
  /** How long a document must go without updates before a checkpoint is taken. */
  idleMs: number;
  /** Takes the checkpoint; `authorId` is the last person who edited before the pause. */
  take: (documentId: string, authorId: string | null) => Promise<void>;
};

/**
 * Automatic checkpoints: one timer per document, restarted by every `document.updated`, so a
 * version is recorded once a burst of editing ends rather than on a fixed clock.
 */
export function listenForCheckpoints({ bus, logger, idleMs, take }: AutomaticCheckpointOptions): Listener & { pendingCount(): number } {
  const pending = new Map<string, { timer: NodeJS.Timeout; authorId: string | null }>();

  const off = bus.on('document.updated', ({ documentId, editorId }) => {
    const previous = pending.get(documentId);
    if (previous) clearTimeout(previous.timer);
    // A server-side change (restore, signature) keeps the human author of the pause.
    const authorId = editorId ?? previous?.authorId ?? null;
    const timer = setTimeout(() => {
      pending.delete(documentId);
      take(documentId, authorId).catch((error: unknown) => {
        logger.error('versions.checkpoint.failed', { documentId, message: String(error) });
      });
    }, idleMs);
    timer.unref();
    pending.set(documentId, { timer, authorId });
  });

  return {
    pendingCount: (): number => pending.size,
    close(): void {
      off();
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
