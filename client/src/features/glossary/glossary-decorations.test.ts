import { EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';
import type { AgreedTerm } from '../../../../shared/schemas/glossary.ts';
import { createGlossaryPlugin, glossaryPluginKey, termAt, type GlossaryMeta } from './glossary-decorations.ts';

const schema = documentSchema();
const terms: AgreedTerm[] = [
  { id: 'refugee', term: 'refugee', definition: 'A person granted international protection' },
  { id: 'seeker', term: 'asylum seeker', definition: 'A person who asks for protection' },
];

function stateWith(paragraphs: string[], meta: GlossaryMeta = { terms, focusable: false }): EditorState {
  const doc = schema.node('doc', null, paragraphs.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])));
  const state = EditorState.create({ doc, plugins: [createGlossaryPlugin()] });
  return state.apply(state.tr.setMeta(glossaryPluginKey, meta));
}

/** The marked words, in document order. */
function marked(state: EditorState): Array<[string, string]> {
  const set = glossaryPluginKey.getState(state)?.decorations;
  return (set?.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => [state.doc.textBetween(d.from, d.to), (d.spec as { glossaryTerm: string }).glossaryTerm]);
}

/** What a search of the whole document finds: incremental updates must end at the same marks. */
function fromScratch(state: EditorState): Array<[string, string]> {
  const scratch = EditorState.create({ doc: state.doc, plugins: [createGlossaryPlugin()] });
  return marked(scratch.apply(scratch.tr.setMeta(glossaryPluginKey, { terms, focusable: false })));
}

const apply = (state: EditorState, change: (tr: Transaction) => Transaction) => state.apply(change(state.tr));

describe('glossary marks in the editor', () => {
  it('marks every agreed term, the longest first', () => {
    const state = stateWith(['The refugee and the asylum seeker.', 'No marks here.', 'Refugee']);
    expect(marked(state)).toEqual([['refugee', 'refugee'], ['asylum seeker', 'seeker'], ['Refugee', 'refugee']]);
  });

  it('follows typing: marks appear, move and disappear as the text changes', () => {
    let state = stateWith(['A refug', 'The refugee stays.']);
    expect(marked(state)).toEqual([['refugee', 'refugee']]);
    state = apply(state, (tr) => tr.insertText('ee', 8));
    expect(marked(state)).toEqual(fromScratch(state));
    expect(marked(state)).toHaveLength(2);
    // Breaking a term apart removes its mark; text before the second moves it.
    state = apply(state, (tr) => tr.insertText('s', 9));
    expect(marked(state)).toEqual([['refugee', 'refugee']]);
    expect(marked(state)).toEqual(fromScratch(state));
  });

  it('searches again the span a remote change replaced', () => {
    const state = stateWith(['One refugee.', 'Two.', 'Three.']);
    const remote = apply(state, (tr) =>
      tr.insertText(' and an asylum seeker', 12).setMeta(ySyncPluginKey, { isChangeOrigin: true }),
    );
    expect(marked(remote)).toEqual(fromScratch(remote));
    expect(marked(remote).map(([, id]) => id)).toEqual(['refugee', 'seeker']);
  });

  it('reads the term under the caret, and marks nothing without terms', () => {
    const state = stateWith(['The refugee stays.']);
    expect(termAt(state, 7)?.id).toBe('refugee');
    expect(termAt(state, 15)).toBeUndefined();
    expect(marked(stateWith(['The refugee stays.'], { terms: [], focusable: false }))).toEqual([]);
  });

  it('makes marks focusable, with the definition as their description, only when asked', () => {
    const attrsOf = (state: EditorState) =>
      (glossaryPluginKey.getState(state)?.decorations.find() ?? []).map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs);
    expect(attrsOf(stateWith(['refugee']))[0]).not.toHaveProperty('tabindex');
    expect(attrsOf(stateWith(['refugee'], { terms, focusable: true }))[0]).toMatchObject({ tabindex: '0', 'aria-describedby': 'glossary-definition' });
  });
});
