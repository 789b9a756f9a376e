import type { PmNode } from '../../shared/schemas/versions.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { contentKey } from '../versions/doc-content.ts';
import { snapshotMatrices, type MatrixSnapshot } from '../versions/matrices-snapshot.ts';
import type { Versioning } from '../versions/versioning.ts';
import { commentsOf } from './comments-snapshot.ts';
import { cellText } from './html.ts';
import { exportLabels } from './labels.ts';
import { exportLimits, ModelBudget, type ExportLimits } from './limits.ts';
import type { ExportModel } from './model.ts';
import { sanitizeContent } from './sanitize.ts';

const isMatrixSnapshot = (value: unknown): value is MatrixSnapshot =>
  Array.isArray(value) && value.every((m) => m && typeof m === 'object' && 'matrix' in m && Array.isArray((m as { rows?: unknown }).rows));

/**
 * Counts the annexes against the same budget as the text: Markdown and HTML write one cell per
 * row and column of the union of every row's fields, so rows with distinct keys multiply.
 */
function countAnnexes(budget: ModelBudget, matrices: MatrixSnapshot, comments: ExportModel['comments']): void {
  for (const matrix of matrices) {
    const columns = new Set(matrix.rows.flatMap((row) => Object.keys(row)));
    budget.node(matrix.rows.length * Math.max(1, columns.size));
    for (const row of matrix.rows) for (const value of Object.values(row)) budget.text(cellText(value).length);
  }
  for (const comment of comments) budget.text(comment.author.length + comment.quote.length + comment.text.length);
}

export type ExportSources = Pick<Infrastructure, 'documents' | 'workspaces' | 'validation' | 'review' | 'matrixItems'>;

/**
 * Gathers what an export shows: the live draft or a version, its matrices, and the validation
 * steps signed on exactly this text (a step signed on other text does not vouch for it). The
 * content is sanitized here, once, for every format; a model past `limits` is a 413.
 */
export async function buildExportModel(
  sources: ExportSources,
  versioning: Versioning,
  documentId: string,
  versionId: string | undefined,
  withComments = false,
  limits: Partial<ExportLimits> = {},
): Promise<ExportModel> {
  const document = await sources.documents.find(documentId);
  if (!document) throw notFound('document');
  const workspace = await sources.workspaces.find(document.workspaceId);
  if (!workspace) throw notFound('workspace');

  let content: PmNode;
  let matrices: MatrixSnapshot | undefined;
  let versionName: string | null = null;
  let date = new Date().toISOString();
  if (versionId) {
    const version = await versioning.requireVersion(documentId, versionId);
    content = version.content;
    matrices = isMatrixSnapshot(version.matrices) ? version.matrices : undefined;
    versionName = version.name;
    date = version.createdAt;
  } else {
    content = (await versioning.current(documentId)).content;
    matrices = snapshotMatrices(await sources.matrixItems.listAll(workspace.id));
  }

  const budget = new ModelBudget(exportLimits(limits));
  // Guidance hints are dropped by the sanitizer: they are never part of the policy text.
  const safeContent = sanitizeContent(content, budget);
  const comments = withComments ? commentsOf(await sources.review.listForDocument(documentId)) : [];
  countAnnexes(budget, matrices ?? [], comments);

  const key = contentKey(content);
  const steps = new Map((await sources.validation.steps(workspace.id)).map((step, index) => [step.id, { step, index }]));
  const signatures: Array<ExportModel['signatures'][number] & { index: number }> = [];
  for (const [stepId, s] of await sources.validation.latestSignatures(documentId)) {
    const found = steps.get(stepId);
    if (!found || contentKey((await versioning.requireVersion(documentId, s.versionId)).content) !== key) continue;
    signatures.push({ index: found.index, step: found.step.name, signedBy: s.signedByName, signedAt: s.signedAt, note: s.note });
  }
  signatures.sort((a, b) => a.index - b.index);

  return {
    language: workspace.language,
    labels: exportLabels(workspace.language),
    title: document.title,
    leadInstitution: workspace.leadInstitution,
    versionName,
    date,
    validated: signatures.length > 0,
    signatures: signatures.map(({ index: _index, ...signature }) => signature),
    content: safeContent,
    matrices: matrices ?? [],
    comments,
  };
}
