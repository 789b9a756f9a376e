import type { PmNode } from '../../shared/schemas/versions.ts';
import { notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { contentKey } from '../versions/doc-content.ts';
import { snapshotMatrices, type MatrixSnapshot } from '../versions/matrices-snapshot.ts';
import type { Versioning } from '../versions/versioning.ts';
import { commentsOf } from './comments-snapshot.ts';
import { exportLabels } from './labels.ts';
import { withoutGuidance, type ExportModel } from './model.ts';

const isMatrixSnapshot = (value: unknown): value is MatrixSnapshot =>
  Array.isArray(value) && value.every((m) => m && typeof m === 'object' && 'matrix' in m && Array.isArray((m as { rows?: unknown }).rows));

/**
 * Gathers what an export shows: the live draft or a version, its matrices, and the validation
 * steps signed on exactly this text (a step signed on other text does not vouch for it).
 */
export function buildExportModel(
  services: Services,
  versioning: Versioning,
  documentId: string,
  versionId: string | undefined,
  withComments = false,
): ExportModel {
  const document = services.documents.find(documentId);
  if (!document) throw notFound('document');
  const workspace = services.workspaces.find(document.workspaceId);
  if (!workspace) throw notFound('workspace');

  let content: PmNode;
  let matrices: MatrixSnapshot | undefined;
  let versionName: string | null = null;
  let date = new Date().toISOString();
  if (versionId) {
    const version = versioning.requireVersion(documentId, versionId);
    content = version.content;
    matrices = isMatrixSnapshot(version.matrices) ? version.matrices : undefined;
    versionName = version.name;
    date = version.createdAt;
  } else {
    content = versioning.current(documentId).content;
    matrices = snapshotMatrices(services.db, workspace.id);
  }

  const key = contentKey(content);
  const steps = new Map(services.validation.steps(workspace.id).map((step, index) => [step.id, { step, index }]));
  const signatures = [...services.validation.latestSignatures(documentId).entries()]
    .filter(([, signature]) => contentKey(versioning.requireVersion(documentId, signature.versionId).content) === key)
    .flatMap(([stepId, s]) => {
      const found = steps.get(stepId);
      return found ? [{ index: found.index, step: found.step.name, signedBy: s.signedByName, signedAt: s.signedAt, note: s.note }] : [];
    })
    .sort((a, b) => a.index - b.index)
    .map(({ index: _index, ...signature }) => signature);

  return {
    language: workspace.language,
    labels: exportLabels(workspace.language),
    title: document.title,
    leadInstitution: workspace.leadInstitution,
    versionName,
    date,
    validated: signatures.length > 0,
    signatures,
    content: withoutGuidance(content),
    matrices: matrices ?? [],
    comments: withComments ? commentsOf(services.db, documentId) : [],
  };
}
