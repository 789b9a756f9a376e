import { cycleTextFr } from '../../../../../shared/cycle/text-fr.ts';
import { matrixLabelsFr } from '../../../../../shared/matrices/labels-fr.ts';
import { practiceTextFr } from '../../../../../shared/practice/text-fr.ts';
import { templateTextFr } from '../../../../../shared/templates/text-fr.ts';
import type { LocaleBundle } from '../bundle.ts';
import { fr } from '../fr.ts';

/** The French texts, one chunk loaded only when French is chosen (see `loadBundle`). */
export const bundle: LocaleBundle = {
  messages: fr,
  cycleText: cycleTextFr,
  matrixLabels: matrixLabelsFr,
  practiceText: practiceTextFr,
  templateText: templateTextFr,
};
