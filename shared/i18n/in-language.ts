import { WORKING_LANGUAGES, type WorkingLanguage } from './working-languages.ts';

export const isWorkingLanguage = (language: string): language is WorkingLanguage =>
  (WORKING_LANGUAGES as readonly string[]).includes(language);

/**
 * The entry of a per-language table for `language`, English for a language Cadre does not know
 * (an old row, a locale with a region): one rule for the guide, labels, templates and emails.
 */
export const inLanguage = <T>(table: Readonly<Record<WorkingLanguage, T>>, language: string): T =>
  table[isWorkingLanguage(language) ? language : 'en'];

// Languages of Cadre's users that are written right to left; kept by language subtag so that
// adding one to the working languages is enough to flip the layout.
const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur']);

/** The direction a language is written in, from a tag such as `ar` or `ar-MA`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
