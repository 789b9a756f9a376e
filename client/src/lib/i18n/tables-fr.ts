import { cycleTextFr } from '../../../../shared/cycle/text-fr.ts';
import { matrixLabelsFr } from '../../../../shared/matrices/labels-fr.ts';
import { practiceTextFr } from '../../../../shared/practice/text-fr.ts';
import { templateTextFr } from '../../../../shared/templates/text-fr.ts';
import type { LocaleTables } from './text-loaders.ts';

/** The French tables of the cycle guide, matrices, self-assessment and templates: one chunk (see `loadTables`). */
export const tables: LocaleTables = {
  cycleText: cycleTextFr,
  matrixLabels: matrixLabelsFr,
  practiceText: practiceTextFr,
  templateText: templateTextFr,
};
