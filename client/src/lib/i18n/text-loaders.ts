import type { CycleText } from '../../../../shared/cycle/text.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { PracticeText } from '../../../../shared/practice/text.ts';
import type { TemplateText } from '../../../../shared/templates/template-types.ts';
import type { Messages } from './en.ts';
import type { Locale } from './locales.ts';
import { downloadOnce } from './shell-loaders.ts';

// Without any dictionary of its own, so that the app's first script (`main.ts`) can start a
// page's download beside the page's code.

/**
 * The shared per-language tables some screens read besides the dictionary: the cycle guide,
 * the matrices' names and values, the self-assessment and the templates. The server's selectors
 * (`cycleText()`, `matrixLabels()`…) hold every language; the client must not import them, or
 * all five languages ride in the first script.
 */
export type LocaleTables = {
  cycleText: CycleText;
  matrixLabels: MatrixLabels;
  practiceText: PracticeText;
  templateText: TemplateText;
};

// Each language's dictionary is one chunk, downloaded when a page needs more than the shell's
// texts, and its tables another, for the pages that show them (the document's page does not);
// the service worker precaches both, so they work offline.
const MESSAGES: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => import('./en.ts').then((module) => module.en),
  fr: () => import('./fr.ts').then((module) => module.fr),
  pt: () => import('./pt.ts').then((module) => module.pt),
  es: () => import('./es.ts').then((module) => module.es),
  ar: () => import('./ar.ts').then((module) => module.ar),
};

const TABLES: Readonly<Record<Locale, () => Promise<{ tables: LocaleTables }>>> = {
  en: () => import('./tables-en.ts'),
  fr: () => import('./tables-fr.ts'),
  pt: () => import('./tables-pt.ts'),
  es: () => import('./tables-es.ts'),
  ar: () => import('./tables-ar.ts'),
};

const loadingMessages = new Map<Locale, Promise<Messages>>();
const loadingTables = new Map<Locale, Promise<LocaleTables>>();

/** Every message of `locale`, downloaded once; a failed download is tried again on the next call. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return downloadOnce(loadingMessages, locale, MESSAGES[locale]);
}

/** The tables of `locale`, downloaded once; a failed download is tried again on the next call. */
export function loadTables(locale: Locale): Promise<LocaleTables> {
  return downloadOnce(loadingTables, locale, () => TABLES[locale]().then((module) => module.tables));
}

