import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { DocumentRepository } from './db/document-repository.ts';
import { errorBody, HttpError } from './http/errors.ts';
import type { Logger } from './logger.ts';
import { documentRoutes } from './routes/documents.ts';

export type AppDependencies = {
  documents: DocumentRepository;
  logger: Logger;
  /** Directory of the built client; omitted in API-only tests. */
  clientDir?: string;
};

const MAX_JSON_BODY_BYTES = 1024 * 1024;

export function createApp({ documents, logger, clientDir }: AppDependencies) {
  const api = new Hono()
    .use(
      bodyLimit({
        maxSize: MAX_JSON_BODY_BYTES,
        onError: (c) =>
          c.json(errorBody(new HttpError(413, 'payload_too_large', 'request body is larger than 1 MiB')), 413),
      }),
    )
    .route('/documents', documentRoutes(documents));

  const app = new Hono().route('/api', api);

  app.notFound((c) => c.json(errorBody(new HttpError(404, 'not_found', 'no such route')), 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) return c.json(errorBody(error), error.status);
    logger.error('http.unhandled-error', { path: c.req.path, message: error.message });
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
