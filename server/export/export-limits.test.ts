import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionMiddleware } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { errorBody, HttpError } from '../http/errors.ts';
import { mountRoutes } from '../http/routes.ts';
import { exportRoutes } from '../routes/export.ts';
import type { CadreServer } from '../server.ts';
import { createExportService, type ExportServiceOptions } from '../services/export.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { fixtureDocument } from '../versions/fixtures.ts';
import { requireProgram } from './test-helpers.ts';

let server: CadreServer;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedWorkspace(server.url);
  await server.services.collab.change(seeded.documentId, (doc) => replaceDocContent(doc, fixtureDocument()));
});
afterAll(() => server.close());

/** The export routes alone with the given limits, answering errors as the root app does. */
function exportApp(options: ExportServiceOptions) {
  const app = new Hono<AppEnv>().use(sessionMiddleware(server.services.sessions, server.services.users));
  mountRoutes(app, exportRoutes({ exportService: createExportService(server.services, options) }), server.services.policy);
  app.onError((error, c) => {
    if (!(error instanceof HttpError)) throw error;
    if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
    return c.json(errorBody(error), error.status);
  });
  return app;
}

const exportOf = (app: ReturnType<typeof exportApp>, format: string) =>
  app.request(`/api/documents/${seeded.documentId}/export?format=${format}`, { headers: { cookie: seeded.facilitator.cookie } });

async function expectTooLarge(response: Response, detail: RegExp): Promise<void> {
  expect(response.status).toBe(413);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('export_too_large');
  expect(body.error.message).toMatch(detail);
}

describe('export limits', () => {
  it('answers 413 export_too_large for a file past the configured output size', async () => {
    expect((await exportOf(exportApp({}), 'md')).status).toBe(200);
    const small = exportApp({ limits: { maxOutputBytes: 512 } });
    for (const format of ['md', 'html', 'docx']) await expectTooLarge(await exportOf(small, format), /512 bytes/);
  });

  it('answers 413 before rendering a model past the node or text limits', async () => {
    await expectTooLarge(await exportOf(exportApp({ limits: { maxNodes: 20 } }), 'pdf'), /more than 20 elements/);
    await expectTooLarge(await exportOf(exportApp({ limits: { maxTextChars: 100 } }), 'odt'), /more than 100 characters/);
  });

  it('runs one converter export per user at a time: the second answers 429 with Retry-After', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const app = exportApp({ concurrency: { maxPerUser: 1, retryAfterSeconds: 5 } });
    // Either may take the slot first; exactly one waits.
    const answers = await Promise.all([exportOf(app, 'pdf'), exportOf(app, 'pdf')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 429]);
    const refused = answers.find((answer) => answer.status === 429) as Response;
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toMatchObject({ error: { code: 'export_busy' } });
    // Text formats start no program and are not held back.
    expect((await exportOf(app, 'md')).status).toBe(200);
  });
});
