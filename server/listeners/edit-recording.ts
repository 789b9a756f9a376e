import type { EventBus } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import type { EditRecorder } from '../services/edit-recorder.ts';
import type { Listener } from './listener.ts';

/** Feeds every stored edit to the edit recorder (who edited what, for the activity log). */
export function listenForEdits(bus: EventBus, recorder: EditRecorder, logger: Logger): Listener {
  const off = bus.on('document.updated', ({ documentId, editorId, updates }) => {
    recorder.onUpdate(documentId, editorId, updates).catch((error: unknown) => {
      logger.error('activity.edit-recording.failed', { documentId, message: String(error) });
    });
  });
  return {
    async close(): Promise<void> {
      off();
      // Edits recorded in memory since the last write reach the activity log before shutdown.
      await recorder.flushAll();
    },
  };
}
