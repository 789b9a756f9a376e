import type { PmNode } from '../../../../shared/schemas/versions.ts';

export type Section = { title: string; heading: PmNode | null; body: PmNode[] };

/** Plain text of a node, as the server reads headings (`server/export/model.ts`). */
export function plainText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join('');
}

/**
 * A published version cut at its headings: what comes before the first heading belongs to the
 * document as a whole (title ''), then one section per heading, as inputs name them.
 */
export function sectionsOf(content: PmNode): Section[] {
  const sections: Section[] = [{ title: '', heading: null, body: [] }];
  for (const node of content.content ?? []) {
    if (node.type === 'heading') sections.push({ title: plainText(node), heading: node, body: [] });
    else sections.at(-1)?.body.push(node);
  }
  return sections.filter((section) => section.heading !== null || section.body.length > 0);
}

/** The words selected on the page, folded as the server compares them, within the passage limit. */
export function selectedPassage(selection: Selection | null): string {
  return (selection?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, 1000);
}
