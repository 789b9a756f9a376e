import { Editor, type AnyExtension } from '@tiptap/core';
import { outlineOf, type OutlineEntry } from './outline.ts';

/**
 * Wraps a Tiptap editor so components can react to it: Tiptap mutates in place, so every
 * transaction bumps `revision` and readers that touch `revision` re-run. Readers that depend on
 * the text only (outline, review counts) touch `docRevision`, which moves only when the document
 * changed: a caret move or a selection then costs them nothing.
 */
export class EditorHandle {
  editor = $state.raw<Editor | null>(null);
  revision = $state(0);
  docRevision = $state(0);
  private transactions = 0;
  private docChanges = 0;
  readonly outline: OutlineEntry[] = $derived.by(() => {
    void this.docRevision;
    return this.editor ? outlineOf(this.editor.state.doc) : [];
  });

  mount(element: HTMLElement, extensions: AnyExtension[], ariaLabel: string, editable = true): void {
    const editor = new Editor({
      element,
      extensions,
      editable,
      editorProps: {
        attributes: {
          'aria-label': ariaLabel,
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
          class: 'document-body',
          // The text's language is not the interface language: an English draft stays
          // left-to-right in the Arabic interface, and the reverse.
          dir: 'auto',
        },
      },
    });
    // Assign from a plain counter: `revision++` would also *read* the state, making any
    // effect that dispatches a command (e.g. updateUser) depend on it and loop forever.
    editor.on('transaction', ({ transaction }) => {
      this.revision = ++this.transactions;
      if (transaction.docChanged) this.docRevision = ++this.docChanges;
    });
    this.editor = editor;
  }

  /** Reads editor state reactively; `fallback` while the editor is not mounted. */
  read<T>(fn: (editor: Editor) => T, fallback: T): T {
    void this.revision;
    return this.editor ? fn(this.editor) : fallback;
  }

  /** Like `read`, for what depends on the document's content only, not on the selection. */
  readContent<T>(fn: (editor: Editor) => T, fallback: T): T {
    void this.docRevision;
    return this.editor ? fn(this.editor) : fallback;
  }

  isActive(name: string, attributes?: Record<string, unknown>): boolean {
    return this.read((e) => e.isActive(name, attributes ?? {}), false);
  }

  /** Selects a heading and scrolls it to the top of the view. */
  goTo(entry: OutlineEntry): void {
    const editor = this.editor;
    if (!editor) return;
    const node = editor.view.nodeDOM(entry.pos);
    editor
      .chain()
      .focus(undefined, { scrollIntoView: false })
      .setTextSelection(entry.pos + 1)
      .run();
    if (node instanceof HTMLElement) node.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  destroy(): void {
    this.editor?.destroy();
    this.editor = null;
  }
}
