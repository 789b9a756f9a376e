/** Fixed words of exported documents, in the workspace's working language (English fallback). */
export type ExportLabels = {
  draft: string;
  draftNotice: string;
  validated: string;
  leadInstitution: string;
  version: string;
  currentDraft: string;
  date: string;
  validationSteps: string;
  step: string;
  signedBy: string;
  signedOn: string;
  reference: string;
  noSignature: string;
  contents: string;
  annex: string;
  comments: string;
};

const en: ExportLabels = {
  draft: 'DRAFT',
  draftNotice: 'Draft — not validated',
  validated: 'Validated',
  leadInstitution: 'Lead institution',
  version: 'Version',
  currentDraft: 'Current draft',
  date: 'Date',
  validationSteps: 'Validation steps',
  step: 'Step',
  signedBy: 'Signed by',
  signedOn: 'Signed on',
  reference: 'Reference',
  noSignature: 'No validation step signed yet.',
  contents: 'Contents',
  annex: 'Annex',
  comments: 'Comments',
};

const fr: ExportLabels = {
  draft: 'PROJET',
  draftNotice: 'Projet — non validé',
  validated: 'Validé',
  leadInstitution: 'Institution chef de file',
  version: 'Version',
  currentDraft: 'Projet en cours',
  date: 'Date',
  validationSteps: 'Étapes de validation',
  step: 'Étape',
  signedBy: 'Signé par',
  signedOn: 'Signé le',
  reference: 'Référence',
  noSignature: 'Aucune étape de validation signée pour l’instant.',
  contents: 'Table des matières',
  annex: 'Annexe',
  comments: 'Commentaires',
};

export function exportLabels(language: string): ExportLabels {
  return language === 'fr' ? fr : en;
}

/** A date as the workspace's language writes it, e.g. "22 November 2026" / "22 novembre 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
