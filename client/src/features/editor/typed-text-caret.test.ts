import { Schema } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { keepCaretAfterTypedText } from './typed-text-caret.ts';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });

/** Two paragraphs, the caret at the start of the second (empty) one, as after Enter. */
function afterEnter(): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, schema.text('Context')), schema.node('paragraph')]);
  return EditorState.create({ doc, selection: TextSelection.create(doc, 10) });
}

/** What ProseMirror builds from the page: the text inserted, the caret where the page says. */
function readFromPage(state: EditorState, text: string, caret: number): () => Transaction {
  return () => {
    const tr = state.tr.insertText(text, state.selection.from);
    return tr.setSelection(TextSelection.create(tr.doc, caret));
  };
}

function typing(state: EditorState, composing = false) {
  const dispatched: Transaction[] = [];
  return { view: { composing, dispatch: (tr: Transaction) => void dispatched.push(tr) }, dispatched };
}

describe('the caret after typed text', () => {
  it('is put after the letter when the page reports it before', () => {
    const state = afterEnter();
    const { view, dispatched } = typing(state);
    expect(keepCaretAfterTypedText(view, 10, 10, 'O', readFromPage(state, 'O', 10))).toBe(true);
    expect(dispatched).toHaveLength(1);
    const next = state.apply(dispatched[0]!);
    expect(next.doc.child(1).textContent).toBe('O');
    expect(next.selection.head).toBe(11);
  });

  it('is left to ProseMirror when the page reports it after the text', () => {
    const state = afterEnter();
    const { view, dispatched } = typing(state);
    expect(keepCaretAfterTypedText(view, 10, 10, 'O', readFromPage(state, 'O', 11))).toBe(false);
    expect(dispatched).toHaveLength(0);
  });

  it('is left to the input method while composing, and to ProseMirror when text replaced a range', () => {
    const state = afterEnter();
    const composing = typing(state, true);
    expect(keepCaretAfterTypedText(composing.view, 10, 10, 'O', readFromPage(state, 'O', 10))).toBe(false);
    const replacing = typing(state);
    expect(keepCaretAfterTypedText(replacing.view, 2, 5, 'O', readFromPage(state, 'O', 2))).toBe(false);
    expect([...composing.dispatched, ...replacing.dispatched]).toHaveLength(0);
  });
});
