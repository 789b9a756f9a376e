import type { User } from '../../shared/schemas/auth.ts';
import type { ExportQuery } from '../../shared/schemas/export.ts';
import { buildExportModel, type ExportSources } from '../export/build-model.ts';
import { createExportGate, type ExportGateOptions } from '../export/gate.ts';
import { exportLimits, type ExportLimits } from '../export/limits.ts';
import { EXPORT_MEDIA_TYPES, exportFileName, renderExport, usesConverter } from '../export/render.ts';
import type { Infrastructure } from '../services.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

/** Limits of exports; each defaults to the constant beside its type, the file size to `maxExportBytes`. */
export type ExportServiceOptions = { limits?: Partial<ExportLimits>; concurrency?: Partial<ExportGateOptions> };

/** A rendered export, ready to be sent as an attachment. */
export type ExportFile = { body: Buffer; mediaType: string; fileName: string };

export type ExportService = ReturnType<typeof createExportService>;

/** Exports of a document, bounded in size (413) and, for the formats run by a converter, in concurrency (429). */
export function createExportService(
  infrastructure: ExportSources & VersioningSources & Pick<Infrastructure, 'policy' | 'programs' | 'maxExportBytes'>,
  options: ExportServiceOptions = {},
) {
  const { policy, programs, maxExportBytes } = infrastructure;
  const versioning = createVersioning(infrastructure);
  const limits = exportLimits({ ...(maxExportBytes === undefined ? {} : { maxOutputBytes: maxExportBytes }), ...options.limits });
  const converters = createExportGate(options.concurrency);

  return {
    async download(actor: User, documentId: string, { format, version, comments }: ExportQuery): Promise<ExportFile> {
      await policy.authorizeDocument(actor.id, documentId, 'export');
      // A model past the limits is refused here (413), before any rendering or converter.
      const model = await buildExportModel(infrastructure, versioning, documentId, version, comments === '1', limits);
      const render = () => renderExport(model, format, programs, limits.maxOutputBytes);
      const body = usesConverter(format) ? await converters(actor.id, render) : await render();
      return { body, mediaType: EXPORT_MEDIA_TYPES[format], fileName: exportFileName(model, format) };
    },
  };
}
