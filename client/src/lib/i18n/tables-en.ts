import { cycleTextEn } from '../../../../shared/cycle/text-en.ts';
import { matrixLabelsEn } from '../../../../shared/matrices/labels-en.ts';
import { practiceTextEn } from '../../../../shared/practice/text-en.ts';
import { templateTextEn } from '../../../../shared/templates/text-en.ts';
import type { LocaleTables } from './text-loaders.ts';

/** The English tables of the cycle guide, matrices, self-assessment and templates: one chunk (see `loadTables`). */
export const tables: LocaleTables = {
  cycleText: cycleTextEn,
  matrixLabels: matrixLabelsEn,
  practiceText: practiceTextEn,
  templateText: templateTextEn,
};
