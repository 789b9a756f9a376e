import { createServer } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { isAllowedOrigin } from './auth/origin.ts';
import { createAccessHook } from './collab/access-hook.ts';
import { defaultCollabLimits, type CollabLimits } from './collab/limits.ts';
import { createSyncServer } from './collab/sync-server.ts';
import { openDatabase } from './db/database.ts';
import { connectCluster } from './cluster/redis.ts';
import { originForPort, type Env } from './env.ts';
import { listenForArchiveAndDeletion } from './listeners/archive-and-deletion.ts';
import { listenForCheckpoints } from './listeners/automatic-checkpoints.ts';
import { listenForEdits } from './listeners/edit-recording.ts';
import { listenForRevalidation } from './listeners/revalidation-notice.ts';
import { listenForOverdueReports } from './listeners/overdue-reports.ts';
import { sweepOverdueReports } from './services/overdue-reports.ts';
import { listenForRevocations } from './listeners/revocation.ts';
import type { Logger } from './logger.ts';
import type { LiveEventsOptions } from './realtime/live-events.ts';
import { createServices } from './services.ts';
import { environmentLimits } from './services/administration.ts';
import { announceTextChange, takeCheckpoint } from './versions/versioning.ts';

export type CadreServerOptions = Env & {
  logger: Logger;
  clientDir?: string;
  sync?: { unloadDelayMs?: number; compactAfterUpdates?: number; pingIntervalMs?: number; limits?: Partial<CollabLimits> };
  /** Idle time after which an edited document gets an automatic checkpoint version. */
  checkpointIdleMs?: number;
  /** Limits of live event streams; defaults suit production. */
  events?: LiveEventsOptions;
  /** How often live channels are checked against their session's idle expiry. */
  sessionSweepMs?: number;
  /** A PostgreSQL schema instead of `public` (tests: one per server). */
  databaseSchema?: string;
};

/**
 * Wires the embedded store, the HTTP API and the sync server onto one port, in dependency order
 * and through constructors: database → services (with the document registry and the bus) →
 * HTTP app and sync server → listeners of the bus. A factory, not a module singleton, so tests
 * can run several servers in one process.
 */
export async function startCadreServer(options: CadreServerOptions) {
  const { logger } = options;
  const database = await openDatabase({
    url: options.databaseUrl,
    dataDir: options.dataDir,
    synchronous: options.sqliteSync,
    poolSize: options.databasePoolSize,
    schema: options.databaseSchema,
  });
  const cluster = options.redisUrl ? await connectCluster(options.redisUrl, logger) : undefined;
  const limits: CollabLimits = { ...defaultCollabLimits(options.maxMessageBytes), ...options.collabLimits, ...options.sync?.limits };

  const server = createServer();
  // Idle keep-alive connections are closed by the client first (browsers, fetch: a few seconds;
  // proxies: 60 s), never by the server while a client may be sending on them, which would
  // reset that request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // Listening comes first because with PORT=0 the port, hence the public origin that links and
  // the Origin check use, is known only then. Everything below until the handlers are attached
  // runs synchronously, so no request or upgrade can arrive before them.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const services = createServices({
    database,
    cluster,
    logger,
    publicOrigin: originForPort(options.publicOrigin, port),
    signupPolicy: options.signupPolicy,
    limitsInForce: environmentLimits(options),
    maxExportBytes: options.maxExportBytes,
    maxImportBytes: options.maxImportBytes,
    images: { dir: path.join(options.dataDir, 'images'), maxBytes: options.maxImageBytes },
    sessionIdleMs: options.sessionIdleMs,
    authAttemptsPerAddress: options.authAttemptsPerAddress,
    smtpUrl: options.smtpUrl,
    mailFrom: options.mailFrom,
    metricsToken: options.metricsToken,
    trustedProxies: options.trustedProxies,
    programs: options.programs,
    events: { maxStreamsPerUser: options.maxStreamsPerUser, ...options.events },
    documents: {
      maxDocumentBytes: limits.maxDocumentBytes,
      unloadDelayMs: options.sync?.unloadDelayMs,
      compactAfterUpdates: options.sync?.compactAfterUpdates,
    },
  });
  const { bus } = services;
  const app = createApp(services, options.clientDir);
  const sync = createSyncServer({
    registry: services.collab,
    logger,
    authorize: createAccessHook(services),
    maxMessageBytes: options.maxMessageBytes,
    limits,
    pingIntervalMs: options.sync?.pingIntervalMs,
  });
  services.metrics.setLiveCounts({
    connections: () => sync.stats().connections,
    rooms: () => sync.stats().rooms,
    streams: () => services.events.openStreamCount(),
  });
  const listeners = [
    listenForEdits(bus, services.editRecorder, logger),
    listenForCheckpoints({
      bus,
      logger,
      idleMs: options.checkpointIdleMs ?? 5 * 60_000,
      take: (documentId, authorId) => takeCheckpoint(services, documentId, authorId),
    }),
    listenForRevalidation({ bus, logger, announce: (documentId) => announceTextChange(services, documentId) }),
    listenForRevocations(services, sync, { sweepIntervalMs: options.sessionSweepMs }),
    listenForArchiveAndDeletion(services, sync),
    listenForOverdueReports({ bus, logger, sweep: () => sweepOverdueReports(services) }),
  ];

  const handleRequest = getRequestListener(app.fetch);
  server.on('request', (request, response) => void handleRequest(request, response));
  server.on('upgrade', (request, socket, head) => {
    if (!isAllowedOrigin(request.headers.origin, services.publicOrigin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    void sync.handleUpgrade(request, socket, head);
  });
  logger.info('server.listening', { port, dataDir: options.dataDir });
  const runJob = (job: string, work: () => Promise<unknown>) =>
    services.locks.ifFree(job, work).catch((error: unknown) => logger.error(`${job}.failed`, { message: String(error) }));
  const periodically = (job: string, everyMs: number, work: () => Promise<unknown>) => setInterval(() => void runJob(job, work), everyMs);
  const purge = periodically('sessions.purge', 3600_000, () => services.sessions.purgeIdle());
  // Review notifications left unread are emailed once a day to those who asked for a digest.
  const digests = periodically('notifications.digest', 24 * 3600_000, () => services.notificationService.sendDigests());
  // Image files no row names any more (a crash right after a deletion, an upload cut short).
  const sweepImages = () => services.imageStorage.sweep();
  const firstImageSweep = runJob('images.sweep', sweepImages);
  const imageSweeps = periodically('images.sweep', 24 * 3600_000, sweepImages);

  return {
    port,
    url: `http://localhost:${port}`,
    sync,
    services,
    database,
    async close(): Promise<void> {
      clearInterval(purge);
      clearInterval(digests);
      clearInterval(imageSweeps);
      await firstImageSweep;
      await sync.close();
      await services.collab.close();
      for (const listener of listeners) await listener.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await cluster?.close();
      await database.close();
    },
  };
}

export type CadreServer = Awaited<ReturnType<typeof startCadreServer>>;
