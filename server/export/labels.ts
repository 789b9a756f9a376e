import { inLanguage } from '../../shared/i18n/in-language.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import type { StepStatus } from '../../shared/schemas/validation.ts';
import { exportLabelsAr } from './labels-ar.ts';
import { exportLabelsEn } from './labels-en.ts';
import { exportLabelsEs } from './labels-es.ts';
import { exportLabelsFr } from './labels-fr.ts';
import { exportLabelsPt } from './labels-pt.ts';

/** Fixed words of exported documents, in the document's language (`labels-<language>.ts`). */
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
  /** The version of a live text signed at every step, which is no longer a draft. */
  validatedText: string;
  date: string;
  validationSteps: string;
  step: string;
  state: string;
  signedBy: string;
  signedOn: string;
  reference: string;
  status: Record<StepStatus, string>;
  /** How far validation went: with `{signed}` and `{total}`, numbers of steps. */
  progress: string;
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

export const EXPORT_LABELS: Readonly<Record<WorkingLanguage, ExportLabels>> = {
  en: exportLabelsEn,
  fr: exportLabelsFr,
  pt: exportLabelsPt,
  es: exportLabelsEs,
  ar: exportLabelsAr,
};

export const exportLabels = (language: string): ExportLabels => inLanguage(EXPORT_LABELS, language);

/** Locales of the working languages, for dates written as each one writes them. */
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', pt: 'pt-PT', es: 'es-ES', ar: 'ar' };

/** A date as the document's language writes it, e.g. "22 November 2026" / "22 novembre 2026". */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}
