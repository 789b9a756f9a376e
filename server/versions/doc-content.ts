import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { GUIDANCE_HINT_NODE } from '../../shared/editor/guidance-hint-name.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';

/**
 * The rich text of a Y.Doc as ProseMirror JSON, read straight from the Yjs types. Not with
 * y-tiptap's converter: it deletes from the live doc any element its schema cannot build
 * (a node type another feature added, say), and a read must never change a document.
 */
export function docToJson(doc: Y.Doc): PmNode {
  return { type: 'doc', content: readChildren(doc.getXmlFragment(DOC_CONTENT_FIELD)) };
}

function readChildren(parent: Y.XmlFragment | Y.XmlElement): PmNode[] {
  return parent.toArray().flatMap((child): PmNode[] => {
    if (child instanceof Y.XmlText) return readText(child);
    if (!(child instanceof Y.XmlElement)) return [];
    const attrs = child.getAttributes() as Record<string, unknown>;
    const content = readChildren(child);
    return [{ type: child.nodeName, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}) }];
  });
}

function readText(text: Y.XmlText): PmNode[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
  return delta.flatMap(({ insert, attributes }): PmNode[] => {
    if (typeof insert !== 'string' || insert === '') return [];
    // y-prosemirror stores marks as text attributes; overlapping ones get a `--<hash>` suffix.
    const marks = Object.entries(attributes ?? {}).map(([key, value]) => {
      const type = key.replace(/--.*$/, '');
      return value && typeof value === 'object' && Object.keys(value).length ? { type, attrs: value as Record<string, unknown> } : { type };
    });
    return [{ type: 'text', text: insert, ...(marks.length ? { marks } : {}) }];
  });
}

/** The rich text of a stored Yjs state (a version), decoded in a throwaway doc. */
export function stateToJson(state: Uint8Array): PmNode {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return docToJson(doc);
  } finally {
    doc.destroy();
  }
}

/** The content without template guidance (hints for drafters, never part of the policy text). */
export function withoutGuidance(node: PmNode): PmNode {
  if (!node.content) return node;
  return { ...node, content: node.content.filter((child) => child.type !== GUIDANCE_HINT_NODE).map(withoutGuidance) };
}

/**
 * A canonical string of a document's text, to tell whether two contents differ (re-validation,
 * checkpoints). Guidance is left out: adding or removing a hint does not change the policy.
 */
export const contentKey = (content: PmNode): string => JSON.stringify(withoutGuidance(content));
