import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { createIdleTimers } from './idle-timers.ts';
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
 * Automatic checkpoints: a version is recorded once a burst of editing ends (the document went
 * `idleMs` without updates) rather than on a fixed clock.
 */
export function listenForCheckpoints({ bus, logger, idleMs, take }: AutomaticCheckpointOptions): Listener & { pendingCount(): number } {
  /** The last person who edited each document with a checkpoint pending. */
  const authors = new Map<string, string | null>();
  const idle = createIdleTimers<string>(idleMs, (documentId) => {
    const authorId = authors.get(documentId) ?? null;
    authors.delete(documentId);
    take(documentId, authorId).catch((error: unknown) => {
      logger.error('versions.checkpoint.failed', { documentId, message: String(error) });
    });
  });

  const off = bus.on('document.updated', ({ documentId, editorId }) => {
    // A server-side change (restore, signature) keeps the human author of the pause.
    if (editorId !== null || !authors.has(documentId)) authors.set(documentId, editorId);
    idle.touch(documentId);
  });

  return {
    pendingCount: (): number => idle.size,
    close(): void {
      off();
      idle.clear();
      authors.clear();
    },
  };
}
