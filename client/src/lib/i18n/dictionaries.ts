import { ar } from './ar.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { translateWith, type Locale, type MessageParams } from './translate.ts';

/**
 * Every language's dictionary at once, for tests that check them all. The app never imports
 * this: it loads one language at a time (`text-loaders.ts`).
 */
export const DICTIONARIES: Readonly<Record<Locale, Messages>> = { en, fr, pt, es, ar };

export const translate = (locale: Locale, key: MessageKey, params?: MessageParams): string =>
  translateWith(DICTIONARIES[locale], locale, key, params);
