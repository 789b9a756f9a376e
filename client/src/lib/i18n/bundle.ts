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

/** The texts of the pages shown before signing in (`shell-en.ts`); English's are in the first script. */
export type ShellBundle = { messages: Partial<Messages> };

export const ENGLISH_SHELL: ShellBundle = { messages: shellMessagesEn };

// The other languages' shell texts, a few kilobytes each: a French visitor's sign-in form does
// not wait for the words of every French screen.
const SHELL_LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<ShellBundle>>> = {
  fr: () => import('./shell-fr.ts').then((module) => ({ messages: module.shellMessagesFr })),
  pt: () => import('./shell-pt.ts').then((module) => ({ messages: module.shellMessagesPt })),
  es: () => import('./shell-es.ts').then((module) => ({ messages: module.shellMessagesEs })),
  ar: () => import('./shell-ar.ts').then((module) => ({ messages: module.shellMessagesAr })),
};

const loadingShell = new Map<Locale, Promise<ShellBundle>>();

/** The shell texts of `locale`, downloaded once; a failed download is tried again on the next call. */
export function loadShell(locale: Locale): Promise<ShellBundle> {
  if (locale === 'en') return Promise.resolve(ENGLISH_SHELL);
  return once(loadingShell, locale, SHELL_LOADERS[locale]);
}

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
  return once(loading, locale, () => LOADERS[locale]().then((module) => module.bundle));
}

/** The download of `locale` kept in `pending`, started if none is; forgotten if it fails. */
function once<T>(pending: Map<Locale, Promise<T>>, locale: Locale, download: () => Promise<T>): Promise<T> {
  let started = pending.get(locale);
  if (!started) {
    started = download();
    started.catch(() => pending.delete(locale));
    pending.set(locale, started);
  }
  return started;
}
