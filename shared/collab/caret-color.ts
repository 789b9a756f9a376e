/** Caret colours with enough contrast for white label text (WCAG AA at small sizes). */
export const CARET_COLORS = [
  '#1d4ed8', '#047857', '#b91c1c', '#7e22ce', '#b45309', '#0f766e', '#be185d', '#4338ca',
] as const;

/** The same colour for a person on every device and in every session, derived from their id. */
export function caretColorFor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length] ?? CARET_COLORS[0];
}
