import type { Node as PmNode } from '@tiptap/pm/model';

export interface OutlineEntry {
  level: number;
  text: string;
}

/**
 * An outline entry is a top-level heading with text (headings inside tables or quotes are not
 * chapters). Entries carry no position: positions move at every keystroke before them, while
 * the outline changes only when a heading does.
 */
function entryOf(node: PmNode): OutlineEntry | null {
  if (node.type.name !== 'heading') return null;
  const text = node.textContent.trim();
  if (!text) return null;
  const level = Number(node.attrs['level']);
  return { level: Number.isFinite(level) ? level : 1, text };
}

/** Top-level headings in document order. */
export function outlineOf(doc: PmNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.forEach((node) => {
    const entry = entryOf(node);
    if (entry) entries.push(entry);
  });
  return entries;
}

/**
 * The top-level blocks that differ between two versions of a document: `[start, endBefore)`
 * in `before` and `[start, endAfter)` in `after`, or null when none does. Unchanged blocks are
 * the same objects in both (ProseMirror shares them), so this compares references only and
 * stops at the first difference from each end.
 */
export function changedBlocks(before: PmNode, after: PmNode): { start: number; endBefore: number; endAfter: number } | null {
  const a = before.content;
  const b = after.content;
  let start = 0;
  const shortest = Math.min(a.childCount, b.childCount);
  while (start < shortest && a.child(start) === b.child(start)) start++;
  let endBefore = a.childCount;
  let endAfter = b.childCount;
  while (endBefore > start && endAfter > start && a.child(endBefore - 1) === b.child(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return start === endBefore && start === endAfter ? null : { start, endBefore, endAfter };
}

function anyHeading(doc: PmNode, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.child(i).type.name === 'heading') return true;
  return false;
}

const sameEntry = (a: OutlineEntry | undefined, b: OutlineEntry): boolean => a?.level === b.level && a.text === b.text;

/**
 * The outline after a change from `before` to `after`: the very same array when no heading was
 * touched (typing in a paragraph costs nothing), else recomputed with every unchanged entry
 * kept as the same object, so a list keyed by order redraws only what changed.
 */
export function nextOutline(previous: OutlineEntry[], before: PmNode, after: PmNode): OutlineEntry[] {
  const changed = changedBlocks(before, after);
  if (!changed) return previous;
  if (!anyHeading(before, changed.start, changed.endBefore) && !anyHeading(after, changed.start, changed.endAfter)) return previous;
  const next = outlineOf(after);
  let same = next.length === previous.length;
  for (let i = 0; i < next.length; i++) {
    const entry = next[i] as OutlineEntry;
    if (sameEntry(previous[i], entry)) next[i] = previous[i] as OutlineEntry;
    else same = false;
  }
  return same ? previous : next;
}

/** Position of the outline's `index`-th entry in `doc`, or null if there is none. */
export function positionOfEntry(doc: PmNode, index: number): number | null {
  let seen = 0;
  let found: number | null = null;
  doc.forEach((node, offset) => {
    if (found !== null || !entryOf(node)) return;
    if (seen++ === index) found = offset;
  });
  return found;
}

/** Index of the outline entry whose section holds `pos` (the last heading before it), per sorted heading positions. */
export function sectionIndexAt(headingPositions: readonly number[], pos: number): number {
  let low = 0;
  let high = headingPositions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((headingPositions[mid] as number) <= pos) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Positions of the outline's entries, in order. */
export function entryPositions(doc: PmNode): number[] {
  const positions: number[] = [];
  doc.forEach((node, offset) => {
    if (entryOf(node)) positions.push(offset);
  });
  return positions;
}
