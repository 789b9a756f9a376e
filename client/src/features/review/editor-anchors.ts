import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { decodePosition, encodePosition } from '../../../../shared/review/anchors.ts';
import type { Anchor } from '../../../../shared/schemas/review.ts';

/**
 * Conversions between ProseMirror positions and review anchors (Yjs relative positions),
 * through the binding of the collaboration plugin, which maps Y types to ProseMirror nodes.
 */

type Mapping = Parameters<typeof absolutePositionToRelativePosition>[2];
type SyncState = { type: Y.XmlFragment; doc: Y.Doc; binding: { mapping: Mapping } | null };

function syncState(state: EditorState): (SyncState & { binding: { mapping: Mapping } }) | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  return sync?.binding ? { ...sync, binding: sync.binding } : null;
}

export type SelectionAnchor = {
  anchor: Anchor;
  quote: string;
  /** Suggestions replace text within one paragraph only: the server applies them there. */
  withinOneBlock: boolean;
  empty: boolean;
};

/** The current selection, cheap to follow at every transaction; its anchor is resolved on demand. */
export type EditorSelection = Omit<SelectionAnchor, 'anchor'> & {
  /** The anchor of this selection: walks the document up to it, so only when it is used. */
  resolve: () => SelectionAnchor | null;
};

/** The current selection, or null when the editor is not bound to Yjs yet. */
export function selectionOf(state: EditorState): EditorSelection | null {
  if (!syncState(state)) return null;
  const { from, to, empty, $from, $to } = state.selection;
  const selection = {
    // Not read for a caret: `textBetween` steps through every block before it (O(position)).
    quote: empty ? '' : state.doc.textBetween(from, to, '\n'),
    withinOneBlock: $from.sameParent($to) && $from.parent.isTextblock,
    empty,
  };
  return { ...selection, resolve: () => {
    const anchor = anchorOfSelection(state);
    return anchor && { ...selection, anchor };
  } };
}

/** The anchor of the selection of `state` (while that state is the editor's). */
function anchorOfSelection(state: EditorState): Anchor | null {
  const sync = syncState(state);
  if (!sync) return null;
  const { from, to } = state.selection;
  const start = absolutePositionToRelativePosition(from, sync.type, sync.binding.mapping) as Y.RelativePosition;
  let end = absolutePositionToRelativePosition(to, sync.type, sync.binding.mapping) as Y.RelativePosition;
  // The end follows the last selected character (assoc -1), so typing after it stays outside.
  const absolute = Y.createAbsolutePositionFromRelativePosition(end, sync.doc);
  if (absolute) end = Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, -1);
  return { start: encodePosition(start), end: encodePosition(end) };
}

/** Where an anchor lies in the editor now, or null if its text is gone. */
export function rangeOfAnchor(state: EditorState, anchor: Anchor, isInsertion = false): { from: number; to: number } | null {
  const sync = syncState(state);
  if (!sync) return null;
  const toPosition = (encoded: string) => {
    const relative = decodePosition(encoded);
    return relative ? relativePositionToAbsolutePosition(sync.doc, sync.type, relative, sync.binding.mapping) : null;
  };
  const from = toPosition(anchor.start);
  if (from === null) return null;
  if (isInsertion) return { from, to: from };
  const to = toPosition(anchor.end);
  return to === null || to <= from ? null : { from, to };
}
