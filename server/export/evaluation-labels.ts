import { inLanguage } from '../../shared/i18n/in-language.ts';
import type { Cadence } from '../../shared/monitoring/periods.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import type { MeasureStatus } from '../../shared/schemas/monitoring.ts';
import { evaluationLabelsAr } from './evaluation-labels-ar.ts';
import { evaluationLabelsEn } from './evaluation-labels-en.ts';
import { evaluationLabelsEs } from './evaluation-labels-es.ts';
import { evaluationLabelsFr } from './evaluation-labels-fr.ts';
import { evaluationLabelsPt } from './evaluation-labels-pt.ts';

/** Fixed words of the evaluation report, in the workspace's language (`evaluation-labels-<language>.ts`). */
export type EvaluationLabels = {
  title: string;
  leadInstitution: string;
  producedOn: string;
  summary: string;
  summaryIntro: string;
  status: string;
  measures: string;
  logframe: string;
  noObjective: string;
  measure: string;
  responsible: string;
  dates: string;
  cadence: string;
  notMonitored: string;
  indicators: string;
  indicator: string;
  unit: string;
  baseline: string;
  target: string;
  latest: string;
  progress: string;
  periods: string;
  period: string;
  values: string;
  note: string;
  noReports: string;
  notReported: string;
  lessons: string;
  noLessons: string;
  statuses: Record<MeasureStatus, string>;
  cadences: Record<Cadence, string>;
};

export const EVALUATION_LABELS: Readonly<Record<WorkingLanguage, EvaluationLabels>> = {
  en: evaluationLabelsEn,
  fr: evaluationLabelsFr,
  pt: evaluationLabelsPt,
  es: evaluationLabelsEs,
  ar: evaluationLabelsAr,
};

export const evaluationLabels = (language: string): EvaluationLabels => inLanguage(EVALUATION_LABELS, language);

/** "Label: value", with the no-break space French typography puts before a colon. */
export const labelled = (language: string, label: string, value: string): string =>
  language === 'fr' ? `${label}\u00a0: ${value}` : `${label}: ${value}`;
