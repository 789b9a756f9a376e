import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app.ts';
import { isAllowedOrigin } from './auth/origin.ts';
import { startRevocation } from './auth/revocation.ts';
import { createAccessHook } from './collab/access-hook.ts';
import { createSyncServer, type SyncServerOptions } from './collab/sync-server.ts';
import { createUpdateStore } from './collab/update-store.ts';
import { openDatabase } from './db/database.ts';
import { originForPort, type Env } from './env.ts';
import type { Logger } from './logger.ts';
import type { WorkspaceEventsOptions } from './realtime/workspace-events.ts';
import { createServices } from './services.ts';
import { environmentLimits } from './services/administration.ts';
import { createReviewService } from './services/review.ts';
import { createCheckpoints } from './versions/checkpoints.ts';
import { announceTextChange, takeCheckpoint } from './versions/versioning.ts';

export type CadreServerOptions = Env & {
  logger: Logger;
  clientDir?: string;
  sync?: Partial<Pick<SyncServerOptions, 'unloadDelayMs' | 'compactAfterUpdates' | 'limits' | 'pingIntervalMs'>>;
  /** Idle time after which an edited document gets an automatic checkpoint version. */
  checkpointIdleMs?: number;
  /** Limits of live event streams; defaults suit production. */
  events?: WorkspaceEventsOptions;
  /** How often live channels are checked against their session's idle expiry. */
  sessionSweepMs?: number;
};

/**
 * Wires the embedded store, the HTTP API and the sync server onto one port. A factory, not a
 * module singleton, so tests can run several servers in one process.
 */
export async function startCadreServer(options: CadreServerOptions) {
  const { logger } = options;
  const db = openDatabase({ dataDir: options.dataDir, synchronous: options.sqliteSync });
  const services = createServices({
    db,
    logger,
    publicOrigin: options.publicOrigin,
    signupPolicy: options.signupPolicy,
    limitsInForce: environmentLimits(options),
    maxExportBytes: options.maxExportBytes,
    sessionIdleMs: options.sessionIdleMs,
    smtpUrl: options.smtpUrl,
    mailFrom: options.mailFrom,
    programs: options.programs,
    events: { maxStreamsPerUser: options.maxStreamsPerUser, ...options.events },
  });
  const app = createApp(services, options.clientDir);

  const checkpoints = createCheckpoints({
    idleMs: options.checkpointIdleMs ?? 5 * 60_000,
    take: (documentId, authorId) => takeCheckpoint(services, documentId, authorId),
    settled: (documentId) => announceTextChange(services, documentId),
    logger,
  });
  const sync = createSyncServer({
    store: createUpdateStore(db),
    logger,
    authorize: createAccessHook(services),
    maxMessageBytes: options.maxMessageBytes,
    onDocumentUpdate: (documentId, editorId) => {
      checkpoints.touch(documentId, editorId);
      services.editRecorder.onUpdate(documentId, editorId);
    },
    // Authorship is bound to the user: the edit recorder stores who first used a client id.
    clientOwners: { ownerOf: services.editRecorder.authorOf, claim: services.editRecorder.rememberClient },
    ...options.sync,
    limits: { ...options.collabLimits, ...options.sync?.limits },
  });
  Object.assign(services.collab, { read: sync.read, change: sync.change });
  const revocation = startRevocation(services, sync, { sweepIntervalMs: options.sessionSweepMs });

  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Idle keep-alive connections are closed by the client first (browsers, fetch: a few seconds;
  // proxies: 60 s), never by the server while a client may be sending on them, which would
  // reset that request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on('upgrade', (request, socket, head) => {
    if (!isAllowedOrigin(request.headers.origin, services.publicOrigin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    void sync.handleUpgrade(request, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  services.publicOrigin = originForPort(options.publicOrigin, port);
  logger.info('server.listening', { port, dataDir: options.dataDir });
  const purge = setInterval(() => services.sessions.purgeIdle(), 3600_000);
  // Review notifications left unread are emailed once a day to those who asked for a digest.
  const digests = setInterval(() => void createReviewService(services).sendDigests(), 24 * 3600_000);

  return {
    port,
    url: `http://localhost:${port}`,
    sync,
    services,
    db,
    async close(): Promise<void> {
      clearInterval(purge);
      clearInterval(digests);
      revocation.close();
      checkpoints.close();
      await sync.close();
      services.editRecorder.flushAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.close();
    },
  };
}

export type CadreServer = Awaited<ReturnType<typeof startCadreServer>>;
