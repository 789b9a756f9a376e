import type { EventBus } from '../events/bus.ts';
import type { EditRecorder } from '../services/edit-recorder.ts';
import type { Listener } from './listener.ts';

/** Feeds every stored edit to the edit recorder (who edited what, for the activity log). */
export function listenForEdits(bus: EventBus, recorder: EditRecorder): Listener {
  const off = bus.on('document.updated', ({ documentId, editorId }) => recorder.onUpdate(documentId, editorId));
  return {
    close(): void {
      off();
      // Edits recorded in memory since the last write reach the activity log before shutdown.
      recorder.flushAll();
    },
  };
}
