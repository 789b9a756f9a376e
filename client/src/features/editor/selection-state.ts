import { getAttributes, isActive as tiptapIsActive, objectIncludes } from '@tiptap/core';
import type { Node as PmNode, ResolvedPos } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';

/*
 * What the toolbar shows of the selection (is it in a heading of level 2, a list, a table; which
 * direction its paragraph has), worked out at the cost of the caret's depth. Tiptap's
 * `isActive` and `getAttributes` gather the nodes of the selection with ProseMirror's
 * `nodesBetween`, which steps through every block from the start of the document to reach
 * it: the toolbar asks about twenty times a frame, milliseconds at each keystroke in a 10 MB
 * document. For a caret (an empty selection) the nodes they gather are exactly its ancestors,
 * so those are read instead; a selected range keeps Tiptap's answer (not typing, and its cost
 * is that of the selection anyway).
 */

/** The nodes around a caret, outermost first, without the document itself. */
const ancestorsOf = ($pos: ResolvedPos): PmNode[] => Array.from({ length: $pos.depth }, (_, index) => $pos.node(index + 1));

/** Tiptap's `isActive`: a node or mark of this name, with these attributes, covers the selection. */
export function isActive(state: EditorState, name: string, attributes: Record<string, unknown> = {}): boolean {
  const { selection, schema } = state;
  if (!selection.empty || !schema.nodes[name]) return tiptapIsActive(state, name, attributes);
  return ancestorsOf(selection.$from).some((node) => node.type.name === name && objectIncludes(node.attrs, attributes, { strict: false }));
}

/** Tiptap's `getAttributes` for a node: those of the innermost node of this name in the selection. */
export function nodeAttributes(state: EditorState, name: string): Record<string, unknown> {
  const { selection } = state;
  if (!selection.empty) return getAttributes(state, name);
  const node = ancestorsOf(selection.$from).findLast((ancestor) => ancestor.type.name === name);
  return node ? { ...node.attrs } : {};
}
