import type { PmNode } from '../../shared/schemas/versions.ts';
import type { MatrixSnapshot } from '../versions/matrices-snapshot.ts';
import { headingLevel } from './attributes.ts';
import type { ExportLabels } from './labels.ts';

/** Everything a renderer needs, gathered once so every format says the same thing. */
export type ExportModel = {
  language: string;
  labels: ExportLabels;
  title: string;
  leadInstitution: string;
  /** Null for the live draft. */
  versionName: string | null;
  /** ISO date of the version, or of the export for the live draft. */
  date: string;
  validated: boolean;
  signatures: Array<{ step: string; signedBy: string; signedAt: string; note: string }>;
  /** Sanitized by the model builder (`sanitize.ts`): only schema nodes, attributes in range. */
  content: PmNode;
  matrices: MatrixSnapshot;
  comments: Array<{ author: string; quote: string; text: string }>;
};

export type Heading = { level: number; text: string; anchor: string };

/** Plain text of a node and its descendants. */
export function plainText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join('');
}

/** The document's headings in order, with stable anchors `section-<n>` for the contents. */
export function headingsOf(content: PmNode): Heading[] {
  const headings: Heading[] = [];
  const visit = (node: PmNode) => {
    if (node.type === 'heading') {
      headings.push({ level: headingLevel(node), text: plainText(node), anchor: `section-${headings.length + 1}` });
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return headings;
}
