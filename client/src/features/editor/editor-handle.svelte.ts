import { Editor, type AnyExtension } from '@tiptap/core';
import { nextOutline, outlineOf, positionOfEntry, type OutlineEntry } from './outline.ts';
import { isActive } from './selection-state.ts';

/**
 * Wraps a Tiptap editor so components can react to it: Tiptap mutates in place, so transactions
 * bump `revision` and readers that touch `revision` re-run; they must cost O(1) or O(change),
 * never O(document). They re-run once per frame, after it is painted, so a typed character
 * reaches the screen before the toolbar, review and glossary states that follow it are worked
 * out. The outline is kept up to date per transaction at the cost of the change, not of the
 * document.
 */
export class EditorHandle {
  editor = $state.raw<Editor | null>(null);
  revision = $state(0);
  /** Changes only when a heading does: typing in a paragraph leaves it (and the sidebar) alone. */
  outline = $state.raw<OutlineEntry[]>([]);
  private shownOutline: OutlineEntry[] = [];
  private transactions = 0;
  private revisionDue = false;
  private threadClickListener: ((threadId: string) => void) | null = null;

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
          // `dir` follows the text, not the interface: see TextDirection (editor-extensions.ts).
        },
      },
    });
    editor.on('transaction', ({ transaction }) => {
      if (transaction.docChanged) {
        // From a plain field, like the counters: reading `outline` here would make an effect
        // that dispatches a command depend on it.
        const outline = nextOutline(this.shownOutline, transaction.before, transaction.doc);
        if (outline !== this.shownOutline) this.outline = this.shownOutline = outline;
      }
      this.transactions++;
      this.bumpRevisionAfterPaint();
    });
    this.outline = this.shownOutline = outlineOf(editor.state.doc);
    this.editor = editor;
  }

  /** Tells the review panel, once it is there, that the text of a thread was clicked. */
  threadClicked(threadId: string): void {
    this.threadClickListener?.(threadId);
  }

  /** Follows clicks on threads' text until the returned function is called. */
  onThreadClicked(listener: (threadId: string) => void): () => void {
    this.threadClickListener = listener;
    return () => {
      if (this.threadClickListener === listener) this.threadClickListener = null;
    };
  }

  /** A timer set from an animation frame runs after that frame is painted. */
  private bumpRevisionAfterPaint(): void {
    if (this.revisionDue) return;
    this.revisionDue = true;
    requestAnimationFrame(() => setTimeout(() => {
      this.revisionDue = false;
      // Assigned from a plain counter: `revision++` would also *read* the state, making any
      // effect that dispatches a command depend on it and loop forever.
      this.revision = this.transactions;
    }));
  }

  /** Reads editor state reactively; `fallback` while the editor is not mounted. */
  read<T>(fn: (editor: Editor) => T, fallback: T): T {
    void this.revision;
    return this.editor ? fn(this.editor) : fallback;
  }

  isActive(name: string, attributes?: Record<string, unknown>): boolean {
    return this.read((e) => isActive(e.state, name, attributes), false);
  }

  /** Selects a heading and scrolls it to the top of the view. */
  goTo(index: number): void {
    const editor = this.editor;
    const pos = editor && positionOfEntry(editor.state.doc, index);
    if (!editor || pos === null) return;
    const node = editor.view.nodeDOM(pos);
    editor
      .chain()
      .focus(undefined, { scrollIntoView: false })
      .setTextSelection(pos + 1)
      .run();
    if (node instanceof HTMLElement) node.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  destroy(): void {
    this.editor?.destroy();
    this.editor = null;
    this.outline = this.shownOutline = [];
  }
}
