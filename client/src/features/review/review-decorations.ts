import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Thread } from '../../../../shared/schemas/review.ts';
import { rangeOfAnchor } from './editor-anchors.ts';
import { mapRange, replacedSpan, type ThreadRange } from './thread-ranges.ts';

/**
 * Where every thread's text lies in the editor, and the decorations that show open threads and
 * pending suggestions (highlights, struck-through text, a preview of inserted text). Nothing is
 * written to the Y.Doc, so members who may only comment never change the content.
 *
 * Anchors are Yjs relative positions; resolving one walks the document up to it, so they are
 * resolved only when the threads change. Typing maps the ranges and decorations through the
 * transaction (O(threads), not O(document)); a change from Yjs (another member, undo), which
 * replaces the whole ProseMirror document, re-resolves only the threads in the changed span.
 */
export type ReviewState = {
  threads: readonly Thread[];
  activeId: string | null;
  ranges: ReadonlyMap<string, ThreadRange>;
  decorations: DecorationSet;
  /** Moves when ranges are resolved again or lost, not when they merely shift with typing. */
  version: number;
};

/** Dispatched as the transaction's meta to show other threads, or another active one. */
export type ReviewMeta = { threads: readonly Thread[]; activeId: string | null };

export const reviewPluginKey = new PluginKey<ReviewState>('cadre-review');

const isInsertion = (thread: Thread): boolean => thread.quote === '';
const isShown = (thread: Thread): boolean =>
  !thread.detached && (thread.status === 'open' || thread.suggestion?.status === 'pending');

function decorationsOf(thread: Thread, range: ThreadRange, activeId: string | null): Decoration[] {
  const active = thread.id === activeId ? ' review-active' : '';
  const spec = { thread: thread.id };
  if (!thread.suggestion) {
    return range.to > range.from ? [Decoration.inline(range.from, range.to, { class: `review-mark${active}`, 'data-thread': thread.id }, spec)] : [];
  }
  const decorations: Decoration[] = [];
  if (range.to > range.from) decorations.push(Decoration.inline(range.from, range.to, { class: `review-del${active}`, 'data-thread': thread.id }, spec));
  const text = thread.suggestion.text;
  if (text !== '') {
    decorations.push(Decoration.widget(range.to, () => insertionPreview(text, thread.id, active), { ...spec, side: 1, key: `${thread.id}:${text}${active}` }));
  }
  return decorations;
}

function allDecorations(doc: PmNode, threads: readonly Thread[], ranges: ReadonlyMap<string, ThreadRange>, activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (range && isShown(thread)) decorations.push(...decorationsOf(thread, range, activeId));
  }
  return DecorationSet.create(doc, decorations);
}

function resolve(state: EditorState, thread: Thread): ThreadRange | null {
  return thread.detached ? null : rangeOfAnchor(state, thread.anchor, isInsertion(thread));
}

function resolveAll(state: EditorState, meta: ReviewMeta, version: number): ReviewState {
  const ranges = new Map<string, ThreadRange>();
  for (const thread of meta.threads) {
    const range = resolve(state, thread);
    if (range) ranges.set(thread.id, range);
  }
  return { ...meta, ranges, decorations: allDecorations(state.doc, meta.threads, ranges, meta.activeId), version };
}

function applyChange(value: ReviewState, tr: Transaction, state: EditorState): ReviewState {
  const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
  // Typing: the Y.Doc does not hold this change yet (it follows the view), so map.
  let mapping: Mapping = tr.mapping;
  let stale: (range: ThreadRange | undefined) => boolean = () => false;
  if (fromYjs) {
    // The Y.Doc already holds this change: resolve again the threads whose text it touched,
    // and those without a range (an undo may bring their text back).
    const span = replacedSpan(tr.before, tr.doc);
    // Same content: positions and decorations hold as they are.
    if (!span) return value;
    mapping = new Mapping([span.map]);
    stale = (range) => !range || (range.to >= span.from && range.from <= span.to);
  }
  const ranges = new Map<string, ThreadRange>();
  const redraw: Thread[] = [];
  let lost = false;
  for (const thread of value.threads) {
    if (thread.detached) continue;
    const before = value.ranges.get(thread.id);
    const range = stale(before) ? resolve(state, thread) : before && mapRange(before, mapping, isInsertion(thread));
    if (range) ranges.set(thread.id, range);
    if (stale(before)) redraw.push(thread);
    else if (before && !range) lost = true;
  }
  let decorations = value.decorations.map(mapping, tr.doc);
  if (redraw.length > 0) {
    const ids = new Set(redraw.map((t) => t.id));
    decorations = decorations.remove(decorations.find(undefined, undefined, (spec: { thread?: string }) => ids.has(spec.thread ?? '')));
    const fresh = redraw.flatMap((t) => {
      const range = ranges.get(t.id);
      return range && isShown(t) ? decorationsOf(t, range, value.activeId) : [];
    });
    decorations = decorations.add(tr.doc, fresh);
  }
  return { ...value, ranges, decorations, version: redraw.length > 0 || lost ? value.version + 1 : value.version };
}

export function createReviewPlugin(onActivate: (threadId: string) => void): Plugin<ReviewState> {
  return new Plugin<ReviewState>({
    key: reviewPluginKey,
    state: {
      init: () => ({ threads: [], activeId: null, ranges: new Map(), decorations: DecorationSet.empty, version: 0 }),
      apply: (tr, value, _old, state) => {
        const meta = tr.getMeta(reviewPluginKey) as ReviewMeta | undefined;
        if (meta && meta.threads !== value.threads) return resolveAll(state, meta, value.version + 1);
        if (meta) return { ...value, activeId: meta.activeId, decorations: allDecorations(state.doc, value.threads, value.ranges, meta.activeId) };
        return tr.docChanged && value.threads.length > 0 ? applyChange(value, tr, state) : value;
      },
    },
    props: {
      decorations: (state) => reviewPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleClick: (_view, _pos, event) => {
        const target = event.target instanceof Element ? event.target.closest('[data-thread]') : null;
        const id = target?.getAttribute('data-thread');
        if (id) onActivate(id);
        return false;
      },
    },
  });
}

/** The ranges of the threads in the editor now (empty until the review panel gives the threads). */
export function threadRanges(state: EditorState): ReadonlyMap<string, ThreadRange> {
  return reviewPluginKey.getState(state)?.ranges ?? new Map();
}

/** What readers of the ranges follow: see ReviewState.version. */
export function rangesVersion(state: EditorState): number {
  return reviewPluginKey.getState(state)?.version ?? 0;
}

function insertionPreview(text: string, threadId: string, active: string): HTMLElement {
  const span = document.createElement('ins');
  span.className = `review-ins${active}`;
  span.dataset['thread'] = threadId;
  span.textContent = text;
  span.contentEditable = 'false';
  return span;
}
