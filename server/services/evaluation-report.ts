import type { User } from '../../shared/schemas/auth.ts';
import { convertDocx } from '../export/converters.ts';
import { evaluationBlocks } from '../export/evaluation.ts';
import { evaluationLabels, labelled } from '../export/evaluation-labels.ts';
import { createWorkGate } from '../export/gate.ts';
import { checkOutputSize, DEFAULT_MAX_EXPORT_BYTES } from '../export/limits.ts';
import { EXPORT_MEDIA_TYPES } from '../export/render.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import type { ExportFile } from './export.ts';
import type { MonitoringService } from './monitoring.ts';

export type EvaluationFormat = 'docx' | 'pdf' | 'html';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The evaluation report of a workspace's action plan (`export`): the logframe, each measure's
 * indicators against their targets, its reports per period with notes and evidence, and the
 * lessons learned, in the workspace's language. PDF goes through the same converter as
 * documents, bounded by its own gate.
 */
export function createEvaluationReportService(
  infrastructure: Pick<Infrastructure, 'policy' | 'workspaces' | 'matrixItems' | 'monitoring' | 'programs' | 'maxExportBytes'>,
  monitoringService: Pick<MonitoringService, 'overview'>,
) {
  const { policy, workspaces, matrixItems, programs } = infrastructure;
  const maxBytes = infrastructure.maxExportBytes ?? DEFAULT_MAX_EXPORT_BYTES;
  const converters = createWorkGate();

  return {
    async download(actor: User, workspaceId: string, format: EvaluationFormat): Promise<ExportFile> {
      await policy.authorize(actor.id, workspaceId, 'export');
      const workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      const { objectives, measures, lessons, today } = await monitoringService.overview(actor, workspaceId);
      const activities = new Map<string, string[]>();
      for (const item of await matrixItems.list(workspaceId, 'action')) {
        const parent = str(item.data['parentId']);
        if (str(item.data['level']) === 'activity' && parent) activities.set(parent, [...(activities.get(parent) ?? []), str(item.data['title'])]);
      }
      const labels = evaluationLabels(workspace.language);
      const title = labelled(workspace.language, labels.title, workspace.title);
      const blocks = evaluationBlocks({ workspace, objectives, measures, activities, lessons, today, language: workspace.language }, labels);
      // The renderers (and the docx library) load with the first report, not with the server.
      const { evaluationDocx, evaluationHtml } = await import('../export/evaluation-render.ts');
      const sized = (file: Buffer): Buffer => {
        checkOutputSize(file.byteLength, maxBytes);
        return file;
      };
      const body =
        format === 'html'
          ? sized(Buffer.from(evaluationHtml(title, workspace.language, blocks)))
          : format === 'docx'
            ? sized(await evaluationDocx(title, blocks))
            : await converters(actor.id, async () => convertDocx(sized(await evaluationDocx(title, blocks)), 'pdf', programs.libreOffice, { maxBytes }));
      return { body, mediaType: EXPORT_MEDIA_TYPES[format], fileName: `evaluation-report-${today}.${format}` };
    },
  };
}
