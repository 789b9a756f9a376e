import { cycleTextEs } from '../../../../shared/cycle/text-es.ts';
import { matrixLabelsEs } from '../../../../shared/matrices/labels-es.ts';
import { practiceTextEs } from '../../../../shared/practice/text-es.ts';
import { templateTextEs } from '../../../../shared/templates/text-es.ts';
import type { LocaleTables } from './text-loaders.ts';

/** The Spanish tables of the cycle guide, matrices, self-assessment and templates: one chunk (see `loadTables`). */
export const tables: LocaleTables = {
  cycleText: cycleTextEs,
  matrixLabels: matrixLabelsEs,
  practiceText: practiceTextEs,
  templateText: templateTextEs,
};
