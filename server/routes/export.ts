import { Hono } from 'hono';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import { exportQuerySchema, type ExportFormat } from '../../shared/schemas/versions.ts';
import { requireAuth } from '../auth/middleware.ts';
import { buildExportModel } from '../export/build-model.ts';
import { convertDocx, htmlToPdf, type ConverterPrograms } from '../export/converters.ts';
import { renderDocx } from '../export/docx.ts';
import { renderHtml } from '../export/html.ts';
import { renderMarkdown } from '../export/markdown.ts';
import type { ExportModel } from '../export/model.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound, parseOrThrow } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createVersioning } from '../versions/versioning.ts';

const MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** Renders a model in one format. */
export async function renderExport(model: ExportModel, format: ExportFormat, programs: ConverterPrograms): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'odt':
      return convertDocx(await renderDocx(model), 'odt', programs.libreOffice);
    case 'pdf':
      return htmlToPdf(renderHtml(model), programs.chromium);
    case 'html':
      return Buffer.from(renderHtml(model));
    case 'md':
      return Buffer.from(renderMarkdown(model));
  }
}

/** A file name safe in every browser and file system, e.g. `draft-policy-core-group.docx`. */
export function exportFileName(model: ExportModel, format: ExportFormat): string {
  const slug = [model.title, model.versionName ?? '']
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80);
  return `${slug || 'document'}.${format}`;
}

/**
 * Runs at most `max` tasks at once, queueing the rest: PDF and ODT start a browser or an office
 * suite (seconds of CPU and hundreds of MB each), which a small server must not run by the dozen.
 */
export function createLimiter(max: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** `GET /api/documents/:id/export?format=docx|pdf|odt|html|md&version=<id>` (action `export`). */
export function exportRoutes(services: Services) {
  const versioning = createVersioning(services);
  const external = createLimiter(1);
  return new Hono<AppEnv>().get('/:id/export', async (c) => {
    const { user } = requireAuth(c);
    const documentId = c.req.param('id');
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    services.policy.authorizeDocument(user.id, documentId, 'export');
    const query = parseOrThrow(exportQuerySchema, c.req.query(), 'query');
    const model = buildExportModel(services, versioning, documentId, query.version, query.comments === '1');
    const usesProgram = query.format === 'pdf' || query.format === 'odt';
    const body = usesProgram ? await external(() => renderExport(model, query.format, services.programs)) : await renderExport(model, query.format, services.programs);
    return c.body(new Uint8Array(body), 200, {
      'content-type': MEDIA_TYPES[query.format],
      'content-disposition': `attachment; filename="${exportFileName(model, query.format)}"`,
      // The app-wide Content-Security-Policy (app.ts) also covers an HTML export opened from
      // here; the file itself carries a stricter one for when it is opened from disk.
      'x-content-type-options': 'nosniff',
    });
  });
}
