/**
 * Twelve caret colours, enough to tell a core working group apart: each is far from the others
 * (CIE76 ΔE over 20) and dark enough for the white text of a caret's name label (contrast over
 * 4.5:1, WCAG AA for small text). Both are checked by caret-color.test.ts.
 */
export const CARET_COLORS = [
  '#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490',
  '#be185d', '#4d7c0f', '#312e81', '#854d0e', '#475569', '#86198f',
] as const;

function preferredIndex(userId: string): number {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % CARET_COLORS.length;
}

/** A person's own colour, the same on every device and in every session, derived from their id. */
export function caretColorFor(userId: string): string {
  return CARET_COLORS[preferredIndex(userId)] ?? CARET_COLORS[0];
}

/**
 * The colour a person gets in a document where others already hold `taken`: their own if it is
 * free, else the next free one in the palette, so everyone present is told apart (up to twelve
 * people; past that, colours repeat).
 */
export function caretColorAmong(userId: string, taken: ReadonlySet<string>): string {
  const start = preferredIndex(userId);
  for (let step = 0; step < CARET_COLORS.length; step++) {
    const color = CARET_COLORS[(start + step) % CARET_COLORS.length];
    if (color && !taken.has(color)) return color;
  }
  return caretColorFor(userId);
}
