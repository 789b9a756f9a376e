import { cycleTextPt } from '../../../../shared/cycle/text-pt.ts';
import { matrixLabelsPt } from '../../../../shared/matrices/labels-pt.ts';
import { practiceTextPt } from '../../../../shared/practice/text-pt.ts';
import { templateTextPt } from '../../../../shared/templates/text-pt.ts';
import type { LocaleTables } from './text-loaders.ts';

/** The Portuguese tables of the cycle guide, matrices, self-assessment and templates: one chunk (see `loadTables`). */
export const tables: LocaleTables = {
  cycleText: cycleTextPt,
  matrixLabels: matrixLabelsPt,
  practiceText: practiceTextPt,
  templateText: templateTextPt,
};
