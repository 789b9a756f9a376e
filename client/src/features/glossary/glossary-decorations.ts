import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { createTermMatcher, type TermMatcher } from '../../../../shared/glossary/term-matching.ts';
import type { AgreedTerm } from '../../../../shared/schemas/glossary.ts';
import { replacedSpan } from '../review/thread-ranges.ts';

/**
 * Marks occurrences of the workspace's agreed terms in the editor (a dotted underline; the
 * definition is shown by `GlossaryMarks.svelte`). Decorations only: nothing is written to the
 * Y.Doc, so readers see the marks too and the shared text never carries them.
 *
 * Cost follows the change, not the document: a transaction maps the existing marks and searches
 * again only the textblocks it touched (y-prosemirror replaces the whole document on a remote
 * change, so its span is found by diffing, as the review marks do). Only new terms, or a change
 * of whether the marks take keyboard focus, search the whole document.
 */
export type GlossaryState = {
  terms: readonly AgreedTerm[];
  matcher: TermMatcher | null;
  /** Marks take keyboard focus when the text cannot be edited (there, no caret reaches them). */
  focusable: boolean;
  decorations: DecorationSet;
};

/** Dispatched as the transaction's meta: other terms, or a change of focusability. */
export type GlossaryMeta = { terms: readonly AgreedTerm[]; focusable: boolean };

export const glossaryPluginKey = new PluginKey<GlossaryState>('cadre-glossary');

/** The class and data attribute of a mark, for the component that shows definitions. */
export const TERM_CLASS = 'glossary-term';
export const TERM_ATTRIBUTE = 'data-glossary-term';
/** The element that shows the definition; focusable marks name it as their description. */
export const TERM_DESCRIPTION_ID = 'glossary-definition';

// Inline leaves (images, hard breaks) count one position each, like one character here.
const LEAF = '\ufffc';

function marksOfBlock(block: PmNode, start: number, matcher: TermMatcher, focusable: boolean): Decoration[] {
  const text = block.textBetween(0, block.content.size, undefined, LEAF);
  return matcher.find(text).map((match) =>
    Decoration.inline(
      start + 1 + match.from,
      start + 1 + match.to,
      { class: TERM_CLASS, [TERM_ATTRIBUTE]: match.id, ...(focusable ? { tabindex: '0', 'aria-describedby': TERM_DESCRIPTION_ID } : {}) },
      { glossaryTerm: match.id },
    ),
  );
}

function marksBetween(doc: PmNode, from: number, to: number, matcher: TermMatcher, focusable: boolean): Decoration[] {
  const decorations: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(...marksOfBlock(node, pos, matcher, focusable));
    return false;
  });
  return decorations;
}

function fresh(doc: PmNode, terms: readonly AgreedTerm[], focusable: boolean): GlossaryState {
  const matcher = createTermMatcher(terms);
  const decorations = matcher ? DecorationSet.create(doc, marksBetween(doc, 0, doc.content.size, matcher, focusable)) : DecorationSet.empty;
  return { terms, matcher, focusable, decorations };
}

/** The span of the new document a transaction changed, and how to map positions across it. */
function changeOf(tr: Transaction): { mapping: Mapping; from: number; to: number } | null {
  const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
  if (fromYjs) {
    const span = replacedSpan(tr.before, tr.doc);
    return span && { mapping: new Mapping([span.map]), from: span.from, to: span.map.map(span.to, 1) };
  }
  let from = Infinity;
  let to = -Infinity;
  tr.mapping.maps.forEach((map, index) => {
    const after = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, after.map(newStart, -1));
      to = Math.max(to, after.map(newEnd, 1));
    });
  });
  return from <= to ? { mapping: tr.mapping, from, to } : null;
}

function applyChange(value: GlossaryState, tr: Transaction, matcher: TermMatcher): GlossaryState {
  const change = changeOf(tr);
  if (!change) return value;
  const doc = tr.doc;
  // Whole textblocks around the change: a term may now span the edit's edges.
  const from = Math.max(0, change.from - 1);
  const to = Math.min(doc.content.size, change.to + 1);
  let decorations = value.decorations.map(change.mapping, doc);
  let blocksFrom = from;
  let blocksTo = to;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    blocksFrom = Math.min(blocksFrom, pos);
    blocksTo = Math.max(blocksTo, pos + node.nodeSize);
    return false;
  });
  decorations = decorations.remove(decorations.find(blocksFrom, blocksTo));
  decorations = decorations.add(doc, marksBetween(doc, from, to, matcher, value.focusable));
  return { ...value, decorations };
}

export function createGlossaryPlugin(): Plugin<GlossaryState> {
  return new Plugin<GlossaryState>({
    key: glossaryPluginKey,
    state: {
      init: () => ({ terms: [], matcher: null, focusable: false, decorations: DecorationSet.empty }),
      apply: (tr, value, _old, state: EditorState) => {
        const meta = tr.getMeta(glossaryPluginKey) as GlossaryMeta | undefined;
        if (meta && (meta.terms !== value.terms || meta.focusable !== value.focusable)) return fresh(state.doc, meta.terms, meta.focusable);
        return tr.docChanged && value.matcher ? applyChange(value, tr, value.matcher) : value;
      },
    },
    props: {
      decorations: (state) => glossaryPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** The agreed term whose mark covers `pos`, if any: what the caret is on. */
export function termAt(state: EditorState, pos: number): AgreedTerm | undefined {
  const value = glossaryPluginKey.getState(state);
  if (!value) return undefined;
  const [mark] = value.decorations.find(pos, pos, (spec: { glossaryTerm?: string }) => spec.glossaryTerm !== undefined);
  const id = (mark?.spec as { glossaryTerm?: string } | undefined)?.glossaryTerm;
  return id === undefined ? undefined : value.terms.find((term) => term.id === id);
}

/** The agreed term with this id, among those the plugin marks. */
export function termById(state: EditorState, id: string): AgreedTerm | undefined {
  return glossaryPluginKey.getState(state)?.terms.find((term) => term.id === id);
}
