import type { User } from '../../shared/schemas/auth.ts';
import type { ExportFormat } from '../../shared/schemas/export-formats.ts';
import type { Policy } from '../auth/policy.ts';
import { notFound } from '../http/errors.ts';
import type { ConsultationService } from '../services/consultation.ts';
import type { ExportFile, ExportService } from '../services/export.ts';

export type ConsultationReports = ReturnType<typeof createConsultationReports>;

/**
 * The consultation report as its own download: the cover of the first published version (what
 * was consulted on, and how far it is validated), then the report; no policy text, no matrices.
 */
export function createConsultationReports(consultation: Pick<ConsultationService, 'access' | 'reportAnnex'>, exports: Pick<ExportService, 'model' | 'render'>, policy: Pick<Policy, 'authorize'>) {
  return {
    async download(actor: User, roundId: string, format: ExportFormat): Promise<ExportFile> {
      const { round } = await consultation.access(actor, roundId);
      // Consultees cannot export: outside its round a consultee sees nothing, so this is a 404.
      await policy.authorize(actor.id, round.workspaceId, 'export');
      const first = round.documents[0];
      if (!first) throw notFound('round');
      const base = await exports.model(first.documentId, first.versionId);
      const annex = await consultation.reportAnnex(round.workspaceId, roundId, base.language);
      return exports.render(actor, { ...base, title: annex.title, versionName: first.versionName, content: { type: 'doc', content: [] }, matrices: [], comments: [], extraAnnexes: [annex] }, format);
    },
  };
}
