import { createContext } from 'svelte';
import type { MessageKey } from './en.ts';
import {
  directionOf,
  isLocale,
  negotiateLocale,
  translate,
  type Locale,
  type MessageParams,
} from './translate.ts';

const STORAGE_KEY = 'cadre.locale';

/** The current language; components read `t()` so they re-render when it changes. */
export class I18n {
  locale = $state<Locale>('en');
  readonly dir = $derived(directionOf(this.locale));

  constructor(private readonly storage: Storage | null, preferred: readonly string[]) {
    const stored = storage?.getItem(STORAGE_KEY);
    this.locale = isLocale(stored) ? stored : negotiateLocale(preferred);
  }

  t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.storage?.setItem(STORAGE_KEY, locale);
  }

  /** Formats a date in the UI language, so French users see "22 nov. 2025". */
  formatDate(iso: string): string {
    const time = Date.parse(iso);
    if (Number.isNaN(time)) return iso;
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
