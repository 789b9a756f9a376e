import { interpolate, type MessageParams } from '../../../../shared/i18n/interpolate.ts';
import { isPluralMessage, selectPlural } from '../../../../shared/i18n/plural.ts';
import type { WorkingLanguage } from '../../../../shared/i18n/working-languages.ts';
import type { MessageKey, Messages } from './en.ts';
import type { Locale } from './locales.ts';
import type { Message } from './message.ts';

/**
 * Native names of every working language (interface languages are among them), so a user who
 * cannot read the current language still finds their own.
 */
export const LOCALE_NAMES: Readonly<Record<WorkingLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  es: 'Español',
  ar: 'العربية',
};

export { interpolate, placeholdersOf, type MessageParams } from '../../../../shared/i18n/interpolate.ts';

export { directionOf } from '../../../../shared/i18n/in-language.ts';

export type { Locale } from './locales.ts';

/** The text of a message: a plural message takes the form its `count` parameter calls for. */
export function resolveMessage(locale: string, message: Message, params?: MessageParams): string {
  if (!isPluralMessage(message)) return message;
  const count = params?.['count'];
  return selectPlural(locale, message, typeof count === 'number' ? count : Number(count ?? Number.NaN));
}

/** A message of `locale` in words, its parameters filled in. */
export function messageInWords(message: Message, locale: Locale, params?: MessageParams): string {
  return interpolate(resolveMessage(locale, message, params), params, locale);
}

/** A message of `messages` (the dictionary of `locale`) in words, its parameters filled in. */
export function translateWith(messages: Messages, locale: Locale, key: MessageKey, params?: MessageParams): string {
  return messageInWords(messages[key], locale, params);
}
