import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { encodePosition, plainText, resolveAnchor } from '../../shared/review/anchors.ts';
import type { Anchor } from '../../shared/schemas/review.ts';
import { MARKERS } from './comment-markers.ts';

export type CommentAnchor = { anchor: Anchor; quote: string };
type Point = { text: Y.XmlText; index: number };

function textsOf(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText[] {
  return parent.toArray().flatMap((child) => (child instanceof Y.XmlText ? [child] : child instanceof Y.XmlElement ? textsOf(child) : []));
}

/**
 * Removes the comment markers the import put in the text (`docx-parts.ts`) and returns, per
 * comment id, the anchor over the text between its two markers with that text as its quote.
 * A comment missing one marker covers the rest (or the start) of its paragraph's text.
 */
export function takeCommentAnchors(doc: Y.Doc): Map<string, CommentAnchor> {
  const fragment = doc.getXmlFragment(DOC_CONTENT_FIELD);
  const starts = new Map<string, Point>();
  const ends = new Map<string, Point>();
  for (const text of textsOf(fragment)) {
    const found = [...plainText(text).matchAll(MARKERS)];
    let removed = 0;
    for (const match of found) {
      const [marker, startId, endId] = match;
      const point = { text, index: (match.index ?? 0) - removed };
      if (startId !== undefined) starts.set(startId, point);
      if (endId !== undefined) ends.set(endId, point);
      removed += marker.length;
    }
    // From the end, so earlier indices stay valid.
    for (const match of found.reverse()) text.delete(match.index ?? 0, match[0].length);
  }
  const anchors = new Map<string, CommentAnchor>();
  for (const id of new Set([...starts.keys(), ...ends.keys()])) {
    const end = ends.get(id);
    const start = starts.get(id) ?? (end && { text: end.text, index: 0 });
    const stop = end ?? (start && { text: start.text, index: start.text.length });
    if (!start || !stop) continue;
    const anchor = {
      start: encodePosition(Y.createRelativePositionFromTypeIndex(start.text, start.index, 0)),
      end: encodePosition(Y.createRelativePositionFromTypeIndex(stop.text, stop.index, -1)),
    };
    const quote = resolveAnchor(doc, fragment, anchor).text;
    if (quote.trim() !== '') anchors.set(id, { anchor, quote });
  }
  return anchors;
}
