import { GUIDANCE_HINT_NODE } from '../../shared/editor/guidance-hint-name.ts';
import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { blockDirection, cellSpan, cleanText, headingLevel, listStart, MAX_CELL_SPAN, safeHref } from './attributes.ts';
import { sanitizeImage } from './images.ts';
import type { ModelBudget } from './limits.ts';

/**
 * Rebuilds stored content into the shape the editor's schema allows, so that renderers only
 * ever see known nodes, in their place, with known attributes in range. Stored content is not
 * trusted: it may come from before a check existed, from a client bug, or from an edit that
 * bypassed the editor. Nothing is thrown away silently when it holds text: unknown nodes are
 * replaced by their content, misplaced ones are wrapped or unwrapped.
 */

/** Real documents nest lists and quotes a handful of levels; deeper content is kept as text. */
export const MAX_DEPTH = 20;

type Context = 'block' | 'list' | 'table' | 'row' | 'inline';

const ACCEPTS: Record<Context, ReadonlySet<string>> = {
  block: new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'table', 'image']),
  list: new Set(['listItem']),
  table: new Set(['tableRow']),
  row: new Set(['tableCell', 'tableHeader']),
  inline: new Set(['text', 'hardBreak']),
};

/** Where content that does not belong in a context can go instead, and what wraps it there. */
const LOOSE: Partial<Record<Context, { context: Context; wrap: (content: PmNode[]) => PmNode }>> = {
  block: { context: 'inline', wrap: (content) => ({ type: 'paragraph', content }) },
  list: { context: 'block', wrap: (content) => ({ type: 'listItem', content }) },
  table: { context: 'row', wrap: (content) => ({ type: 'tableRow', content }) },
  row: { context: 'block', wrap: (content) => ({ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content }) },
};

const fits = (context: Context, type: string): boolean => {
  const loose = LOOSE[context];
  return ACCEPTS[context].has(type) || (loose !== undefined && fits(loose.context, type));
};

/** An inline node wrapped up to what `context` holds (a text at the root becomes a paragraph). */
const lift = (node: PmNode, context: Context): PmNode => {
  const loose = LOOSE[context];
  return loose ? loose.wrap([lift(node, loose.context)]) : node;
};

const MARKS = new Set(['bold', 'italic', 'underline']);

const isNode = (value: unknown): value is PmNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

const withContent = (node: PmNode, content: PmNode[]): PmNode => (content.length ? { ...node, content } : node);

class Sanitizer {
  constructor(private readonly budget: ModelBudget) {}

  /** The children of a node, each made valid for `context`; consecutive loose ones share a wrapper. */
  children(nodes: unknown, context: Context, depth: number): PmNode[] {
    if (!Array.isArray(nodes)) return [];
    const out: PmNode[] = [];
    const loose = LOOSE[context];
    let pending: PmNode[] = [];
    const flush = () => {
      if (pending.length && loose) out.push(loose.wrap(pending));
      pending = [];
    };
    for (const raw of nodes) {
      this.budget.node();
      if (!isNode(raw) || raw.type === GUIDANCE_HINT_NODE) continue;
      if (depth >= MAX_DEPTH && raw.type !== 'text') {
        flush();
        const text = this.flatText(raw);
        if (text) out.push(lift({ type: 'text', text }, context));
      } else if (loose && !ACCEPTS[context].has(raw.type) && fits(loose.context, raw.type)) {
        pending.push(...this.one(raw, loose.context, depth));
      } else {
        flush();
        out.push(...this.one(raw, context, depth));
      }
    }
    flush();
    return out;
  }

  /** One node as nodes valid in `context`: itself, wrapped, or (unknown or misplaced) its content. */
  private one(node: PmNode, context: Context, depth: number): PmNode[] {
    if (ACCEPTS[context].has(node.type)) return this.known(node, depth);
    const loose = LOOSE[context];
    if (loose && fits(loose.context, node.type)) {
      const inner = this.one(node, loose.context, depth);
      return inner.length ? [loose.wrap(inner)] : [];
    }
    return this.children(node.content, context, depth + 1);
  }

