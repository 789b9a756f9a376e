import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import { createIdleTimers } from './idle-timers.ts';
import type { Listener } from './listener.ts';

export type RevalidationNoticeOptions = {
  bus: EventBus;
  logger: Logger;
  /** Tells viewers of a signed document that its text changed (the ladder shows re-validation). */
  announce: (documentId: string) => Promise<void>;
  /** Quiet time after the last edit of a burst before announcing, so typing sends one notice. */
  settleMs?: number;
};

/** Once edits of a document settle, announces the change so "needs re-validation" shows live. */
export function listenForRevalidation({ bus, logger, announce, settleMs = 1500 }: RevalidationNoticeOptions): Listener {
  const settling = createIdleTimers<string>(settleMs, (documentId) => {
    announce(documentId).catch((error: unknown) => {
      logger.error('versions.settled.failed', { documentId, message: String(error) });
    });
  });
  const off = bus.on('document.updated', ({ documentId }) => settling.touch(documentId));
  return {
    close(): void {
      off();
      settling.clear();
    },
  };
}
