/**
 * The interface languages and the one a visit starts in. A module of its own, without Svelte,
 * zod or any dictionary: the app's first script (`main.ts`) reads it to start downloading a
 * visitor's words beside the app's code.
 */
export const LOCALES = ['en', 'fr', 'pt', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where the language a person chose is kept on their browser. */
export const LOCALE_STORAGE_KEY = 'cadre.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported locale from the browser's preferences, falling back to English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLocale(language)) return language;
  }
  return 'en';
}

/** The language a visit starts in: the one chosen on this browser, else the browser's. */
export function startingLocale(storage: Storage | null, preferred: readonly string[]): Locale {
  const stored = storage?.getItem(LOCALE_STORAGE_KEY);
  return isLocale(stored) ? stored : negotiateLocale(preferred);
}