  private known(node: PmNode, depth: number): PmNode[] {
    const inner = (context: Context) => this.children(node.content, context, depth + 1);
    switch (node.type) {
      case 'text': {
        if (typeof node.text !== 'string') return [];
        this.budget.text(node.text.length);
        const text = cleanText(node.text);
        const marks = this.marks(node.marks);
        return text ? [{ type: 'text', text, ...(marks.length ? { marks } : {}) }] : [];
      }
      case 'hardBreak':
        return [{ type: 'hardBreak' }];
      case 'paragraph': {
        const dir = blockDirection(node);
        return [withContent({ type: 'paragraph', ...(dir ? { attrs: { dir } } : {}) }, inner('inline'))];
      }
      case 'heading': {
        const dir = blockDirection(node);
        return [withContent({ type: 'heading', attrs: { level: headingLevel(node), ...(dir ? { dir } : {}) } }, inner('inline'))];
      }
      case 'bulletList':
      case 'orderedList': {
        const items = inner('list');
        if (!items.length) return [];
        return [{ type: node.type, ...(node.type === 'orderedList' ? { attrs: { start: listStart(node) } } : {}), content: items }];
      }
      case 'listItem':
        return [withContent({ type: 'listItem' }, inner('block'))];
      case 'blockquote': {
        const content = inner('block');
        return content.length ? [{ type: 'blockquote', content }] : [];
      }
      case 'image':
        return sanitizeImage(node);
      case 'table':
        return fitTable(inner('table'));
      case 'tableRow': {
        const cells = inner('row');
        return cells.length ? [{ type: 'tableRow', content: cells }] : [];
      }
      case 'tableCell':
      case 'tableHeader':
        return [withContent({ type: node.type, attrs: { colspan: cellSpan(node.attrs?.['colspan']), rowspan: cellSpan(node.attrs?.['rowspan']) } }, inner('block'))];
      default:
        return [];
    }
  }

  /** Known marks once each; a link only with a web or mail address; unknown marks ignored. */
  private marks(raw: unknown): PmMark[] {
    if (!Array.isArray(raw)) return [];
    const byType = new Map<string, PmMark>();
    for (const mark of raw) {
      this.budget.node();
      if (!isNode(mark) || byType.has(mark.type)) continue;
      if (MARKS.has(mark.type)) byType.set(mark.type, { type: mark.type });
      else if (mark.type === 'link') {
        const href = safeHref(mark.attrs?.['href']);
        if (href) byType.set('link', { type: 'link', attrs: { href } });
      }
    }
    return [...byType.values()];
  }

  /** The text below a node too deep to render as structure, read without recursion. */
  private flatText(root: PmNode): string {
    const parts: string[] = [];
    const stack: unknown[] = [root];
    while (stack.length) {
      const node = stack.pop();
      if (!isNode(node) || node.type === GUIDANCE_HINT_NODE) continue;
      if (typeof node.text === 'string') {
        this.budget.text(node.text.length);
        parts.push(node.text);
      }
      if (Array.isArray(node.content)) {
        this.budget.node(node.content.length);
        for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]);
      }
    }
    return cleanText(parts.join(''));
  }
}

/**
 * Spans brought to the table's real size: a row's colspans add up to at most the widest row,
 * a rowspan reaches at most the last row. Cells past `MAX_CELL_SPAN` join the last one.
 */
function fitTable(rows: PmNode[]): PmNode[] {
  if (!rows.length) return [];
  const capped = rows.map((row) => {
    const cells = row.content ?? [];
    if (cells.length <= MAX_CELL_SPAN) return cells;
    const kept = cells.slice(0, MAX_CELL_SPAN);
    const last = kept[MAX_CELL_SPAN - 1] as PmNode;
    const merged = cells.slice(MAX_CELL_SPAN - 1).flatMap((cell) => cell.content ?? []);
    kept[MAX_CELL_SPAN - 1] = withContent({ type: last.type, attrs: { colspan: 1, rowspan: 1 } }, merged);
    return kept;
  });
  const widest = Math.max(...capped.map((cells) => cells.length));
  const content = capped.map((cells, rowIndex): PmNode => {
    let used = 0;
    return {
      type: 'tableRow',
      content: cells.map((cell, index) => {
        const colspan = cellSpan(cell.attrs?.['colspan'], widest - used - (cells.length - index - 1));
        used += colspan;
        const rowspan = cellSpan(cell.attrs?.['rowspan'], capped.length - rowIndex);
        return { ...cell, attrs: { colspan, rowspan } };
      }),
    };
  });
  return [{ type: 'table', content }];
}

/**
 * The content of a document made safe to render (see the module comment). Throws a 413
 * `export_too_large` as soon as the budget's limits are passed.
 */
export function sanitizeContent(content: PmNode, budget: ModelBudget): PmNode {
  const top = !isNode(content) ? [] : content.type === 'doc' ? content.content : [content];
  return { type: 'doc', content: new Sanitizer(budget).children(top, 'block', 0) };
}
