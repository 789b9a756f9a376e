import { cycleTextAr } from '../../../../shared/cycle/text-ar.ts';
import { matrixLabelsAr } from '../../../../shared/matrices/labels-ar.ts';
import { practiceTextAr } from '../../../../shared/practice/text-ar.ts';
import { templateTextAr } from '../../../../shared/templates/text-ar.ts';
import type { LocaleTables } from './text-loaders.ts';

/** The Arabic tables of the cycle guide, matrices, self-assessment and templates: one chunk (see `loadTables`). */
export const tables: LocaleTables = {
  cycleText: cycleTextAr,
  matrixLabels: matrixLabelsAr,
  practiceText: practiceTextAr,
  templateText: templateTextAr,
};
