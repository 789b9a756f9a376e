import { getAttributes, isActive as tiptapIsActive } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { documentSchema } from '../../../../shared/editor/schema-extensions.ts';
import { isActive, nodeAttributes } from './selection-state.ts';

const schema = documentSchema();

type Block = { kind: 'paragraph' | 'heading' | 'quote' | 'list' | 'table'; level: number; dir: 'ltr' | 'rtl' | null; text: string };
const block: fc.Arbitrary<Block> = fc.record({
  kind: fc.constantFrom('paragraph', 'heading', 'quote', 'list', 'table'),
  level: fc.integer({ min: 1, max: 3 }),
  dir: fc.constantFrom('ltr', 'rtl', null),
  text: fc.constantFrom('', 'Scope', 'Budget and means'),
});

function node(b: Block): PmNode {
  const content = b.text ? [schema.text(b.text)] : [];
  const paragraph = schema.node('paragraph', { dir: b.dir }, content);
  const heading = schema.node('heading', { level: b.level, dir: b.dir }, content);
  switch (b.kind) {
    case 'paragraph':
      return paragraph;
    case 'heading':
      return heading;
    case 'quote':
      return schema.node('blockquote', null, [heading, paragraph]);
    case 'list':
      return schema.node('bulletList', null, [schema.node('listItem', null, [paragraph]), schema.node('listItem', null, [paragraph, schema.node('orderedList', null, [schema.node('listItem', null, [paragraph])])])]);
    case 'table':
      return schema.node('table', null, [schema.node('tableRow', null, [schema.node('tableHeader', null, [heading]), schema.node('tableCell', null, [paragraph])])]);
  }
}

const QUESTIONS: Array<[string, Record<string, unknown>?]> = [
  ['paragraph'],
  ['heading'],
  ['heading', { level: 1 }],
  ['heading', { level: 2 }],
  ['heading', { level: 3 }],
  ['paragraph', { dir: 'rtl' }],
  ['bulletList'],
  ['orderedList'],
  ['listItem'],
  ['blockquote'],
  ['table'],
  ['tableCell'],
  ['bold'],
];

describe('what the toolbar reads of the selection', () => {
  it("answers as Tiptap's isActive and getAttributes do, for a caret anywhere and for selected ranges", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (blocks, a, b) => {
        const doc = schema.node('doc', null, blocks.map(node));
        const size = doc.content.size;
        const anchor = TextSelection.between(doc.resolve(a % (size + 1)), doc.resolve(a % (size + 1)));
        const range = TextSelection.between(doc.resolve(a % (size + 1)), doc.resolve(b % (size + 1)));
        for (const selection of [anchor, range]) {
          const state = EditorState.create({ doc, selection });
          for (const [name, attributes] of QUESTIONS) {
            expect(isActive(state, name, attributes), `${name} ${JSON.stringify(attributes)}`).toBe(tiptapIsActive(state, name, attributes));
          }
          for (const name of ['paragraph', 'heading', 'tableCell']) expect(nodeAttributes(state, name)).toEqual(getAttributes(state, name));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads a caret deep in a long document from its ancestors, not from the blocks before it', () => {
    const blocks = Array.from({ length: 20_000 }, (_, i) => schema.node('paragraph', null, [schema.text(`Paragraph ${i}`)]));
    const doc = schema.node('doc', null, [...blocks, schema.node('heading', { level: 2, dir: 'rtl' }, [schema.text('Annex')])]);
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, doc.content.size - 2) });
    const walk = vi.spyOn(doc, 'nodesBetween');
    expect(isActive(state, 'heading', { level: 2 })).toBe(true);
    expect(nodeAttributes(state, 'heading')['dir']).toBe('rtl');
    expect(walk).not.toHaveBeenCalled();
    // Tiptap's own answer walks from the start of the document: what this module avoids.
    expect(tiptapIsActive(state, 'heading', { level: 2 })).toBe(true);
    expect(walk).toHaveBeenCalled();
  });
});
