import type { CriterionId, StageKey } from './stages.ts';
import { inLanguage } from '../i18n/in-language.ts';
import type { WorkingLanguage } from '../i18n/working-languages.ts';
import { cycleTextAr } from './text-ar.ts';
import { cycleTextEn } from './text-en.ts';
import { cycleTextEs } from './text-es.ts';
import { cycleTextFr } from './text-fr.ts';
import { cycleTextPt } from './text-pt.ts';

/**
 * The guide's wording, kept next to the model rather than in the client dictionaries because
 * it is long-form content (paragraphs per stage) and the server may need it too (exports,
 * digests). The type makes a missing stage or criterion in either language a compile error.
 */
export type CycleText = {
  stages: Record<StageKey, { name: string; summary: string; guidance: readonly string[] }>;
  criteria: Record<CriterionId, string>;
  notTracked: string;
};

/** The guide in every working language; English for a language Cadre does not know. */
export const CYCLE_TEXT: Readonly<Record<WorkingLanguage, CycleText>> = {
  en: cycleTextEn,
  fr: cycleTextFr,
  pt: cycleTextPt,
  es: cycleTextEs,
  ar: cycleTextAr,
};

export const cycleText = (locale: string): CycleText => inLanguage(CYCLE_TEXT, locale);
