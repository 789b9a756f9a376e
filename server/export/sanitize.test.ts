import { describe, expect, it } from 'vitest';
import { MAX_ATTRIBUTE_TEXT } from '../../shared/editor/content-allow-list.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { HttpError } from '../http/errors.ts';
import { MAX_CELL_SPAN } from './attributes.ts';
import { DEFAULT_EXPORT_LIMITS, ModelBudget, type ExportLimits } from './limits.ts';
import { plainText } from './model.ts';
import { MAX_DEPTH, sanitizeContent } from './sanitize.ts';

const text = (value: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const para = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });
const sanitize = (content: PmNode, limits: Partial<ExportLimits> = {}) =>
  sanitizeContent(content, new ModelBudget({ ...DEFAULT_EXPORT_LIMITS, ...limits }));
const children = (content: PmNode) => sanitize(content).content ?? [];

function depthOf(node: PmNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depthOf));
}

function tooLarge(run: () => unknown): HttpError {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected a 413');
}

describe('sanitizeContent', () => {
  it('clamps heading levels to the schema’s 1–3, whatever is stored', () => {
    const levels: unknown[] = [0, -5, 100_000_000, '2', 'abc', Number.NaN, 2.7, '9'.repeat(1000), null, { level: 2 }];
    const out = children(doc(...levels.map((level): PmNode => ({ type: 'heading', attrs: { level }, content: [text('h')] }))));
    expect(out.map((node) => node.attrs?.['level'])).toEqual([1, 1, 3, 2, 1, 1, 2, 1, 1, 1]);
  });

  it('keeps only known attributes, in range', () => {
    const [paragraph, list] = children(
      doc(
        { type: 'paragraph', attrs: { style: 'x'.repeat(100_000), onclick: 'alert(1)' }, content: [text('Plain')] },
        { type: 'orderedList', attrs: { start: 1e15, extra: 'y' }, content: [{ type: 'listItem', content: [para(text('Item'))] }] },
      ),
    );
    expect(paragraph).toEqual(para(text('Plain')));
    expect(list?.attrs).toEqual({ start: 1_000_000 });
  });

  it('replaces unknown nodes by their content, drops empty ones and guidance', () => {
    const out = children(
      doc(
        { type: 'script', attrs: { src: 'javascript:alert(1)' }, content: [text('Script text')] },
        para(text('Before '), { type: 'mention', attrs: { id: 'x'.repeat(10_000) }, content: [text('Mentioned')] }, text(' after')),
        { type: 'iframe', attrs: { srcdoc: '<script>' } },
        { type: 'guidanceHint', content: [text('Hint')] },
        { type: 'section', content: [para(text('In a section'))] },
      ),
    );
    expect(out).toEqual([para(text('Script text')), para(text('Before '), text('Mentioned'), text(' after')), para(text('In a section'))]);
  });

  it('ignores unknown marks, keeps each known one once, and keeps a link only to the web or mail', () => {
    const [paragraph] = children(
      doc(
        para(
          text('a', [{ type: 'bold' }, { type: 'bold' }, { type: 'blink', attrs: { speed: 'fast' } }, { type: 'italic' }]),
          text('b', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          text('c', [{ type: 'link', attrs: { href: `https://example.org/${'x'.repeat(MAX_ATTRIBUTE_TEXT)}` } }]),
          text('d', [{ type: 'link', attrs: { href: ' mailto:a@example.org ', target: '_top' } }]),
        ),
      ),
    );
    expect(paragraph?.content).toEqual([
      text('a', [{ type: 'bold' }, { type: 'italic' }]),
      text('b'),
      text('c'),
      text('d', [{ type: 'link', attrs: { href: 'mailto:a@example.org' } }]),
    ]);
  });

  it('puts misplaced content where the schema allows it', () => {
    const out = children(
      doc(
        text('Loose'),
        { type: 'listItem', content: [para(text('Stray item'))] },
        { type: 'bulletList', content: [para(text('Not in an item')), text('Bare')] },
        { type: 'table', content: [text('In a table')] },
        { type: 'bulletList', content: [] },
      ),
    );
    expect(out).toEqual([
      para(text('Loose')),
      para(text('Stray item')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Not in an item')), para(text('Bare'))] }] },
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [para(text('In a table'))] }] }],
      },
    ]);
  });

  it('fits spans to the table and folds cells past the column limit into the last one', () => {
    const cell = (value: string, attrs: Record<string, unknown> = {}): PmNode => ({ type: 'tableCell', attrs, content: [para(text(value))] });
    const wide = Array.from({ length: 1000 }, (_, i) => cell(`c${i}`, { colspan: 1e9 }));
    const [table] = children(
      doc({
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('span', { colspan: 1e9, rowspan: 1e9 })] },
          { type: 'tableRow', content: wide },
        ],
      }),
    );
    const [first, second] = table?.content ?? [];
    expect(first?.content?.[0]?.attrs).toEqual({ colspan: MAX_CELL_SPAN, rowspan: 2 });
    expect(second?.content).toHaveLength(MAX_CELL_SPAN);
    expect(second?.content?.every((c) => c.attrs?.['colspan'] === 1 && c.attrs['rowspan'] === 1)).toBe(true);
    expect(plainText(second?.content?.at(-1) ?? doc())).toBe(Array.from({ length: 1000 - MAX_CELL_SPAN + 1 }, (_, i) => `c${i + MAX_CELL_SPAN - 1}`).join(''));
  });

  it('keeps the text of content nested deeper than any document, without recursing into it', () => {
    let deep = para(text('Deep text'));
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', content: [deep] };
    const out = sanitize(doc(deep), { maxNodes: 1_000_000 });
    expect(depthOf(out)).toBeLessThanOrEqual(MAX_DEPTH + 3);
    expect(plainText(out)).toBe('Deep text');
  });

  it('removes characters a DOCX cannot hold', () => {
    expect(plainText(sanitize(doc(para(text('a\u0000b\u0007c\td\uD800e\uFFFF')))))).toBe('abc\td\uFFFDe');
  });

  it('refuses (413 export_too_large) content past the node or text limits', () => {
    const many = doc(...Array.from({ length: 50 }, () => para(text('x'))));
    expect(tooLarge(() => sanitize(many, { maxNodes: 20 }))).toMatchObject({ status: 413, code: 'export_too_large' });
    expect(tooLarge(() => sanitize(doc(para(text('x'.repeat(101)))), { maxTextChars: 100 }))).toMatchObject({ status: 413, code: 'export_too_large' });
    const marks = Array.from({ length: 1000 }, () => ({ type: 'bold' }));
    expect(tooLarge(() => sanitize(doc(para(text('x', marks))), { maxNodes: 500 })).code).toBe('export_too_large');
  });

  it('reads content that is not even a node as an empty document', () => {
    expect(sanitize(null as unknown as PmNode)).toEqual({ type: 'doc', content: [] });
    expect(sanitize({ type: 'doc', content: 'nope' } as unknown as PmNode)).toEqual({ type: 'doc', content: [] });
  });
});
