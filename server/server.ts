import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import { CloseCode } from '../shared/collab/protocol.ts';
import type { DocumentSummary } from '../shared/schemas/documents.ts';
import type { AccessLevel } from './collab/connection.ts';
import { createApp } from './app.ts';
import { createUpdateStore } from './collab/update-store.ts';
import { createSyncServer, type AccessHook, type SyncServerOptions } from './collab/sync-server.ts';
import { openDatabase } from './db/database.ts';
import { createDocumentRepository } from './db/document-repository.ts';
import type { Env } from './env.ts';
import type { Logger } from './logger.ts';

export type CadreServerOptions = Omit<Env, 'port'> & {
  port: number;
  logger: Logger;
  clientDir?: string;
  /**
   * Decides edit or read for a connection to an existing document (tests use it to open
   * read-only connections). Unknown documents are always denied before it is asked.
   */
  accessLevel?: (request: IncomingMessage, document: DocumentSummary) => AccessLevel;
  sync?: Partial<Pick<SyncServerOptions, 'unloadDelayMs' | 'compactAfterUpdates' | 'limits' | 'pingIntervalMs'>>;
};

/**
 * Wires the embedded store, the HTTP API and the sync server onto one port. A factory, not a
 * module singleton, so tests can run several servers in one process.
 */
export async function startCadreServer(options: CadreServerOptions) {
  const { logger } = options;
  const db = openDatabase({ dataDir: options.dataDir, synchronous: options.sqliteSync });
  const documents = createDocumentRepository(db);
  const app = createApp({ documents, logger, ...(options.clientDir ? { clientDir: options.clientDir } : {}) });

  const authorize: AccessHook = (request, documentId) => {
    const document = documents.find(documentId);
    if (!document) return { deny: CloseCode.notFound, reason: 'document not found' };
    // Until accounts exist, anyone may edit any existing document.
    const access = options.accessLevel?.(request, document) ?? 'edit';
    return { access, principal: { userId: null, name: 'guest' } };
  };

  const sync = createSyncServer({
    store: createUpdateStore(db),
    logger,
    authorize,
    maxMessageBytes: options.maxMessageBytes,
    ...options.sync,
  });

  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  server.on('upgrade', (request, socket, head) => {
    void sync.handleUpgrade(request, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  logger.info('server.listening', { port, dataDir: options.dataDir });

  return {
    port,
    url: `http://localhost:${port}`,
    sync,
    db,
    async close(): Promise<void> {
      await sync.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

export type CadreServer = Awaited<ReturnType<typeof startCadreServer>>;
