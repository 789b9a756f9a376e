/**
 * The writing direction of a paragraph or heading. Without one (`null`, the default) a block
 * takes the direction of its own first letter (`dir="auto"`), so Arabic and French paragraphs
 * sit side by side in one document; a writer overrides it when the first letter misleads (an
 * Arabic sentence opening with "UNHCR", a French one quoting Arabic first).
 */
export const BLOCK_DIRECTIONS = ['ltr', 'rtl'] as const;
export type BlockDirection = (typeof BLOCK_DIRECTIONS)[number];

/** The nodes that carry a direction: the blocks that hold running text. */
export const DIRECTED_BLOCKS = ['paragraph', 'heading'] as const;

export const isBlockDirection = (value: unknown): value is BlockDirection =>
  (BLOCK_DIRECTIONS as readonly unknown[]).includes(value);

export const LETTER = /\p{L}/u;
/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and their presentation forms. */
export const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** The direction `dir="auto"` gives a text: that of its first letter; null without letters. */
export function firstLetterDirection(text: string): BlockDirection | null {
  const letter = [...text].find((char) => LETTER.test(char));
  if (letter === undefined) return null;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}
