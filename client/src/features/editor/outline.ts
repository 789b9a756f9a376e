import type { Node as PmNode } from '@tiptap/pm/model';

export interface OutlineEntry {
  level: number;
  text: string;
  /** Position of the heading node in the document, for selecting it. */
  pos: number;
}

/** Top-level headings in document order (headings inside tables or quotes are not chapters). */
export function outlineOf(doc: PmNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name !== 'heading') return;
    const level = Number(node.attrs['level']);
    const text = node.textContent.trim();
    if (text) entries.push({ level: Number.isFinite(level) ? level : 1, text, pos: offset });
  });
  return entries;
}
