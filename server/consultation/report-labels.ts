import { inLanguage } from '../../shared/i18n/in-language.ts';
import type { ConsultationFormat, Disposition, RoundStatus } from '../../shared/schemas/consultation.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import { reportLabelsAr } from './report-labels-ar.ts';
import { reportLabelsEn } from './report-labels-en.ts';
import { reportLabelsEs } from './report-labels-es.ts';
import { reportLabelsFr } from './report-labels-fr.ts';
import { reportLabelsPt } from './report-labels-pt.ts';

/** Words of the consultation report, in the exported document's language (`report-labels-<language>.ts`). */
export type ReportLabels = {
  /** With `{round}`, the round's title. */
  title: string;
  format: string;
  formats: Record<ConsultationFormat, string>;
  period: string;
  status: string;
  statuses: Record<RoundStatus, string>;
  question: string;
  published: string;
  audience: string;
  inputs: string;
  dispositions: Record<Disposition, string>;
  awaiting: string;
  bySection: string;
  byCategory: string;
  section: string;
  category: string;
  wholeDocument: string;
  noCategory: string;
  allInputs: string;
  passage: string;
  input: string;
  from: string;
  disposition: string;
  reason: string;
  answeredBy: string;
  /** After an input typed in by a team member for someone else: with `{name}`, the member. */
  recordedBy: string;
  noInputs: string;
};

export const REPORT_LABELS: Readonly<Record<WorkingLanguage, ReportLabels>> = {
  en: reportLabelsEn,
  fr: reportLabelsFr,
  pt: reportLabelsPt,
  es: reportLabelsEs,
  ar: reportLabelsAr,
};

export const reportLabels = (language: string): ReportLabels => inLanguage(REPORT_LABELS, language);
