import type { PmNode } from '../../shared/schemas/versions.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { ladderStateOf } from '../services/validation.ts';
import { snapshotMatrices, type MatrixSnapshot } from '../versions/matrices-snapshot.ts';
import type { Versioning } from '../versions/versioning.ts';
import { commentsOf } from './comments-snapshot.ts';
import { loadExportImages } from './images.ts';
import { exportLabels } from './labels.ts';
import { exportLimits, ModelBudget, type ExportLimits } from './limits.ts';
import type { CoverStep, ExportModel } from './model.ts';
import { sanitizeContent } from './sanitize.ts';

/** A matrix value as the text it may become, for the budget. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

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

export type ExportSources = Pick<Infrastructure, 'documents' | 'workspaces' | 'validation' | 'review' | 'matrixItems' | 'members' | 'images' | 'imageFiles' | 'vocabularies'>;

/**
 * Gathers what an export shows: the live draft or a version, its matrices, and the validation
 * ladder as the screen shows it for exactly this text (a step signed on other text needs
 * re-validation and does not vouch for it). The content is sanitized here, once, for every
 * format; a model past `limits` is a 413.
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

  const steps = await sources.validation.steps(workspace.id);
  const signatures = await sources.validation.latestSignatures(documentId);
  const state = await ladderStateOf(versioning, documentId, content, steps, signatures);
  const ladder = steps.map((step, index): CoverStep => {
    const signature = signatures.get(step.id);
    return {
      name: step.name,
      status: state.statuses[index] ?? 'pending',
      signature: signature ? { signedBy: signature.signedByName, signedAt: signature.signedAt, note: signature.note } : null,
    };
  });
  const language = document.language ?? workspace.language;
  const members = await sources.members.listActive(workspace.id);

  return {
    language,
    labels: exportLabels(language),
    title: document.title,
    workspaceTitle: workspace.title,
    leadInstitution: workspace.leadInstitution,
    versionName,
    date,
    validated: state.validated,
    ladder,
    content: safeContent,
    matrices: matrices ?? [],
    memberNames: new Map(members.map((member) => [member.id, member.name])),
    vocabulary: await sources.vocabularies.find(workspace.id),
    comments,
    images: await loadExportImages(sources, documentId, safeContent),
  };
}
