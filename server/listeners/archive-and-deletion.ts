import { CloseCode } from '../../shared/collab/protocol.ts';
import type { SyncServer } from '../collab/sync-server.ts';
import type { Infrastructure } from '../services.ts';
import type { Listener } from './listener.ts';

/**
 * Archiving and deleting for good reach the live channels at once. An archive or a restore
 * closes the sync sockets concerned with `accessChanged`: their clients reconnect and the access
 * hook decides again (read-only while archived), while the event streams stay open and carry the
 * change to the pages. Documents deleted for good leave the registry, which closes their sockets
 * and unloads their rooms without writing back; a workspace deleted for good ends its streams,
 * whose pages then find it gone.
 */
export function listenForArchiveAndDeletion(
  { bus, events, collab }: Pick<Infrastructure, 'bus' | 'events' | 'collab'>,
  sync: Pick<SyncServer, 'disconnect'>,
): Listener {
  const offArchive = bus.on('archive.changed', ({ workspaceId, documentId }) => {
    sync.disconnect(
      (c) => (documentId === null ? c.principal.workspaceId === workspaceId : c.room.documentId === documentId),
      CloseCode.accessChanged,
      'archived or restored: reconnect to continue',
    );
  });
  const offDocuments = bus.on('documents.deleted', ({ documentIds }) => {
    for (const documentId of documentIds) collab.discard(documentId);
  });
  const offWorkspace = bus.on('workspace.deleted', ({ workspaceId }) => {
    events.disconnect((listener) => listener.workspaceId === workspaceId, 'access-changed');
  });
  return {
    close(): void {
      offArchive();
      offDocuments();
      offWorkspace();
    },
  };
}
