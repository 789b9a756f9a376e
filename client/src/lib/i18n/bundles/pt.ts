import { cycleTextPt } from '../../../../../shared/cycle/text-pt.ts';
import { matrixLabelsPt } from '../../../../../shared/matrices/labels-pt.ts';
import { practiceTextPt } from '../../../../../shared/practice/text-pt.ts';
import { templateTextPt } from '../../../../../shared/templates/text-pt.ts';
import type { LocaleBundle } from '../bundle.ts';
import { pt } from '../pt.ts';

/** The Portuguese texts, one chunk loaded only when Portuguese is chosen (see `loadBundle`). */
export const bundle: LocaleBundle = {
  messages: pt,
  cycleText: cycleTextPt,
  matrixLabels: matrixLabelsPt,
  practiceText: practiceTextPt,
  templateText: templateTextPt,
};
