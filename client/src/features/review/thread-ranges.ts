import type { Node as PmNode } from '@tiptap/pm/model';
import { StepMap, type Mappable } from '@tiptap/pm/transform';

/** Where a thread's text lies in the editor: `from === to` for a suggested insertion. */
export type ThreadRange = { from: number; to: number };

/**
 * The span a change from Yjs replaced, as a step map: y-prosemirror replaces the whole
 * document, which would map every position to its edge. Null when the content is the same.
 */
export function replacedSpan(before: PmNode, after: PmNode): { map: StepMap; from: number; to: number } | null {
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content) ?? { a: before.content.size, b: after.content.size };
  // Repeated content can make the two ends cross; widen both so the span is well formed.
  const overlap = start - Math.min(end.a, end.b);
  const endBefore = end.a + Math.max(0, overlap);
  const endAfter = end.b + Math.max(0, overlap);
  return { map: new StepMap([start, endBefore - start, endAfter - start]), from: start, to: endBefore };
}

/** Maps a range through a change; null when its text is gone. */
export function mapRange(range: ThreadRange, mapping: Mappable, insertion: boolean): ThreadRange | null {
  // Like the anchors: the start sticks to the text after it, the end to the text before it.
  const from = mapping.map(range.from, 1);
  if (insertion) return { from, to: from };
  const to = mapping.map(range.to, -1);
  return to > from ? { from, to } : null;
}

