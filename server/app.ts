import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { originGuard, sessionMiddleware } from './auth/middleware.ts';
import { peerAddress, resolveClientAddress } from './http/client-address.ts';
import type { AppEnv } from './http/context.ts';
import { errorBody, HttpError } from './http/errors.ts';
import { limitBody, mountRoutes, ownsBodyLimit, type Route } from './http/routes.ts';
import { isHashedAsset, serveClient } from './http/static-client.ts';
import { systemRoutes } from './routes/system.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { cycleRoutes } from './routes/cycle.ts';
import { demoRoutes } from './routes/demo.ts';
import { documentRoutes } from './routes/documents.ts';
import { importRoutes } from './routes/import.ts';
import { imageRoutes } from './routes/images.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { matrixRoutes } from './routes/matrices.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { glossaryRoutes } from './routes/glossary.ts';
import { vocabularyRoutes } from './routes/vocabulary.ts';
import { memberRoutes } from './routes/members.ts';
import { passwordResetRoutes } from './routes/password-resets.ts';
import { publicLinkRoutes } from './routes/public-links.ts';
import { validationRoutes } from './routes/validation.ts';
import { versionRoutes } from './routes/versions.ts';
import { variantRoutes } from './routes/variants.ts';
import { activityRoutes } from './routes/activity.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { reviewRoutes } from './routes/review.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import { consultationRoutes } from './routes/consultation.ts';
import { practiceRoutes } from './routes/practice.ts';
import type { Services } from './services.ts';

const MAX_JSON_BODY_BYTES = 1024 * 1024;
const jsonBodyLimit = limitBody(MAX_JSON_BODY_BYTES, 'payload_too_large', 'request body is larger than 1 MiB');

/** Every other answer: the pages (index.html), the service worker and the API. */
const pageHeaders = secureHeaders({
  // Invitation and reset tokens travel in page URLs: never leak them to other sites.
  referrerPolicy: 'no-referrer',
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Editor and carets set style attributes; no inline scripts are ever needed.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
});

/**
 * The client's hashed scripts and stylesheets are never a page, a frame or a worker: what governs
 * those (the content policy, framing, opener, HSTS…) does nothing on them, and on a slow link
 * its ~500 bytes on each of a first visit's 30 files cost a quarter of a second. They keep
 * what applies to a file loaded by a page: no sniffing, no use by other sites, and the referrer
 * policy (it also governs the requests a stylesheet makes).
 */
const assetHeaders = secureHeaders({
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  strictTransportSecurity: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
});

/** The HTTP application: `/api/*` routes and, when built, the single-page client. */
export function createApp(services: Services, clientDir?: string) {
  const app = new Hono<AppEnv>()
    .use((c, next) => (isHashedAsset(c.req.path) ? assetHeaders(c, next) : pageHeaders(c, next)))
    // Uploads (document import) are bounded by their own route's limit instead.
    .use('/api/*', (c, next) => (uploadRoute(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next)))
    .use('/api/*', async (c, next) => {
      c.set('clientAddress', resolveClientAddress(peerAddress(c), c.req.header('x-forwarded-for'), services.trustedProxies));
      await next();
    })
    .use('/api/*', originGuard(() => services.publicOrigin))
    .use('/api/*', sessionMiddleware(services.sessions, services.users));

  // One module per feature; each route's method, path and shape come from `shared/api/<feature>.ts`.
  const routes: Route[] = [
    ...systemRoutes(services, () => mounted),
    ...authRoutes(services),
    ...passwordResetRoutes(services),
    ...adminRoutes(services),
    ...workspaceRoutes(services),
    ...memberRoutes(services),
    ...invitationRoutes(services),
    ...eventRoutes(services),
    ...documentRoutes(services),
    ...importRoutes(services),
    ...imageRoutes(services),
    ...reviewRoutes(services),
    ...notificationRoutes(services),
    ...activityRoutes(services),
    ...versionRoutes(services),
    ...variantRoutes(services),
    ...validationRoutes(services),
    ...exportRoutes(services),
    ...publicLinkRoutes(services),
    ...matrixRoutes(services),
    ...monitoringRoutes(services),
    ...glossaryRoutes(services),
    ...vocabularyRoutes(services),
    ...cycleRoutes(services),
    ...demoRoutes(services),
    ...consultationRoutes(services),
    ...practiceRoutes(services),
  ];
  const uploadRoute = ownsBodyLimit(routes);
  const mounted = mountRoutes(app, routes, services.policy);

  app.notFound((c) => c.json(errorBody(new HttpError(404, 'not_found', 'no such route')), 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
      return c.json(errorBody(error), error.status);
    }
    services.logger.error('http.unhandled-error', { path: c.req.path, message: error.message });
    return c.json(errorBody(new HttpError(500, 'internal_error', 'something went wrong on the server')), 500);
  });

  if (clientDir) serveClient(app, clientDir);
  return app;
}
