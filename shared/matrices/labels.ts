import type { MatrixKind } from '../schemas/matrices/index.ts';
import type { EnumValue, FieldName } from './fields.ts';
import { inLanguage } from '../i18n/in-language.ts';
import type { WorkingLanguage } from '../i18n/working-languages.ts';
import { matrixLabelsAr } from './labels-ar.ts';
import { matrixLabelsEn } from './labels-en.ts';
import { matrixLabelsEs } from './labels-es.ts';
import { matrixLabelsFr } from './labels-fr.ts';
import { matrixLabelsPt } from './labels-pt.ts';

/**
 * Names of the matrices, their fields and values, shared by the screens and the exports so the
 * two cannot name a thing differently. Typed records (rather than hundreds of flat keys in the
 * app dictionaries), so a field added to a schema without a label in both languages fails
 * type-checking.
 */
export type MatrixLabels = {
  kinds: Record<MatrixKind, { name: string; description: string }>;
  fields: Record<FieldName, string>;
  values: Record<EnumValue, string>;
  coverage: Record<'immigrationFlows' | 'immigrationStocks' | 'emigrationFlows' | 'emigrationStocks', string>;
  /** Words of the presentations that are no field: the action plan's merged columns, the grid, the marks. */
  words: {
    yes: string;
    no: string;
    /** Start and end of an action as one column. */
    timeline: string;
    /** Resources and funding source of an action as one column. */
    budget: string;
    /** The mark of an option the group prefers. */
    preferredOption: string;
    criterion: string;
    score: string;
    /** Options or actions whose objective is gone (archived, or not in the version). */
    noObjective: string;
    activities: string;
    powerInterestGrid: string;
    /** Axis of the grid, low → high. */
    low: string;
    high: string;
  };
};

export const MATRIX_LABELS: Readonly<Record<WorkingLanguage, MatrixLabels>> = {
  en: matrixLabelsEn,
  fr: matrixLabelsFr,
  pt: matrixLabelsPt,
  es: matrixLabelsEs,
  ar: matrixLabelsAr,
};

/** Labels in a language; English for a language Cadre does not know. */
export const matrixLabels = (language: string): MatrixLabels => inLanguage(MATRIX_LABELS, language);
