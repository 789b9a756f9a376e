/**
 * Plural messages: one text per CLDR plural category, chosen by `Intl.PluralRules` of the
 * language, so "1 open / 2 open" in English, "1 ouvert / 2 ouverts" in French and the six forms
 * of Arabic are each written as the language writes them. `other` is the one form every
 * language has, hence the fallback.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

export type PluralMessage = Readonly<Partial<Record<PluralCategory, string>> & { other: string }>;

/** A message of a dictionary: a text, or the forms of a text that depends on a count. */
export type Message = string | PluralMessage;

export const isPluralMessage = (message: Message): message is PluralMessage => typeof message !== 'string';

// PluralRules objects are costly to build and immutable: one per language.
const rules = new Map<string, Intl.PluralRules>();

// Cadre's Portuguese is written as in Cabo Verde and Portugal, where zero takes the plural
// ("0 contas"); plain `pt` follows Brazil's rule, which makes it singular.
const PLURAL_LOCALES: Readonly<Record<string, string>> = { pt: 'pt-PT' };

export function pluralRules(locale: string): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(PLURAL_LOCALES[locale] ?? locale);
    rules.set(locale, rule);
  }
  return rule;
}

/** The form of `message` for `count` in `locale`. */
export function selectPlural(locale: string, message: PluralMessage, count: number): string {
  return message[pluralRules(locale).select(count) as PluralCategory] ?? message.other;
}

/** The categories a language distinguishes, which a translation must all provide. */
export const pluralCategoriesOf = (locale: string): readonly PluralCategory[] =>
  pluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
