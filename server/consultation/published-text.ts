import type { RoundStatus } from '../../shared/schemas/consultation.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { headingsOf, plainText } from '../export/model.ts';

/** Where a round stands on `today` (YYYY-MM-DD): closed early by hand, or by its dates. */
export function roundStatus(round: { opensOn: string; closesOn: string; closedAt: string | null }, today: string): RoundStatus {
  if (round.closedAt !== null || today > round.closesOn) return 'closed';
  return today < round.opensOn ? 'upcoming' : 'open';
}

/** The headings of a published version: the sections an input can be about. */
export const sectionsOf = (content: PmNode): string[] => headingsOf(content).map((heading) => heading.text);

/**
 * The version's text with blocks separated and white space folded, so a passage a reader
 * selected across two paragraphs is found the same way it was quoted.
 */
export function textOf(content: PmNode): string {
  const blocks: string[] = [];
  const visit = (node: PmNode) => {
    if (node.content?.some((child) => child.type === 'text' || child.type === 'hardBreak')) blocks.push(plainText(node));
    else for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return blocks.join(' ').replace(/\s+/g, ' ');
}
