import { inLanguage } from '../i18n/in-language.ts';
import type { WorkingLanguage } from '../i18n/working-languages.ts';
import type { PracticeCriterion, PracticeScore } from './criteria.ts';
import { practiceTextAr } from './text-ar.ts';
import { practiceTextEn } from './text-en.ts';
import { practiceTextEs } from './text-es.ts';
import { practiceTextFr } from './text-fr.ts';
import { practiceTextPt } from './text-pt.ts';

/**
 * The self-assessment's wording, shared by the screens and the export (like the cycle guide's,
 * `shared/cycle/text.ts`). The type makes a missing criterion in any language a compile error.
 */
export type PracticeText = {
  title: string;
  criteria: Record<PracticeCriterion, { name: string; question: string }>;
  scores: Record<PracticeScore, string>;
  notRated: string;
  /** Export-only labels. */
  export: { criterion: string; score: string; evidence: string; comment: string; assessedBy: string; history: string; date: string; none: string };
};

export const PRACTICE_TEXT: Readonly<Record<WorkingLanguage, PracticeText>> = {
  en: practiceTextEn,
  fr: practiceTextFr,
  pt: practiceTextPt,
  es: practiceTextEs,
  ar: practiceTextAr,
};

export const practiceText = (locale: string): PracticeText => inLanguage(PRACTICE_TEXT, locale);
