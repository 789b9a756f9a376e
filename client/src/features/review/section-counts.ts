import type { EditorState } from '@tiptap/pm/state';
import type { Thread } from '../../../../shared/schemas/review.ts';
import { entryPositions, sectionIndexAt } from '../editor/outline.ts';
import { threadRanges } from './review-decorations.ts';

/**
 * Open threads per outline entry (by the entry's index): each thread counts for the last
 * heading before its text. Uses the ranges the review plugin keeps, so it costs one pass over
 * the top-level blocks; callers recompute it only when the outline or the placed ranges change,
 * not at every keystroke.
 */
export function sectionCounts(state: EditorState, threads: readonly Thread[]): number[] {
  const headings = entryPositions(state.doc);
  const counts = headings.map(() => 0);
  const ranges = threadRanges(state);
  for (const thread of threads) {
    if (thread.status !== 'open' || thread.detached) continue;
    const range = ranges.get(thread.id);
    const index = range ? sectionIndexAt(headings, range.from) : -1;
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** Whether two results of `sectionCounts` hold the same counts. */
export const sameCounts = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((count, index) => count === b[index]));
