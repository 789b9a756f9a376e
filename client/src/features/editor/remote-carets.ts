import { Extension } from '@tiptap/core';
import { defaultSelectionBuilder, yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/**
 * The other people's carets and selections, drawn from the document's presence. Unlike Tiptap's
 * CollaborationCaret it never writes our own `user` into the presence: the collab session owns
 * that field, with the colour the server gave, and the stock extension rewrote it with the
 * colour it was built with each time the editor's plugins were reconfigured.
 */
export const RemoteCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'remoteCarets',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) throw new Error('RemoteCarets needs the document’s awareness');
    return [yCursorPlugin(awareness, { cursorBuilder: renderCaret, selectionBuilder: defaultSelectionBuilder })];
  },
});

/** Caret with a name label; built with DOM APIs so a display name is never parsed as HTML. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user['name'] === 'string' ? user['name'] : '';
  const color = typeof user['color'] === 'string' ? user['color'] : '#475569';
  const caret = document.createElement('span');
  caret.className = 'collab-caret';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}
