import type { CriterionId, StageKey } from './stages.ts';
import { cycleTextEn } from './text-en.ts';
import { cycleTextFr } from './text-fr.ts';

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

export const CYCLE_LOCALES = ['en', 'fr'] as const;
export type CycleLocale = (typeof CYCLE_LOCALES)[number];

export const CYCLE_TEXT: Readonly<Record<CycleLocale, CycleText>> = { en: cycleTextEn, fr: cycleTextFr };

export const cycleText = (locale: string): CycleText => (locale === 'fr' ? cycleTextFr : cycleTextEn);
