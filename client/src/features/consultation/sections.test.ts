import { describe, expect, it } from 'vitest';
import { sectionsOf } from './sections.ts';

const text = (value: string) => ({ type: 'text', text: value });
const paragraph = (value: string) => ({ type: 'paragraph', content: [text(value)] });
const heading = (value: string) => ({ type: 'heading', attrs: { level: 1 }, content: [text(value)] });

describe('sections of a published version', () => {
  it('cuts at headings and keeps what comes first for the document as a whole', () => {
    const sections = sectionsOf({ type: 'doc', content: [paragraph('Preamble'), heading('Objectives'), paragraph('One'), paragraph('Two'), heading('Governance')] });
    expect(sections.map((s) => [s.title, s.body.length])).toEqual([['', 1], ['Objectives', 2], ['Governance', 0]]);
  });

  it('leaves out an empty preamble', () => {
    expect(sectionsOf({ type: 'doc', content: [heading('Vision'), paragraph('Text')] }).map((s) => s.title)).toEqual(['Vision']);
  });
});
