import { describe, expect, it } from 'vitest';
import { compareDocuments } from './compare.ts';
import { doc, heading, paragraph } from './fixtures.ts';

describe('compareDocuments', () => {
  it('marks whole blocks added or removed, and ignores template guidance', () => {
    const before = doc(heading(2, 'Vision'), paragraph('Kept.'), paragraph('Dropped paragraph.'), { type: 'guidanceHint', content: [{ type: 'text', text: 'Hint' }] });
    const after = doc(heading(2, 'Vision'), paragraph('Kept.'), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('New item')] }] });
    const result = compareDocuments(before, after);
    expect(result.blocks.map((b) => [b.kind, b.status, b.parts.map((p) => p.text).join('')])).toEqual([
      ['heading:2', 'equal', 'Vision'],
      ['paragraph', 'equal', 'Kept.'],
      ['paragraph', 'deleted', 'Dropped paragraph.'],
      ['listItem', 'inserted', 'New item'],
    ]);
    expect(compareDocuments(before, doc(heading(2, 'Vision'))).blocks.map((b) => b.status)).toEqual(['equal', 'deleted', 'deleted']);
  });
});
