import type { Thread } from '../../../../shared/schemas/review.ts';
import type { EditorHandle } from '../editor/editor-handle.svelte.ts';
import { rangeOfAnchor } from './editor-anchors.ts';

/**
 * Open threads per outline entry (keyed by the heading's position): each thread counts for
 * the last heading before its text. Recomputed when the text changes (`handle.readContent`).
 */
export function sectionCounts(handle: EditorHandle, threads: readonly Thread[]): ReadonlyMap<number, number> {
  return handle.readContent((editor) => {
    const counts = new Map<number, number>();
    const headings = handle.outline;
    for (const thread of threads) {
      if (thread.status !== 'open' || thread.detached) continue;
      const range = rangeOfAnchor(editor.state, thread.anchor, thread.quote === '');
      if (!range) continue;
      const heading = headings.findLast((entry) => entry.pos <= range.from);
      if (heading) counts.set(heading.pos, (counts.get(heading.pos) ?? 0) + 1);
    }
    return counts;
  }, new Map());
}
