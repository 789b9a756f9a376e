import type { MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import type { Locale } from '../../lib/i18n/translate.ts';
import { matrixLabelsEn } from './labels-en.ts';
import { matrixLabelsFr } from './labels-fr.ts';
import type { EnumValue, FieldName } from './matrix-fields.ts';

/**
 * Names of the matrices, their fields and values. Kept as typed records beside the field
 * descriptions (rather than hundreds of flat keys in the app dictionaries) so a field added to
 * a schema without a label in both languages fails type-checking.
 */
export type MatrixLabels = {
  kinds: Record<MatrixKind, { name: string; description: string }>;
  fields: Record<FieldName, string>;
  values: Record<EnumValue, string>;
  coverage: Record<'immigrationFlows' | 'immigrationStocks' | 'emigrationFlows' | 'emigrationStocks', string>;
};

const LABELS: Record<Locale, MatrixLabels> = { en: matrixLabelsEn, fr: matrixLabelsFr };
export const matrixLabels = (locale: Locale): MatrixLabels => LABELS[locale];
