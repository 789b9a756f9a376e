import { cycleTextEs } from '../../../../../shared/cycle/text-es.ts';
import { matrixLabelsEs } from '../../../../../shared/matrices/labels-es.ts';
import { practiceTextEs } from '../../../../../shared/practice/text-es.ts';
import { templateTextEs } from '../../../../../shared/templates/text-es.ts';
import type { LocaleBundle } from '../bundle.ts';
import { es } from '../es.ts';

/** The Spanish texts, one chunk loaded only when Spanish is chosen (see `loadBundle`). */
export const bundle: LocaleBundle = {
  messages: es,
  cycleText: cycleTextEs,
  matrixLabels: matrixLabelsEs,
  practiceText: practiceTextEs,
  templateText: templateTextEs,
};
