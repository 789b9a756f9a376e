import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';
import { changedBlocks, entryPositions, nextOutline, outlineOf, positionOfEntry, sectionIndexAt } from './outline.ts';

const schema = documentSchema();

type Block = { kind: 'paragraph' | 'heading' | 'quote'; level: number; text: string };
const block = fc.record({
  kind: fc.constantFrom('paragraph', 'paragraph', 'heading', 'quote') as fc.Arbitrary<Block['kind']>,
  level: fc.integer({ min: 1, max: 3 }),
  text: fc.constantFrom('', ' ', 'Scope', 'Aims', 'Budget and means'),
});

function node(b: Block): PmNode {
  const content = b.text ? [schema.text(b.text)] : [];
  if (b.kind === 'heading') return schema.node('heading', { level: b.level }, content);
  const paragraph = schema.node('paragraph', null, content);
  // A heading inside a quote is not a chapter: it must never enter the outline.
  return b.kind === 'quote' ? schema.node('blockquote', null, [schema.node('heading', { level: b.level }, content), paragraph]) : paragraph;
}

const docOf = (blocks: Block[]): PmNode => schema.node('doc', null, blocks.length ? blocks.map(node) : [schema.node('paragraph')]);

/** An edit of the kinds typing and formatting make, addressed by block so it always applies. */
type Edit =
  | { op: 'type'; at: number; text: string }
  | { op: 'remove'; at: number }
  | { op: 'insert'; at: number; block: Block }
  | { op: 'retype'; at: number; level: number }
  | { op: 'join'; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('x', ' ', 'new words') }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), block }),
  fc.record({ op: fc.constant('retype' as const), at: fc.nat(), level: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ op: fc.constant('join' as const), at: fc.nat() }),
);

function apply(state: EditorState, e: Edit): Transaction {
  const tr = state.tr;
  const doc = state.doc;
  const index = e.at % doc.childCount;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const target = doc.child(index);
  if (e.op === 'type') tr.insertText(e.text, target.isTextblock ? pos + 1 + (e.at % (target.content.size + 1)) : pos + 2);
  if (e.op === 'remove' && doc.childCount > 1) tr.delete(pos, pos + target.nodeSize);
  if (e.op === 'insert') tr.insert(pos, node(e.block));
  if (e.op === 'retype' && target.isTextblock) {
    tr.setNodeMarkup(pos, e.level === 0 ? schema.nodes['paragraph'] : schema.nodes['heading'], e.level === 0 ? null : { level: e.level });
  }
  // Deleting across a block boundary (Backspace at a block's start) joins two blocks.
  if (e.op === 'join' && index > 0) tr.delete(pos - 2, pos + 2);
  return tr;
}

describe('outline', () => {
  it('lists top-level headings with text, in order', () => {
    const doc = docOf([
      { kind: 'heading', level: 1, text: 'Scope' },
      { kind: 'paragraph', level: 1, text: 'Body' },
      { kind: 'quote', level: 2, text: 'Quoted' },
      { kind: 'heading', level: 2, text: ' ' },
      { kind: 'heading', level: 3, text: 'Aims' },
    ]);
    expect(outlineOf(doc)).toEqual([{ level: 1, text: 'Scope' }, { level: 3, text: 'Aims' }]);
    expect(entryPositions(doc).map((pos) => doc.nodeAt(pos)?.textContent)).toEqual(['Scope', 'Aims']);
    expect(positionOfEntry(doc, 1)).toBe(entryPositions(doc)[1]);
    expect(positionOfEntry(doc, 2)).toBeNull();
  });

  it('keeps the very same outline when typing in a paragraph', () => {
    const state = EditorState.create({ doc: docOf([{ kind: 'heading', level: 1, text: 'Scope' }, { kind: 'paragraph', level: 1, text: 'Body' }]) });
    const outline = outlineOf(state.doc);
    const tr = state.tr.insertText('x', 10);
    expect(changedBlocks(tr.before, tr.doc)).toEqual({ start: 1, endBefore: 2, endAfter: 2 });
    expect(nextOutline(outline, tr.before, tr.doc)).toBe(outline);
  });

  it('after any edit equals a full recomputation, and keeps unchanged entries as the same objects', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (blocks, edits) => {
        let state = EditorState.create({ doc: docOf(blocks) });
        let outline = outlineOf(state.doc);
        for (const e of edits) {
          const tr = apply(state, e);
          const next = nextOutline(outline, tr.before, tr.doc);
          expect(next).toEqual(outlineOf(tr.doc));
          next.forEach((entry, i) => {
            const old = outline[i];
            if (old && old.level === entry.level && old.text === entry.text) expect(entry).toBe(old);
          });
          outline = next;
          state = state.apply(tr);
        }
        // A change from Yjs rebuilds every node: nothing is shared, and the outline still holds.
        const rebuilt = schema.nodeFromJSON(state.doc.toJSON());
        expect(nextOutline(outline, state.doc, rebuilt)).toEqual(outlineOf(rebuilt));
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('places a position in the section of the last heading at or before it', () => {
    expect(sectionIndexAt([], 5)).toBe(-1);
    expect(sectionIndexAt([10, 20, 30], 5)).toBe(-1);
    expect(sectionIndexAt([10, 20, 30], 10)).toBe(0);
    expect(sectionIndexAt([10, 20, 30], 25)).toBe(1);
    expect(sectionIndexAt([10, 20, 30], 99)).toBe(2);
  });
});
