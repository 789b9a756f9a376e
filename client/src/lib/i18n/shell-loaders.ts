import type { Messages } from './en.ts';
import type { Locale } from './locales.ts';

// The texts of the pages shown before signing in, a few kilobytes per language: a French
// visitor's sign-in form does not wait for the words of every French screen. English's are in
// the app's code; the others' downloads are started by the app's first script (`main.ts`),
// beside that code, since the app is shown only once its language's texts are in.
const SHELL_LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Partial<Messages>>>> = {
  fr: () => import('./shell-fr.ts').then((module) => module.shellMessagesFr),
  pt: () => import('./shell-pt.ts').then((module) => module.shellMessagesPt),
  es: () => import('./shell-es.ts').then((module) => module.shellMessagesEs),
  ar: () => import('./shell-ar.ts').then((module) => module.shellMessagesAr),
};

const loadingShell = new Map<Locale, Promise<Partial<Messages>>>();

/** The shell texts of a language other than English, downloaded once; a failed download is tried again on the next call. */
export function loadTranslatedShell(locale: Exclude<Locale, 'en'>): Promise<Partial<Messages>> {
  return downloadOnce(loadingShell, locale, SHELL_LOADERS[locale]);
}

/**
 * The download of `locale` kept in `pending`, started if none is; forgotten if it fails. The
 * dictionaries' and tables' loaders (`text-loaders.ts`) use it too.
 */
export function downloadOnce<T>(pending: Map<Locale, Promise<T>>, locale: Locale, download: () => Promise<T>): Promise<T> {
  let started = pending.get(locale);
  if (!started) {
    started = download();
    started.catch(() => pending.delete(locale));
    pending.set(locale, started);
  }
  return started;
}
