import type { User } from '../../shared/schemas/auth.ts';
import type { ExportQuery } from '../../shared/schemas/export.ts';
import type { ExportFormat } from '../../shared/schemas/export-formats.ts';
import type { Annex } from '../export/annexes.ts';
import { buildExportModel, type ExportSources } from '../export/build-model.ts';
import type { ExportModel } from '../export/model.ts';
import { createWorkGate, type WorkGateOptions } from '../export/gate.ts';
import { exportLimits, type ExportLimits } from '../export/limits.ts';
import { EXPORT_MEDIA_TYPES, exportFileName, renderExport, usesConverter } from '../export/render.ts';
import type { Infrastructure } from '../services.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

/** Limits of exports; each defaults to the constant beside its type, the file size to `maxExportBytes`. */
export type ExportServiceOptions = {
  limits?: Partial<ExportLimits>;
  concurrency?: Partial<WorkGateOptions>;
  /** The report of a consultation round of the workspace, as an annex in the export's language. */
  consultationAnnex?: (workspaceId: string, roundId: string, language: string) => Promise<Annex>;
};

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
  const converters = createWorkGate(options.concurrency);

  async function renderFile(actor: User, model: ExportModel, format: ExportFormat): Promise<ExportFile> {
    const render = () => renderExport(model, format, programs, limits.maxOutputBytes);
    const body = usesConverter(format) ? await converters(actor.id, render) : await render();
    return { body, mediaType: EXPORT_MEDIA_TYPES[format], fileName: exportFileName(model, format) };
  }

  return {
    async download(actor: User, documentId: string, { format, version, comments, consultation }: ExportQuery): Promise<ExportFile> {
      const { workspaceId } = await policy.authorizeDocument(actor.id, documentId, 'export');
      // A model past the limits is refused here (413), before any rendering or converter.
      const model = await buildExportModel(infrastructure, versioning, documentId, version, comments === '1', limits);
      const annex = consultation && options.consultationAnnex ? await options.consultationAnnex(workspaceId, consultation, model.language) : undefined;
      return renderFile(actor, annex ? { ...model, extraAnnexes: [annex] } : model, format);
    },

    /** The model of a document or version, for exports other features compose (a consultation report). */
    model: (documentId: string, versionId: string | undefined): Promise<ExportModel> => buildExportModel(infrastructure, versioning, documentId, versionId, false, limits),

    /** Renders a model composed elsewhere under the same limits and converter gate; the caller authorizes. */
    render: (actor: User, model: ExportModel, format: ExportFormat): Promise<ExportFile> => renderFile(actor, model, format),
  };
}
