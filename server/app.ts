import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { originGuard, requireAuth, sessionMiddleware } from './auth/middleware.ts';
import type { AppEnv } from './http/context.ts';
import { errorBody, HttpError } from './http/errors.ts';
import { authRoutes } from './routes/auth.ts';
import { documentRoutes } from './routes/documents.ts';
import { workspaceRoutes } from './routes/workspaces.ts';
import type { Services } from './services.ts';

const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** The HTTP application: `/api/*` routes and, when built, the single-page client. */
export function createApp(services: Services, clientDir?: string) {
  const api = new Hono<AppEnv>()
    .use(
      bodyLimit({
        maxSize: MAX_JSON_BODY_BYTES,
        // The unread rest of the body would be taken for the next request on a kept-alive
        // connection, so this answer also closes the connection.
        onError: (c) =>
          c.json(errorBody(new HttpError(413, 'payload_too_large', 'request body is larger than 1 MiB')), 413, {
            connection: 'close',
          }),
      }),
    )
    .use(originGuard(services.publicOrigin))
    .use(sessionMiddleware(services.sessions, services.users))
    .route('/auth', authRoutes(services))
    .get('/me', (c) => c.json({ user: requireAuth(c).user }))
    .route('/workspaces', workspaceRoutes(services))
    .route('/documents', documentRoutes(services));

  const app = new Hono().route('/api', api);

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

/** Serves the built single-page client; unknown non-API paths get index.html (client routing). */
function serveClient(app: Hono, clientDir: string): void {
  const indexFile = path.join(clientDir, 'index.html');
  const assets = serveStatic({ root: path.relative(process.cwd(), clientDir) || '.' });
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const served = await assets(c, async () => {});
    if (served) return served;
    if (!fs.existsSync(indexFile)) return c.text('The client is not built: run `npm run build`.', 503);
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
}

export type AppType = ReturnType<typeof createApp>;
