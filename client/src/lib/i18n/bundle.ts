import type { Messages } from './en.ts';
import { shellMessagesEn } from './shell-en.ts';
import { loadTranslatedShell } from './shell-loaders.ts';
import type { Locale } from './translate.ts';

/** The shell texts of `locale` (see `shell-loaders.ts`). */
export function loadShell(locale: Locale): Promise<Partial<Messages>> {
  return locale === 'en' ? Promise.resolve(shellMessagesEn) : loadTranslatedShell(locale);
}
