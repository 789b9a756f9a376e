export type MessageParams = Readonly<Record<string, string | number>>;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    // Grouping from five digits only, so that years (2026) are never written "2,026".
    format = new Intl.NumberFormat(locale, { useGrouping: 'min2' });
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * Languages that write an integer under 10,000 as its plain ASCII digits (no grouping before five
 * digits, see above). Arabic is not among them: whether its digits are Arabic-Indic depends on
 * the browser's locale data.
 */
const PLAIN_SMALL_INTEGERS = new Set(['en', 'fr', 'pt', 'es']);

/**
 * A number as `locale` writes it. Small counts (a heading level, a number of comments) skip
 * `Intl.NumberFormat`: the first one a page makes loads the language's number data, ~20 ms of
 * Chromium's main thread while the editor's toolbar is first drawn.
 */
export function formatNumber(value: number, locale: string): string {
  const plain = Number.isInteger(value) && value >= 0 && value < 10_000 && !Object.is(value, -0) && PLAIN_SMALL_INTEGERS.has(locale.split('-')[0] ?? '');
  return plain ? String(value) : numberFormat(locale).format(value);
}

/**
 * Replaces `{name}` placeholders; unknown placeholders stay visible so they get noticed. Numbers
 * are written as the language writes them ("12 345" in French), through `Intl.NumberFormat`.
 */
export function interpolate(template: string, params?: MessageParams, locale: string = 'en'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** Placeholder names used by a template, for checking that translations keep them. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
