import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';
import { directionOf, directionTracker } from './text-direction.ts';

const schema = documentSchema();
const paragraph = (text: string) => schema.node('paragraph', null, text ? [schema.text(text)] : []);
const docOf = (texts: string[]) => schema.node('doc', null, texts.map(paragraph));

/** What `dir="auto"` does, the slow way: the first letter of all the text. */
function reference(doc: PmNode): 'ltr' | 'rtl' {
  const letter = [...doc.textContent].find((char) => /\p{L}/u.test(char));
  return letter && /[\u0590-\u08FF]/u.test(letter) ? 'rtl' : 'ltr';
}

describe('text direction', () => {
  it('is that of the first letter, skipping digits, punctuation and empty blocks', () => {
    expect(directionOf(docOf(['', '2024 — ', 'سياسة الهجرة الوطنية', 'National policy'])).dir).toBe('rtl');
    expect(directionOf(docOf(['1.', 'National policy', 'سياسة'])).dir).toBe('ltr');
    expect(directionOf(docOf(['', '123'])).dir).toBe('ltr');
    const quoted = schema.node('doc', null, [schema.node('blockquote', null, [paragraph('מדיניות')]), paragraph('Policy')]);
    expect(directionOf(quoted)).toEqual({ dir: 'rtl', through: 0 });
  });

  it('follows every edit like a full recomputation', () => {
    const text = fc.constantFrom('', '12', 'Policy', 'سياسة', ' ');
    const edit = fc.record({ block: fc.nat(), text, remove: fc.boolean() });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(edit, { maxLength: 10 }), (texts, edits) => {
        const direction = directionTracker();
        let state = EditorState.create({ doc: docOf(texts) });
        expect(direction(state.doc)).toBe(reference(state.doc));
        for (const e of edits) {
          const index = e.block % state.doc.childCount;
          let pos = 0;
          for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
          const tr = state.tr;
          if (e.remove && state.doc.childCount > 1) tr.delete(pos, pos + state.doc.child(index).nodeSize);
          else if (e.text) tr.insertText(e.text, pos + 1);
          else tr.insert(pos, paragraph(''));
          state = state.apply(tr);
          expect(direction(state.doc)).toBe(reference(state.doc));
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
