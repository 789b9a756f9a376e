import { interpolate } from '../../shared/i18n/interpolate.ts';
import { formatDate } from './labels.ts';
import type { ExportModel } from './model.ts';

/**
 * What the cover says, once for every format: the facts under the title, the validation
 * status, and the ladder as rows of words (step, state, signed by, signed on, reference).
 */
export type Cover = {
  facts: Array<{ label: string; value: string }>;
  /** "Validated" only when every step is signed on this very text; otherwise the draft notice. */
  status: string;
  /** What the status means: "Every step is signed…" or "Steps signed on this text: 1 of 3". */
  statusDetail: string;
  head: string[];
  rows: Array<{ cells: string[]; status: ExportModel['ladder'][number]['status'] }>;
};

export function coverOf(model: ExportModel): Cover {
  const { labels, language } = model;
  const facts = [
    { label: labels.workspace, value: model.workspaceTitle },
    { label: labels.leadInstitution, value: model.leadInstitution },
    { label: labels.version, value: model.versionName ?? (model.validated ? labels.validatedText : labels.currentDraft) },
    { label: labels.date, value: formatDate(model.date, language) },
  ].filter((fact) => fact.value !== '');
  const signed = model.ladder.filter((step) => step.status === 'signed').length;
  const edited = model.ladder.some((step) => step.status === 'needsRevalidation');
  return {
    facts,
    status: model.validated ? labels.validated : labels.draftNotice,
    statusDetail: model.validated
      ? labels.validatedNotice
      : model.ladder.length > 0
        ? `${interpolate(labels.progress, { signed, total: model.ladder.length }, language)}${edited ? ` — ${labels.revalidation}` : ''}`
        : labels.noSteps,
    head: [labels.step, labels.state, labels.signedBy, labels.signedOn, labels.reference],
    rows: model.ladder.map((step, index) => ({
      status: step.status,
      cells: [
        `${index + 1}. ${step.name}`,
        labels.status[step.status],
        step.signature?.signedBy ?? '',
        step.signature ? formatDate(step.signature.signedAt, language) : '',
        step.signature?.note ?? '',
      ],
    })),
  };
}
