import { firstLetterDirection, isBlockDirection, type BlockDirection } from '../../shared/editor/block-direction.ts';
import { MAX_ATTRIBUTE_TEXT } from '../../shared/editor/content-allow-list.ts';
import { HEADING_LEVELS } from '../../shared/editor/content-rules.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';

/**
 * The value rules of exports, one per attribute a renderer reads. A stored document may hold
 * anything (old content, another client's bug, an edit that bypassed the editor), so every
 * value is brought into the range the editor's schema allows before anything is rendered.
 * The model builder applies them once; renderers call them again, cheaply, so that a model
 * built by hand (benchmarks, future callers) cannot hurt them either.
 */

/** The deepest heading level the editor's schema has. */
const MAX_HEADING_LEVEL = Math.max(...HEADING_LEVELS);
/**
 * Exports render at most this many columns, and a cell spans at most this many columns or rows:
 * narrower than the editor's `MAX_TABLE_SPAN` on purpose, since Markdown pads every row to the
 * widest one. Real tables of a policy stay far below.
 */
export const MAX_CELL_SPAN = 50;
/** The editor's own range for `orderedList.start` (content-allow-list.ts, not exported there). */
const MAX_LIST_START = 1_000_000;
/** A numeric attribute written as a longer string is not a number anyone typed. */
const MAX_NUMBER_STRING = 16;

/** An integer read from a number or a short numeric string; anything else is absent. */
function integerAttr(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === 'string' && value.length <= MAX_NUMBER_STRING && /^\s*[+-]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return undefined;
}

const clamp = (value: number | undefined, min: number, max: number, fallback: number): number =>
  value === undefined ? fallback : Math.min(Math.max(value, min), max);

const attr = (node: PmNode, name: string): unknown => {
  const attrs: unknown = node.attrs;
  return attrs && typeof attrs === 'object' ? (attrs as Record<string, unknown>)[name] : undefined;
};

/** 1 to 3, whatever is stored (0, −5 and 100,000,000 included). */
export const headingLevel = (node: PmNode): number => clamp(integerAttr(attr(node, 'level')), 1, MAX_HEADING_LEVEL, 1);

/** The direction a writer set on a paragraph or heading; null when it follows its text. */
export const blockDirection = (node: PmNode): BlockDirection | null => {
  const dir = attr(node, 'dir');
  return isBlockDirection(dir) ? dir : null;
};

/** The direction a block is shown in: the one set on it, else that of its first letter. */
export const shownDirection = (node: PmNode, text: string): BlockDirection | null => blockDirection(node) ?? firstLetterDirection(text);

/** The first number of an ordered list, 0 to 1,000,000. */
export const listStart = (node: PmNode): number => clamp(integerAttr(attr(node, 'start')), 0, MAX_LIST_START, 1);

/** A colspan or rowspan, 1 to `max` (at most `MAX_CELL_SPAN`). */
export const cellSpan = (value: unknown, max: number = MAX_CELL_SPAN): number =>
  clamp(integerAttr(value), 1, Math.max(1, Math.min(max, MAX_CELL_SPAN)), 1);

/**
 * Only absolute web and mail links survive an export; anything else (javascript:, data:, file:,
 * and the relative or tel: links the editor's `isSafeHref` admits) is dropped: an exported file
 * has no base address, and a link longer than the editor stores (truncated, it would point
 * somewhere else) is not kept either.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > MAX_ATTRIBUTE_TEXT) return null;
  const trimmed = href.trim();
  // No whitespace or control characters inside: a real address has them percent-encoded.
  return /^(https?:\/\/|mailto:)[^\s\p{Cc}]+$/iu.test(trimmed) ? trimmed : null;
}

/**
 * Text without what XML 1.0 cannot hold (C0 controls other than tab and line feeds, lone
 * surrogates, U+FFFE/U+FFFF): the DOCX would otherwise be a file Word refuses to open.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\p{Cc}\uFFFE\uFFFF]/gu, (char) => (char === '\t' || char === '\n' || char === '\r' ? char : ''))
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
