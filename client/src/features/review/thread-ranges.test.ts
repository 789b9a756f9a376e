import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';
import { mapRange, replacedSpan } from './thread-ranges.ts';

const schema = documentSchema();
const paragraph = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const docOf = (texts: string[]) => schema.node('doc', null, texts.map(paragraph));
/** The text on each side of a position, with block boundaries visible. */
const before = (doc: PmNode, pos: number) => doc.textBetween(0, pos, '|', '#');
const after = (doc: PmNode, pos: number) => doc.textBetween(pos, doc.content.size, '|', '#');

describe('thread ranges', () => {
  it('keep what is typed at either edge outside the range, and are lost with their text', () => {
    const state = EditorState.create({ doc: docOf(['The national plan guarantees access.']) });
    // "national" is [5, 13) in the paragraph, [5+1, 13+1) in the document.
    const range = { from: 5, to: 13 };
    const atStart = state.tr.insertText('X', 5);
    expect(mapRange(range, atStart.mapping, false)).toEqual({ from: 6, to: 14 });
    const atEnd = state.tr.insertText('X', 13);
    expect(mapRange(range, atEnd.mapping, false)).toEqual({ from: 5, to: 13 });
    const inside = state.tr.insertText('X', 8);
    expect(mapRange(range, inside.mapping, false)).toEqual({ from: 5, to: 14 });
    expect(mapRange(range, state.tr.delete(3, 16).mapping, false)).toBeNull();
    // A suggested insertion stays after text typed at its place.
    expect(mapRange({ from: 5, to: 5 }, atStart.mapping, true)).toEqual({ from: 6, to: 6 });
  });

  it('find the span a rebuilt document changed, and map every position outside it to the same text', () => {
    const text = fc.constantFrom('', 'a', 'aa', 'plan', 'the plan', 'access for all');
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 6 }), (a, b) => {
        const old = docOf(a);
        // As y-prosemirror does after a change from Yjs: every node new, nothing shared.
        const rebuilt = schema.nodeFromJSON(docOf(b).toJSON());
        const span = replacedSpan(old, rebuilt);
        if (!span) {
          expect(old.eq(rebuilt)).toBe(true);
          return;
        }
        for (let pos = 0; pos <= old.content.size; pos++) {
          if (pos <= span.from) expect(before(rebuilt, span.map.map(pos, -1))).toBe(before(old, pos));
          if (pos >= span.to) expect(after(rebuilt, span.map.map(pos, 1))).toBe(after(old, pos));
        }
        expect(old.content.size - (span.to - span.from) + (span.map.map(span.to, 1) - span.map.map(span.from, -1))).toBe(rebuilt.content.size);
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
