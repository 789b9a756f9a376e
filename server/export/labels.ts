import type { StepStatus } from '../../shared/schemas/validation.ts';

/** Fixed words of exported documents, in the document's language (English fallback). */
export type ExportLabels = {
  draft: string;
  draftNotice: string;
  validated: string;
  /** Under "Validated": what it means, so a reader need not guess. */
  validatedNotice: string;
  workspace: string;
  leadInstitution: string;
  version: string;
  currentDraft: string;
  date: string;
  validationSteps: string;
  step: string;
  state: string;
  signedBy: string;
  signedOn: string;
  reference: string;
  status: Record<StepStatus, string>;
  /** "{signed} of {total} steps signed on this text". */
  progress: (signed: number, total: number) => string;
  /** After the progress when a step was signed on a text edited since. */
  revalidation: string;
  noSteps: string;
  contents: string;
  /** The running footer: "Page 3 of 12". */
  page: string;
  of: string;
  annex: string;
  comments: string;
  /** In place of an image a format cannot hold, before its description. */
  image: string;
};

const en: ExportLabels = {
  draft: 'DRAFT',
  draftNotice: 'Draft — not validated',
  validated: 'Validated',
  validatedNotice: 'Every validation step is signed on this very version.',
  workspace: 'Workspace',
  leadInstitution: 'Lead institution',
  version: 'Version',
  currentDraft: 'Current draft',
  date: 'Date',
  validationSteps: 'Validation steps',
  step: 'Step',
  state: 'State',
  signedBy: 'Signed by',
  signedOn: 'Signed on',
  reference: 'Reference',
  status: { signed: 'Signed', pending: 'Pending', needsRevalidation: 'Needs re-validation' },
  progress: (signed, total) => `${signed} of ${total} ${total === 1 ? 'step' : 'steps'} signed on this text`,
  revalidation: 'the text was edited after some steps were signed: they must be signed again',
  noSteps: 'No validation step is set for this workspace.',
  contents: 'Contents',
  image: 'Image',
  page: 'Page',
  of: 'of',
  annex: 'Annex',
  comments: 'Comments',
};

const fr: ExportLabels = {
  draft: 'PROJET',
  draftNotice: 'Projet — non validé',
  validated: 'Validé',
  validatedNotice: 'Toutes les étapes de validation sont signées sur cette version même.',
  workspace: 'Espace de travail',
  leadInstitution: 'Institution chef de file',
  version: 'Version',
  currentDraft: 'Projet en cours',
  date: 'Date',
  validationSteps: 'Étapes de validation',
  step: 'Étape',
  state: 'État',
  signedBy: 'Signé par',
  signedOn: 'Signé le',
  reference: 'Référence',
  status: { signed: 'Signée', pending: 'En attente', needsRevalidation: 'À revalider' },
  progress: (signed, total) => `${signed} ${signed > 1 ? 'étapes signées' : 'étape signée'} sur ${total} pour ce texte`,
  revalidation: 'le texte a été modifié après certaines signatures : ces étapes doivent être signées à nouveau',
  noSteps: 'Aucune étape de validation n’est définie pour cet espace de travail.',
  contents: 'Table des matières',
  image: 'Image',
  page: 'Page',
  of: 'sur',
  annex: 'Annexe',
  comments: 'Commentaires',
};

export function exportLabels(language: string): ExportLabels {
  return language === 'fr' ? fr : en;
}

/** Locales of the working languages, for dates written as each one writes them. */
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ar: 'ar' };

/** A date as the document's language writes it, e.g. "22 November 2026" / "22 novembre 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
