import { createContext, untrack } from 'svelte';
import type { CycleText } from '../../../../shared/cycle/text.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { PracticeText } from '../../../../shared/practice/text.ts';
import type { TemplateText } from '../../../../shared/templates/template-types.ts';
import { loadTranslatedShell } from './shell-loaders.ts';
import { loadMessages, loadTables, type LocaleTables } from './text-loaders.ts';
import type { MessageKey, Messages } from './en.ts';
import { shellMessagesEn } from './shell-en.ts';
import { LOCALE_STORAGE_KEY, startingLocale } from './locales.ts';
import { directionOf, messageInWords, type Locale, type MessageParams } from './translate.ts';

/**
 * How much of a language a page reads: the shell's texts (the pages before signing in), every
 * message, or every message and the tables (cycle guide, matrices, self-assessment, templates).
 */
export type TextLevel = 'shell' | 'messages' | 'all';
const LEVELS: readonly TextLevel[] = ['shell', 'messages', 'all'];
const atLeast = (level: TextLevel, wanted: TextLevel): boolean => LEVELS.indexOf(level) >= LEVELS.indexOf(wanted);

type Texts = { level: TextLevel; messages: Partial<Messages>; tables: LocaleTables | null };

async function textsAt(locale: Locale, level: TextLevel): Promise<Texts> {
  if (level === 'shell') return { level, messages: locale === 'en' ? shellMessagesEn : await loadTranslatedShell(locale), tables: null };
  const [messages, tables] = await Promise.all([loadMessages(locale), level === 'all' ? loadTables(locale) : null]);
  return { level, messages, tables };
}

/**
 * The current language and its texts; components read `t()` and the tables below so they
 * re-render when it changes. A language's texts come in three parts: those of the pages shown
 * before signing in (`shell-<locale>.ts`; English's in the app's first script), then, once a
 * page needs them (`need`), all its messages, and for the pages that show them its tables, each
 * one chunk per language. A language is shown once the texts it needs have all arrived.
 */
export class I18n {
  locale = $state<Locale>('en');
  #texts = $state.raw<Texts>({ level: 'shell', messages: shellMessagesEn, tables: null });
  /** The language asked for last: a slower download of an earlier choice must not win. */
  #wanted: Locale = 'en';
  /** The most any page has needed: later language changes bring as much. */
  #level: TextLevel = 'shell';
  readonly dir = $derived(directionOf(this.locale));
  /** The arrow of a link back to where one came from: it points the way the page reads backwards. */
  readonly backArrow = $derived(this.dir === 'rtl' ? '→' : '←');
  /**
   * Settles once the starting language (stored, else the browser's) is shown: the app is
   * mounted after it (start-app.ts), so a French reader never sees English flash first. Should its
   * texts fail to arrive, the app starts in English rather than not at all.
   */
  readonly ready: Promise<void>;

  constructor(private readonly storage: Storage | null, preferred: readonly string[]) {
    this.ready = this.#show(startingLocale(storage, preferred)).then(
      () => undefined,
      () => undefined,
    );
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    const message = this.#texts.messages[key];
    // A page shown before `need()` settled: a bug of the page's loading, said plainly.
    if (message === undefined) throw new Error(`The text "${key}" is not loaded: its page must await i18n.need('messages')`);
    return messageInWords(message, this.locale, params);
  };

  /** Whether `key` names a text (for keys that come from elsewhere, such as a server's code). */
  has = (key: string): key is MessageKey => key in this.#texts.messages;

  /** Brings the texts of `level` in the current language (and in those chosen later) before a page reads them. */
  async need(level: TextLevel): Promise<void> {
    if (!atLeast(this.#level, level)) this.#level = level;
    // Called from templates' `{#await}`: reading the texts here must not make them re-run.
    if (!untrack(() => atLeast(this.#texts.level, level))) await this.#show(this.#wanted);
  }

  /** The cycle guide's wording in the current language. */
  get cycleText(): CycleText {
    return this.#tables().cycleText;
  }

  /** Names of the matrices, their fields and values in the current language. */
  get matrixLabels(): MatrixLabels {
    return this.#tables().matrixLabels;
  }

  /** The self-assessment's wording in the current language. */
  get practiceText(): PracticeText {
    return this.#tables().practiceText;
  }

  /** The document templates' words in the current language. */
  get templateText(): TemplateText {
    return this.#tables().templateText;
  }

  /** Switches once the language's texts have arrived; rejects, keeping the language, if they cannot. */
  async setLocale(locale: Locale): Promise<void> {
    if (await this.#show(locale)) this.storage?.setItem(LOCALE_STORAGE_KEY, locale);
  }

  #tables(): LocaleTables {
    const { tables } = this.#texts;
    if (!tables) throw new Error("The tables of the language are not loaded: the page must await i18n.need('all')");
    return tables;
  }

  /** Shows `locale` once its texts are loaded, unless another language was asked for meanwhile. */
  async #show(locale: Locale): Promise<boolean> {
    this.#wanted = locale;
    const texts = await textsAt(locale, this.#level);
    // A download of fewer texts never ends after one of more: the more include the same messages.
    if (this.#wanted !== locale) return false;
    this.#texts = texts;
    this.locale = locale;
    return true;
  }

  /** Formats a date in the UI language, so French users see "22 nov. 2025". */
  formatDate(iso: string): string {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return iso;
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
