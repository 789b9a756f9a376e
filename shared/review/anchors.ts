import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import type { Anchor } from '../schemas/review.ts';

/**
 * Anchors of review threads: pairs of Yjs relative positions in the document's
 * Y.XmlFragment. Pure Yjs (no ProseMirror), so the server resolves them against the room's
 * Y.Doc and the client against its own, with the same result once both have converged.
 */

export const encodePosition = (position: Y.RelativePosition): string => toBase64(Y.encodeRelativePosition(position));

export function decodePosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}

/** An anchor over `[from, to)` of one Y.XmlText (used by tests and server-side tools). */
export function anchorInText(text: Y.XmlText, from: number, to: number): Anchor {
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(text, from, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(text, to, -1)),
  };
}

/** The characters of a Y.XmlText without its formatting (marks are attributes, not text). */
export function plainText(text: Y.XmlText): string {
  let out = '';
  for (const op of text.toDelta() as Array<{ insert: unknown }>) if (typeof op.insert === 'string') out += op.insert;
  return out;
}

/**
 * The fragment flattened to plain text, with a newline between text blocks, and the offset
 * of every Y.XmlText and of every element's child boundaries, so that any resolved position
 * can be placed in the flat text.
 */
type Layout = {
  text: string;
  textStart: Map<Y.XmlText, number>;
  childStarts: Map<Y.XmlElement | Y.XmlFragment, number[]>;
};

function layoutOf(fragment: Y.XmlFragment): Layout {
  const textStart = new Map<Y.XmlText, number>();
  const childStarts = new Map<Y.XmlElement | Y.XmlFragment, number[]>();
  // Pieces joined once at the end: growing one string and asking it `endsWith` per block
  // flattens the whole text each time, which is quadratic on long documents.
  const parts: string[] = [];
  let length = 0;
  let endsWithNewline = false;
  const append = (piece: string) => {
    if (piece === '') return;
    parts.push(piece);
    length += piece.length;
    endsWithNewline = piece.endsWith('\n');
  };
  const visit = (parent: Y.XmlElement | Y.XmlFragment) => {
    const starts: number[] = [];
    const children = parent.toArray();
    if (children.some((child) => child instanceof Y.XmlText) && length > 0 && !endsWithNewline) append('\n');
    for (const child of children) {
      starts.push(length);
      if (child instanceof Y.XmlText) {
        textStart.set(child, length);
        append(plainText(child));
      } else if (child instanceof Y.XmlElement) {
        visit(child);
      }
    }
    starts.push(length);
    childStarts.set(parent, starts);
  };
  visit(fragment);
  return { text: parts.join(''), textStart, childStarts };
}

/** Where a relative position falls in the flat text, or null if its text no longer exists. */
function offsetOf(doc: Y.Doc, layout: Layout, encoded: string): { offset: number; text: Y.XmlText | null; index: number } | null {
  const relative = decodePosition(encoded);
  if (!relative) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (!absolute) return null;
  const { type, index } = absolute;
  if (type instanceof Y.XmlText) {
    const start = layout.textStart.get(type);
    return start === undefined ? null : { offset: start + index, text: type, index };
  }
  if (type instanceof Y.XmlElement || type instanceof Y.XmlFragment) {
    const offset = layout.childStarts.get(type)?.[index];
    return offset === undefined ? null : { offset, text: null, index };
  }
  return null;
}

export type ResolvedAnchor = {
  /** The quoted text is gone (deleted, or its paragraph removed). */
  detached: boolean;
  /** The text the range covers now. */
  text: string;
  /** The heading text above the range, '' if none. */
  section: string;
  /** Set when both ends lie in the same Y.XmlText: the only ranges a suggestion may change. */
  inText: { text: Y.XmlText; from: number; to: number } | null;
};

/** Resolves an anchor against the current state of a document's content fragment. */
export function resolveAnchor(doc: Y.Doc, fragment: Y.XmlFragment, anchor: Anchor, isInsertion = false): ResolvedAnchor {
  return anchorResolver(doc, fragment)(anchor, isInsertion);
}

/**
 * A resolver for many anchors of one document state: the flat layout and the section of
 * every block are computed once, so listing n threads costs one pass over the document.
 * Valid until the document changes.
 */
export function anchorResolver(doc: Y.Doc, fragment: Y.XmlFragment) {
  const layout = layoutOf(fragment);
  const sections = sectionsOf(fragment);
  const sectionAt = (text: Y.XmlText | null): string => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its parents as AbstractType<any>
    let block: Y.AbstractType<any> | null = text;
    while (block && block.parent !== fragment) block = block.parent;
    return (block && sections.get(block)) ?? '';
  };
  return (anchor: Anchor, isInsertion = false): ResolvedAnchor => {
    const start = offsetOf(doc, layout, anchor.start);
    const end = isInsertion ? start : offsetOf(doc, layout, anchor.end);
    if (!start || !end || (!isInsertion && start.offset >= end.offset)) {
      return { detached: true, text: '', section: start ? sectionAt(start.text) : '', inText: null };
    }
    const sameText = start.text !== null && start.text === end.text;
    return {
      detached: false,
      text: layout.text.slice(start.offset, end.offset),
      section: sectionAt(start.text),
      inText: sameText && start.text ? { text: start.text, from: start.index, to: end.index } : null,
    };
  };
}

/** For each top-level block, the text of the last heading at or before it ('' if none). */
function sectionsOf(fragment: Y.XmlFragment): Map<unknown, string> {
  const sections = new Map<unknown, string>();
  let current = '';
  for (const block of fragment.toArray()) {
    if (block instanceof Y.XmlElement && block.nodeName === 'heading') {
      current = block
        .toArray()
        .map((child) => (child instanceof Y.XmlText ? plainText(child) : ''))
        .join('')
        .trim();
    }
    sections.set(block, current);
  }
  return sections;
}

export type ApplyResult = { ok: true } | { ok: false; reason: 'detached' | 'changed' | 'notInText' };

/**
 * Replaces the anchored range by `replacement` if it still holds `quote`, keeping the marks
 * of the replaced text (or of the text before an insertion point). Call inside a transaction.
 */
export function replaceAnchored(doc: Y.Doc, fragment: Y.XmlFragment, anchor: Anchor, quote: string, replacement: string): ApplyResult {
  const resolved = resolveAnchor(doc, fragment, anchor, quote === '');
  if (resolved.detached) return { ok: false, reason: 'detached' };
  if (!resolved.inText) return { ok: false, reason: 'notInText' };
  if (resolved.text !== quote) return { ok: false, reason: 'changed' };
  const { text, from, to } = resolved.inText;
  const attributes = attributesAt(text, quote === '' ? from - 1 : from);
  if (to > from) text.delete(from, to - from);
  if (replacement !== '') text.insert(from, replacement, attributes);
  return { ok: true };
}

function attributesAt(text: Y.XmlText, index: number): Record<string, unknown> {
  if (index < 0) return {};
  let offset = 0;
  for (const op of text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < offset + length) return op.attributes ?? {};
    offset += length;
  }
  return {};
}

/** How many characters of `[from, to)` of a Y.XmlText each Yjs client id wrote. */
export function charactersByClient(text: Y.XmlText, from: number, to: number): Map<number, number> {
  const counts = new Map<number, number>();
  let index = 0;
  for (let item = text._start; item !== null && index < to; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const overlap = Math.min(to, index + item.length) - Math.max(from, index);
    if (overlap > 0) counts.set(item.id.client, (counts.get(item.id.client) ?? 0) + overlap);
    index += item.length;
  }
  return counts;
}
