/**
 * Test support: random policy-like documents and random edits for property tests of the
 * Yjs↔ProseMirror binding (fast-check arbitraries, applied through ProseMirror transactions).
 */
import fc from 'fast-check';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { schema } from './headless-peer.ts';

type Json = Record<string, unknown>;

const word = fc.constantFrom('policy', 'data', 'règle', 'سياسة', 'a', 'migration', 'x y');
const text = fc.array(word, { minLength: 0, maxLength: 4 }).map((words) => words.join(' '));
const inline = fc.tuple(text, fc.boolean()).map(([t, bold]): Json[] =>
  t === '' ? [] : [{ type: 'text', text: t, ...(bold ? { marks: [{ type: 'bold' }] } : {}) }]);
const paragraph = inline.map((content): Json => ({ type: 'paragraph', content }));
const heading = fc.tuple(fc.constantFrom(1, 2, 3), inline).map(([level, content]): Json => ({ type: 'heading', attrs: { level }, content }));
const list = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items): Json => ({
  type: 'bulletList', content: items.map((p) => ({ type: 'listItem', content: [p] })),
}));
const block = fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 2, arbitrary: heading }, { weight: 1, arbitrary: list });

/** Documents of 1–12 blocks: paragraphs (some empty), headings and bullet lists. */
export const documentArb = fc.array(block, { minLength: 1, maxLength: 12 })
  .map((content) => schema.nodeFromJSON({ type: 'doc', content }));

/** Where in the document, as a fraction of its size, so it applies to any document. */
const place = fc.double({ min: 0, max: 1, noNaN: true });

export type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'split'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'bold'; at: number; length: number }
  | { kind: 'move'; from: number; to: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), at: place, text: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), at: place }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: place, length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bold' as const), at: place, length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), from: place, to: place }) },
);

const positionAt = (doc: PMNode, at: number): number => Math.round(at * doc.content.size);

/** The edit as a transaction on `tr`, or null when it does not fit this document. */
export function applyEdit(tr: Transaction, edit: Edit): Transaction | null {
  const { doc } = tr;
  if (edit.kind === 'move') return moveBlock(tr, edit.from, edit.to);
  const pos = positionAt(doc, edit.at);
  const $pos = doc.resolve(pos);
  switch (edit.kind) {
    case 'type':
      return $pos.parent.inlineContent ? tr.insertText(edit.text, pos) : null;
    case 'split':
      return $pos.parent.inlineContent && $pos.depth > 0 ? tr.split(pos) : null;
    case 'delete':
      return tr.delete(pos, Math.min(doc.content.size, pos + edit.length));
    case 'bold':
      return tr.addMark(pos, Math.min(doc.content.size, pos + edit.length), schema.marks['bold']!.create());
  }
}

/** Moves one top-level block elsewhere, as a drag-and-drop of a block does. */
function moveBlock(tr: Transaction, from: number, to: number): Transaction | null {
  const { doc } = tr;
  if (doc.childCount < 2) return null;
  const source = Math.min(doc.childCount - 1, Math.floor(from * doc.childCount));
  const node = doc.child(source);
  let start = 0;
  for (let i = 0; i < source; i++) start += doc.child(i).nodeSize;
  tr.delete(start, start + node.nodeSize);
  const target = Math.min(tr.doc.childCount, Math.floor(to * (tr.doc.childCount + 1)));
  let insertAt = 0;
  for (let i = 0; i < target; i++) insertAt += tr.doc.child(i).nodeSize;
  return tr.insert(insertAt, node);
}
