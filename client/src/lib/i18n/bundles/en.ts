import { cycleTextEn } from '../../../../../shared/cycle/text-en.ts';
import { matrixLabelsEn } from '../../../../../shared/matrices/labels-en.ts';
import { practiceTextEn } from '../../../../../shared/practice/text-en.ts';
import { templateTextEn } from '../../../../../shared/templates/text-en.ts';
import type { LocaleBundle } from '../bundle.ts';
import { en } from '../en.ts';

/** The English texts, one chunk loaded when a page needs more than the shell's (see `loadBundle`). */
export const bundle: LocaleBundle = {
  messages: en,
  cycleText: cycleTextEn,
  matrixLabels: matrixLabelsEn,
  practiceText: practiceTextEn,
  templateText: templateTextEn,
};
