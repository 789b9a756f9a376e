import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Keeps the caret after the text a keystroke inserted.
 *
 * ProseMirror lets the browser insert typed text, then reads the text and the caret back from
 * the page. When a key arrives before the browser has dispatched the `selectionchange` of the
 * caret ProseMirror just placed (Enter then a letter on a busy page: the browser handles input
 * before other tasks), Chromium inserts the letter into the new empty paragraph but reports the
 * caret *before* it, and ProseMirror puts it there: "Objectives" became "bjectivesO". Typing
 * never leaves the caret in front of what it inserted, so that reading is corrected. Input
 * methods (composition) are left to ProseMirror, which handles their carets on its own.
 */
export function keepCaretAfterTypedText(
  view: Pick<EditorView, 'composing' | 'dispatch'>,
  from: number,
  to: number,
  text: string,
  insert: () => Transaction,
): boolean {
  if (view.composing || from !== to || text === '') return false;
  const tr = insert();
  if (!tr.selection.empty || tr.selection.head !== from) return false;
  view.dispatch(tr.setSelection(TextSelection.create(tr.doc, from + text.length)));
  return true;
}

export const TypedTextCaret = Extension.create({
  name: 'typedTextCaret',
  // After the input rules (which also handle typed text): those see every keystroke first.
  priority: 1,
  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleTextInput: keepCaretAfterTypedText } })];
  },
});
