import type { PmNode } from '../../shared/schemas/versions.ts';

const text = (value: string, marks?: PmNode['marks']): PmNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
export const paragraph = (...content: Array<string | PmNode>): PmNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
});
export const heading = (level: number, value: string): PmNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
export const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

/** A document with every element exports support, with distinctive words to look for. */
export function fixtureDocument(): PmNode {
  const cell = (type: 'tableCell' | 'tableHeader', value: string): PmNode => ({ type, content: [paragraph(value)] });
  const item = (...content: PmNode[]): PmNode => ({ type: 'listItem', content });
  return doc(
    heading(1, 'Rationale and need'),
    paragraph(
      'The policy answers ',
      text('growing labour mobility', [{ type: 'bold' }]),
      ', ',
      text('diaspora investment', [{ type: 'italic' }]),
      ' and ',
      text('data gaps', [{ type: 'underline' }]),
      '. See ',
      text('the national plan', [{ type: 'link', attrs: { href: 'https://example.org/plan' } }]),
      ' and ',
      text('the hostile link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      '.',
    ),
    heading(2, 'Guiding principles'),
    { type: 'bulletList', content: [item(paragraph('Partnership'), { type: 'bulletList', content: [item(paragraph('Nested coordination'))] }), item(paragraph('Human rights'))] },
    { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph('First measure')), item(paragraph('Second measure'))] },
    { type: 'blockquote', content: [paragraph('Ownership stays with the lead institution.')] },
    heading(3, 'Action plan summary'),
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Measure'), cell('tableHeader', 'Responsible'), cell('tableHeader', 'Deadline')] },
        { type: 'tableRow', content: [cell('tableCell', 'Census module'), cell('tableCell', 'Statistics office'), cell('tableCell', 'Quarter four')] },
        { type: 'tableRow', content: [cell('tableCell', 'Consular register'), cell('tableCell', 'Foreign affairs'), cell('tableCell', 'Next year')] },
      ],
    },
    paragraph('<script>alert("x")</script><img src=x onerror=alert(1)>'),
    { type: 'guidanceHint', content: [text('Template hint that must never be exported')] },
  );
}
