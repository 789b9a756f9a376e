import { describe, expect, it } from 'vitest';
import { contentAllowList, shapeOf } from './content-allow-list.ts';
import { DOCUMENT_SHAPE } from './document-shape.ts';
import { documentSchema } from './schema-extensions.ts';

describe('the document shape the sync server checks edits against', () => {
  it("is the editor's schema: run `npm run generate:document-shape` after changing an extension", () => {
    expect(DOCUMENT_SHAPE).toEqual(shapeOf(documentSchema()));
  });

  it('allows every node and mark of the schema and nothing else', () => {
    const schema = documentSchema();
    const { nodes, marks } = contentAllowList();
    expect([...nodes.keys()].sort()).toEqual(Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text').sort());
    expect([...marks.keys()].sort()).toEqual(Object.keys(schema.marks).sort());
  });
});
