import { cycleTextAr } from '../../../../../shared/cycle/text-ar.ts';
import { matrixLabelsAr } from '../../../../../shared/matrices/labels-ar.ts';
import { practiceTextAr } from '../../../../../shared/practice/text-ar.ts';
import { templateTextAr } from '../../../../../shared/templates/text-ar.ts';
import type { LocaleBundle } from '../bundle.ts';
import { ar } from '../ar.ts';

/** The Arabic texts, one chunk loaded only when Arabic is chosen (see `loadBundle`). */
export const bundle: LocaleBundle = {
  messages: ar,
  cycleText: cycleTextAr,
  matrixLabels: matrixLabelsAr,
  practiceText: practiceTextAr,
  templateText: templateTextAr,
};
