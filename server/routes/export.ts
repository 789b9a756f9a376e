import { Hono } from 'hono';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import { exportQuerySchema, type ExportFormat } from '../../shared/schemas/versions.ts';
import { requireAuth } from '../auth/middleware.ts';
import { buildExportModel } from '../export/build-model.ts';
import { convertDocx, htmlToPdf, type ConverterPrograms } from '../export/converters.ts';
import { renderDocx } from '../export/docx.ts';
import { createExportGate, type ExportGateOptions } from '../export/gate.ts';
import { renderHtml } from '../export/html.ts';
import { checkOutputSize, DEFAULT_MAX_EXPORT_BYTES, exportLimits, type ExportLimits } from '../export/limits.ts';
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

/**
 * Renders a model in one format; a file larger than `maxBytes` is a 413, checked before it is
 * copied into the answer (text) or read from the converter's output (PDF, ODT).
 */
export async function renderExport(
  model: ExportModel,
  format: ExportFormat,
  programs: ConverterPrograms,
  maxBytes: number = DEFAULT_MAX_EXPORT_BYTES,
): Promise<Buffer> {
  // The converters' input is checked too: past the limit, it is not worth a browser or an office suite.
  const sized = <T extends string | Buffer>(file: T): T => {
    checkOutputSize(Buffer.byteLength(file), maxBytes);
    return file;
  };
  switch (format) {
    case 'docx':
      return sized(await renderDocx(model));
    case 'odt':
      return convertDocx(sized(await renderDocx(model)), 'odt', programs.libreOffice, { maxBytes });
    case 'pdf':
      return htmlToPdf(sized(renderHtml(model)), programs.chromium, { maxBytes });
    case 'html':
      return Buffer.from(sized(renderHtml(model)));
    case 'md':
      return Buffer.from(sized(renderMarkdown(model)));
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

/** Limits of the export route; each defaults to the constant beside its type. */
export type ExportRouteOptions = { limits?: Partial<ExportLimits>; concurrency?: Partial<ExportGateOptions> };

/** `GET /api/documents/:id/export?format=docx|pdf|odt|html|md&version=<id>` (action `export`). */
export function exportRoutes(services: Services, options: ExportRouteOptions = {}) {
  const versioning = createVersioning(services);
  const limits = exportLimits(options.limits);
  const external = createExportGate(options.concurrency);
  return new Hono<AppEnv>().get('/:id/export', async (c) => {
    const { user } = requireAuth(c);
    const documentId = c.req.param('id');
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    services.policy.authorizeDocument(user.id, documentId, 'export');
    const query = parseOrThrow(exportQuerySchema, c.req.query(), 'query');
    // A model past the limits is refused here (413), before any rendering or converter.
    const model = buildExportModel(services, versioning, documentId, query.version, query.comments === '1', limits);
    const render = () => renderExport(model, query.format, services.programs, limits.maxOutputBytes);
    const usesProgram = query.format === 'pdf' || query.format === 'odt';
    const body = usesProgram ? await external(user.id, render) : await render();
    return c.body(new Uint8Array(body), 200, {
      'content-type': MEDIA_TYPES[query.format],
      'content-disposition': `attachment; filename="${exportFileName(model, query.format)}"`,
      // The app-wide Content-Security-Policy (app.ts) also covers an HTML export opened from
      // here; the file itself carries a stricter one for when it is opened from disk.
      'x-content-type-options': 'nosniff',
    });
  });
}
