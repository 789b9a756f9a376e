import { createContext, untrack } from 'svelte';
import type { CycleText } from '../../../../shared/cycle/text.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { PracticeText } from '../../../../shared/practice/text.ts';
import type { TemplateText } from '../../../../shared/templates/template-types.ts';
import { ENGLISH_SHELL, loadBundle, loadShell, type LocaleBundle, type ShellBundle } from './bundle.ts';
import type { MessageKey } from './en.ts';
import {
  directionOf,
  isLocale,
  negotiateLocale,
  messageInWords,
  type Locale,
  type MessageParams,
} from './translate.ts';

const STORAGE_KEY = 'cadre.locale';

/**
 * The current language and its texts; components read `t()` and the tables below so they
 * re-render when it changes. A language's texts come in two parts: those of the pages shown
 * before signing in (`shell-<locale>.ts`; English's in the app's first script), then, once a
 * page needs them (`complete`), all the others, in one chunk per language. A language is shown
 * once the texts it needs have all arrived.
 */
export class I18n {
  locale = $state<Locale>('en');
  #texts = $state.raw<LocaleBundle | ShellBundle>(ENGLISH_SHELL);
  /** The language asked for last: a slower download of an earlier choice must not win. */
  #wanted: Locale = 'en';
  /** Set once a page has needed every text: later language changes then bring every text. */
  #everyText = false;
  readonly dir = $derived(directionOf(this.locale));
  /** The arrow of a link back to where one came from: it points the way the page reads backwards. */
  readonly backArrow = $derived(this.dir === 'rtl' ? '→' : '←');
  /**
   * Settles once the starting language (stored, else the browser's) is shown: the app is
   * mounted after it (main.ts), so a French reader never sees English flash first. Should its
   * texts fail to arrive, the app starts in English rather than not at all.
   */
  readonly ready: Promise<void>;

  constructor(private readonly storage: Storage | null, preferred: readonly string[]) {
    const stored = storage?.getItem(STORAGE_KEY);
    this.ready = this.#show(isLocale(stored) ? stored : negotiateLocale(preferred)).then(
      () => undefined,
      () => undefined,
    );
  }

  t = (key: MessageKey, params?: MessageParams): string => {
    const message = this.#texts.messages[key];
    // A page shown before `complete()` settled: a bug of the page's loading, said plainly.
    if (message === undefined) throw new Error(`The text "${key}" is not loaded: its page must await i18n.complete()`);
    return messageInWords(message, this.locale, params);
  };

  /** Brings every text of the current language (and of those chosen later) before a page needs it. */
  async complete(): Promise<void> {
    this.#everyText = true;
    // Called from templates' `{#await}`: reading the texts here must not make them re-run.
    if (!untrack(() => isEveryText(this.#texts))) await this.#show(this.#wanted);
  }

  /** The cycle guide's wording in the current language. */
  get cycleText(): CycleText {
    return this.#every().cycleText;
  }

  /** Names of the matrices, their fields and values in the current language. */
  get matrixLabels(): MatrixLabels {
    return this.#every().matrixLabels;
  }

  /** The self-assessment's wording in the current language. */
  get practiceText(): PracticeText {
    return this.#every().practiceText;
  }

  /** The document templates' words in the current language. */
  get templateText(): TemplateText {
    return this.#every().templateText;
  }

  /** Switches once the language's texts have arrived; rejects, keeping the language, if they cannot. */
  async setLocale(locale: Locale): Promise<void> {
    if (await this.#show(locale)) this.storage?.setItem(STORAGE_KEY, locale);
  }

  #every(): LocaleBundle {
    if (!isEveryText(this.#texts)) throw new Error('The pages’ texts are not loaded: the page must await i18n.complete()');
    return this.#texts;
  }

  /** Shows `locale` once its texts are loaded, unless another language was asked for meanwhile. */
  async #show(locale: Locale): Promise<boolean> {
    this.#wanted = locale;
    const texts = this.#everyText ? await loadBundle(locale) : await loadShell(locale);
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

const isEveryText = (texts: LocaleBundle | ShellBundle): texts is LocaleBundle => 'cycleText' in texts;

export const [getI18n, setI18n] = createContext<I18n>();
