/**
 * Finding the glossary's terms in running text, for the editor's marks. Terms match whole words
 * only ("asylum" is not found in "asylums"), in any letter case, with the spaces of a multiword
 * term matching any run of white space (a line break, a non-breaking space).
 * Accents count: "traite" (trafficking) and "traité" (treaty) are different French words.
 * Letters are those of every script, so Arabic, accented Latin and digits all bound words alike.
 */

export type MatchableTerm = { id: string; term: string };
export type TermMatch = { from: number; to: number; id: string };

/** More terms than any glossary of a policy has; keeps one pattern's size bounded. */
export const MAX_MATCHED_TERMS = 1000;

// A character that continues a word: letters of any script with their combining marks
// (accents typed as separate characters, Arabic vowel signs) and digits.
const WORD = '[\\p{L}\\p{M}\\p{N}_]';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export type TermMatcher = { find(text: string): TermMatch[] };

/**
 * A matcher for `terms`, or null when there is nothing to find. Where two terms start at the
 * same place the longer wins ("asylum seeker" over "asylum"); matches never overlap.
 */
export function createTermMatcher(terms: readonly MatchableTerm[]): TermMatcher | null {
  const seen = new Set<string>();
  const usable: Array<{ id: string; pattern: string; length: number }> = [];
  for (const { id, term } of terms.slice(0, MAX_MATCHED_TERMS)) {
    const words = term.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
    const key = words.join(' ').toLocaleLowerCase();
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    usable.push({ id, pattern: words.map(escape).join('\\s+'), length: key.length });
  }
  if (usable.length === 0) return null;
  usable.sort((a, b) => b.length - a.length);
  // One group per term, so the match says which term it is without comparing folded text.
  const pattern = new RegExp(`(?<!${WORD})(?:${usable.map((t) => `(${t.pattern})`).join('|')})(?!${WORD})`, 'giu');
  return {
    find(text: string): TermMatch[] {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const group = match.findIndex((value, index) => index > 0 && value !== undefined);
        const term = usable[group - 1];
        if (term) matches.push({ from: match.index, to: match.index + match[0].length, id: term.id });
      }
      return matches;
    },
  };
}
