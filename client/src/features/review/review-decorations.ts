import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Thread } from '../../../../shared/schemas/review.ts';
import { rangeOfAnchor } from './editor-anchors.ts';

export const reviewPluginKey = new PluginKey('cadre-review');

export type ReviewDecorationSource = {
  threads: () => readonly Thread[];
  activeId: () => string | null;
  onActivate: (threadId: string) => void;
};

/**
 * Shows open threads and pending suggestions in the text as decorations only: highlights,
 * struck-through text and a preview of inserted text. Nothing is written to the Y.Doc, so
 * members who may only comment never change the content.
 */
export function createReviewPlugin(source: ReviewDecorationSource): Plugin {
  return new Plugin({
    key: reviewPluginKey,
    props: {
      decorations: (state) => decorationsOf(state, source.threads(), source.activeId()),
      handleClick: (_view, _pos, event) => {
        const target = event.target instanceof Element ? event.target.closest('[data-thread]') : null;
        const id = target?.getAttribute('data-thread');
        if (id) source.onActivate(id);
        return false;
      },
    },
  });
}

function decorationsOf(state: EditorState, threads: readonly Thread[], activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const pending = thread.suggestion?.status === 'pending';
    if (thread.detached || (thread.status !== 'open' && !pending)) continue;
    const range = rangeOfAnchor(state, thread.anchor, thread.quote === '');
    if (!range) continue;
    const active = thread.id === activeId ? ' review-active' : '';
    if (!thread.suggestion) {
      decorations.push(Decoration.inline(range.from, range.to, { class: `review-mark${active}`, 'data-thread': thread.id }));
      continue;
    }
    if (range.to > range.from) {
      decorations.push(Decoration.inline(range.from, range.to, { class: `review-del${active}`, 'data-thread': thread.id }));
    }
    if (thread.suggestion.text !== '') {
      const text = thread.suggestion.text;
      decorations.push(
        Decoration.widget(range.to, () => insertionPreview(text, thread.id, active), { side: 1, key: `${thread.id}:${text}${active}` }),
      );
    }
  }
  return DecorationSet.create(state.doc, decorations);
}

function insertionPreview(text: string, threadId: string, active: string): HTMLElement {
  const span = document.createElement('ins');
  span.className = `review-ins${active}`;
  span.dataset['thread'] = threadId;
  span.textContent = text;
  span.contentEditable = 'false';
  return span;
}
