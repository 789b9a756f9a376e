import type { StepStatus } from '../../shared/schemas/validation.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { MatrixSnapshot } from '../versions/matrices-snapshot.ts';
import { headingLevel } from './attributes.ts';
import type { Annex } from './annexes.ts';
import type { ExportImages } from './images.ts';
import type { ExportLabels } from './labels.ts';
import type { Vocabulary } from '../../shared/vocabulary/presets.ts';

/** A step of the validation ladder as the screen shows it for the exported text. */
export type CoverStep = {
  name: string;
  status: StepStatus;
  /** Its latest signature (for `needsRevalidation`, on another text); null while pending. */
  signature: { signedBy: string; signedAt: string; note: string } | null;
};

/** Everything a renderer needs, gathered once so every format says the same thing. */
export type ExportModel = {
  /** The document's own language, or its workspace's: every label and date is in it. */
  language: string;
  labels: ExportLabels;
  title: string;
  workspaceTitle: string;
  leadInstitution: string;
  /** Null for the live draft. */
  versionName: string | null;
  /** ISO date of the version, or of the export for the live draft. */
  date: string;
  /** Every step of the ladder is signed on this very text (`shared/validation/ladder.ts`). */
  validated: boolean;
  ladder: CoverStep[];
  /** Sanitized by the model builder (`sanitize.ts`): only schema nodes, attributes in range. */
  content: PmNode;
  matrices: MatrixSnapshot;
  /** Names of the workspace's members by id, for the annexes' owners; without it owners are left out. */
  memberNames?: ReadonlyMap<string, string>;
  /** The workspace's vocabulary, for the labels it gave its own evidence types; without it, the presets' names. */
  vocabulary?: Vocabulary;
  comments: Array<{ author: string; quote: string; text: string }>;
  /** The document's own images the content shows, with their bytes; an image missing here is shown as its description. */
  images?: ExportImages;
  /** Annexes made by other features and asked for with the export (a consultation report), after the matrices'. */
  extraAnnexes?: Annex[];
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
