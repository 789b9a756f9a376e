import { createContext } from 'svelte';
import type { CycleText } from '../../../../shared/cycle/text.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import type { PracticeText } from '../../../../shared/practice/text.ts';
import type { TemplateText } from '../../../../shared/templates/template-types.ts';
import { ENGLISH, loadBundle, type LocaleBundle } from './bundle.ts';
import type { MessageKey } from './en.ts';
import {
  directionOf,
  isLocale,
  negotiateLocale,
  translateWith,
  type Locale,
  type MessageParams,
} from './translate.ts';

const STORAGE_KEY = 'cadre.locale';

/**
 * The current language and its texts; components read `t()` and the tables below so they
 * re-render when it changes. Only English is in the app's first script: another language's
 * texts are downloaded when it is chosen (`loadBundle`), and shown once they are all there.
 */
export class I18n {
  locale = $state<Locale>('en');
  #texts = $state.raw<LocaleBundle>(ENGLISH);
  /** The language asked for last: a slower download of an earlier choice must not win. */
  #wanted: Locale = 'en';
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

  t = (key: MessageKey, params?: MessageParams): string => translateWith(this.#texts.messages, this.locale, key, params);

  /** The cycle guide's wording in the current language. */
  get cycleText(): CycleText {
    return this.#texts.cycleText;
  }

  /** Names of the matrices, their fields and values in the current language. */
  get matrixLabels(): MatrixLabels {
    return this.#texts.matrixLabels;
  }

  /** The self-assessment's wording in the current language. */
  get practiceText(): PracticeText {
    return this.#texts.practiceText;
  }

  /** The document templates' words in the current language. */
  get templateText(): TemplateText {
    return this.#texts.templateText;
  }

  /** Switches once the language's texts have arrived; rejects, keeping the language, if they cannot. */
  async setLocale(locale: Locale): Promise<void> {
    if (await this.#show(locale)) this.storage?.setItem(STORAGE_KEY, locale);
  }

  /** Shows `locale` once its texts are loaded, unless another language was asked for meanwhile. */
  async #show(locale: Locale): Promise<boolean> {
    this.#wanted = locale;
    const texts = await loadBundle(locale);
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
