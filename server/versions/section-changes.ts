import { diffArrays } from 'diff';
import { GUIDANCE_HINT_NODE } from '../../shared/editor/guidance-hint-name.ts';
import type { SectionChange } from '../../shared/schemas/variants.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { compareDocuments, textBlocks } from './compare.ts';

type Section = { heading: string | null; nodes: PmNode[] };

/** Splits a document at its top-level headings; the text before the first heading is its own section. */
export function splitSections(content: PmNode): Section[] {
  const sections: Section[] = [];
  for (const node of content.content ?? []) {
    if (node.type === GUIDANCE_HINT_NODE) continue;
    if (node.type === 'heading') {
      sections.push({ heading: textBlocks(node).map((b) => b.text).join(' ').trim(), nodes: [node] });
    } else {
      const last = sections.at(-1);
      if (last) last.nodes.push(node);
      else sections.push({ heading: null, nodes: [node] });
    }
  }
  return sections;
}

const asDoc = (nodes: PmNode[]): PmNode => ({ type: 'doc', content: nodes });

function compareSections(before: Section | undefined, after: Section | undefined): SectionChange {
  const diff = compareDocuments(asDoc(before?.nodes ?? []), asDoc(after?.nodes ?? []));
  const status = !before ? 'added' : !after ? 'removed' : diff.blocks.every((b) => b.status === 'equal') ? 'unchanged' : 'changed';
  return { heading: (after ?? before)?.heading ?? null, status, ...diff };
}

/**
 * What changed between two texts, section by section. Sections are aligned by heading; a run
 * of removed sections followed by added ones is paired in order, so a renamed heading shows as
 * a changed section rather than one removed and one added.
 */
export function sectionChanges(from: PmNode, to: PmNode): SectionChange[] {
  const before = splitSections(from);
  const after = splitSections(to);
  const changes = diffArrays(before, after, { comparator: (a, b) => a.heading === b.heading });
  const result: SectionChange[] = [];
  // Equal runs carry only one side's sections, so both sides are read by position.
  let oldAt = 0;
  let newAt = 0;
  let removed: Section[] = [];
  const flush = (added: Section[]) => {
    const count = Math.max(removed.length, added.length);
    for (let i = 0; i < count; i++) result.push(compareSections(removed[i], added[i]));
    removed = [];
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      removed.push(...before.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (change.added) {
      flush(after.slice(newAt, newAt + count));
      newAt += count;
    } else {
      flush([]);
      for (let i = 0; i < count; i++) result.push(compareSections(before[oldAt + i], after[newAt + i]));
      oldAt += count;
      newAt += count;
    }
  }
  flush([]);
  return result;
}
