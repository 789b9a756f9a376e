import { diffArrays, diffWordsWithSpace } from 'diff';
import { GUIDANCE_HINT_NODE } from '../../shared/editor/guidance-hint-name.ts';
import type { DiffBlock, DiffPart, PmNode } from '../../shared/schemas/versions.ts';

type TextBlock = { kind: string; text: string };

const CONTAINERS = new Set(['listItem', 'tableCell', 'tableHeader', 'blockquote']);

/** The text blocks of a document in reading order, each labelled with what it is part of. */
export function textBlocks(node: PmNode, container = 'paragraph'): TextBlock[] {
  if (node.type === GUIDANCE_HINT_NODE) return [];
  if (node.type === 'heading') return [{ kind: `heading:${Number(node.attrs?.['level'] ?? 1)}`, text: inlineText(node) }];
  if (node.type === 'paragraph') return [{ kind: container, text: inlineText(node) }];
  const inner = CONTAINERS.has(node.type) ? node.type : container;
  return (node.content ?? []).flatMap((child) => textBlocks(child, inner));
}

function inlineText(node: PmNode): string {
  return (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join('');
}

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A word-level comparison of two documents: blocks are aligned by their text, and a run of
 * removed blocks followed by added ones is compared pairwise word by word, so an edited
 * paragraph shows the words that changed rather than the whole paragraph twice.
 */
export function compareDocuments(from: PmNode, to: PmNode) {
  const before = textBlocks(from);
  const after = textBlocks(to);
  const changes = diffArrays(before, after, { comparator: (a, b) => a.text === b.text && a.kind === b.kind });
  const blocks: DiffBlock[] = [];
  let removed: TextBlock[] = [];
  const flush = (added: TextBlock[]) => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) blocks.push(...changedBlocks(removed[i] as TextBlock, added[i] as TextBlock));
    for (const block of removed.slice(pairs)) blocks.push({ kind: block.kind, status: 'deleted', parts: [{ op: 'delete', text: block.text }] });
    for (const block of added.slice(pairs)) blocks.push({ kind: block.kind, status: 'inserted', parts: [{ op: 'insert', text: block.text }] });
    removed = [];
  };
  for (const change of changes) {
    if (change.removed) {
      removed.push(...change.value);
    } else if (change.added) {
      flush(change.value);
    } else {
      flush([]);
      for (const block of change.value) blocks.push({ kind: block.kind, status: 'equal', parts: [{ op: 'equal', text: block.text }] });
    }
  }
  flush([]);

  let insertedWords = 0;
  let deletedWords = 0;
  for (const part of blocks.flatMap((block) => block.parts)) {
    if (part.op === 'insert') insertedWords += countWords(part.text);
    if (part.op === 'delete') deletedWords += countWords(part.text);
  }
  return { blocks, insertedWords, deletedWords };
}

/**
 * An edited block as one block of word changes; when the two texts have little in common
 * (under 40 % of their words kept), as a deleted and an inserted block, which reads better
 * than a word salad of both.
 */
function changedBlocks(before: TextBlock, after: TextBlock): DiffBlock[] {
  const parts: DiffPart[] = diffWordsWithSpace(before.text, after.text).map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
  const kept = parts.filter((part) => part.op === 'equal').reduce((sum, part) => sum + countWords(part.text), 0);
  if (kept < 0.4 * Math.max(countWords(before.text), countWords(after.text))) {
    return [
      { kind: before.kind, status: 'deleted', parts: [{ op: 'delete', text: before.text }] },
      { kind: after.kind, status: 'inserted', parts: [{ op: 'insert', text: after.text }] },
    ];
  }
  return [{ kind: after.kind, status: 'changed', parts }];
}
