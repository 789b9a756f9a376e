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
 * Replaces `{name}` placeholders; unknown placeholders stay visible so they get noticed. Numbers
 * are written as the language writes them ("12 345" in French), through `Intl.NumberFormat`.
 */
export function interpolate(template: string, params?: MessageParams, locale: string = 'en'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** Placeholder names used by a template, for checking that translations keep them. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
