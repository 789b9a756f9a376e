import type { CycleText } from '../../../../shared/cycle/text.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { PracticeText } from '../../../../shared/practice/text.ts';
import type { TemplateText } from '../../../../shared/templates/template-types.ts';
import type { Messages } from './en.ts';
import { shellMessagesEn } from './shell-en.ts';
import type { Locale } from './translate.ts';

/**
 * Everything the screens read in one interface language: the dictionary and the shared
 * per-language tables. The server's selectors (`cycleText()`, `matrixLabels()`…) hold every
 * language; the client must not import them, or all five languages ride in the first script.
 */
export type LocaleBundle = {
  messages: Messages;
  cycleText: CycleText;
  matrixLabels: MatrixLabels;
  practiceText: PracticeText;
  templateText: TemplateText;
};

/** The texts of the pages shown before signing in, in English: all the first script carries. */
export type ShellBundle = { messages: Partial<Messages> };

export const ENGLISH_SHELL: ShellBundle = { messages: shellMessagesEn };

// One chunk per language, downloaded when the language is chosen, or for English when a page
// needs more than the shell's texts (and precached by the service worker, so that works offline).
const LOADERS: Readonly<Record<Locale, () => Promise<{ bundle: LocaleBundle }>>> = {
  en: () => import('./bundles/en.ts'),
  fr: () => import('./bundles/fr.ts'),
  pt: () => import('./bundles/pt.ts'),
  es: () => import('./bundles/es.ts'),
  ar: () => import('./bundles/ar.ts'),
};

const loading = new Map<Locale, Promise<LocaleBundle>>();

/** Every text of `locale`, downloaded once; a failed download is tried again on the next call. */
export function loadBundle(locale: Locale): Promise<LocaleBundle> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().then((module) => module.bundle);
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
