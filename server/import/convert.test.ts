import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../shared/editor/schema-extensions.ts';
import { convertDocx } from './convert.ts';
import { buildDocx, cell, commented, deletion, footnoteReference, hyperlink, image, insertion, paragraph, run, table } from './fixtures/build-docx.ts';
import { DEFAULT_IMPORT_LIMITS } from './limits.ts';
import { outline } from './fixtures/outline.ts';


const convert = async (parts: Parameters<typeof buildDocx>[0]) => convertDocx(await buildDocx(parts), DEFAULT_IMPORT_LIMITS);

describe('Word to the editor schema', () => {
  it('maps headings of English, French, Portuguese, Spanish and Arabic templates, clamping levels to three', async () => {
    const { doc, counts } = await convert({
      body: [
        paragraph(run('One'), { style: 'Heading1' }),
        paragraph(run('Deux'), { style: 'Titre2' }),
        paragraph(run('Três'), { style: 'Ttulo3' }),
        paragraph(run('Cuatro'), { style: 'Heading4' }),
        paragraph(run('Body')),
      ].join(''),
      extra: {
        'word/styles.xml': `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Ar1"><w:name w:val="عنوان 1"/></w:style></w:styles>`,
      },
    });
    expect(doc.content?.map(outline)).toEqual([{ heading1: 'One' }, { heading2: 'Deux' }, { heading3: 'Três' }, { heading3: 'Cuatro' }, { paragraph: 'Body' }]);
    expect(counts.deepHeadings).toBe(1);
    const arabic = await convert({
      body: paragraph(run('مقدمة'), { style: 'Ar1' }),
      extra: {
        'word/styles.xml': `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Ar1"><w:name w:val="عنوان 1"/></w:style></w:styles>`,
      },
    });
    expect(arabic.doc.content?.map(outline)).toEqual([{ heading1: 'مقدمة' }]);
  });

  it('keeps bold, italic, underline and safe links, dropping other link schemes', async () => {
    const { doc, counts } = await convert({
      body: paragraph(run('b', 'b') + run('i', 'i') + run('u', 'u') + hyperlink('rL1', 'site') + hyperlink('rL2', 'mail') + hyperlink('rL3', 'evil')),
      links: { rL1: 'https://example.org/a', rL2: 'mailto:a@example.org', rL3: 'javascript:alert(1)' },
    });
    const texts = doc.content?.[0]?.content ?? [];
    expect(texts.map((t) => [t.text, (t.marks ?? []).map((m) => (m.type === 'link' ? `link:${String(m.attrs?.['href'])}` : m.type))])).toEqual([
      ['b', ['bold']],
      ['i', ['italic']],
      ['u', ['underline']],
      ['site', ['link:https://example.org/a']],
      ['mail', ['link:mailto:a@example.org']],
      ['evil', []],
    ]);
    expect(counts).toMatchObject({ links: 2, unsafeLinks: 1 });
  });

  it('nests lists and keeps merged table cells, valid for the editor schema', async () => {
    const { doc, counts } = await convert({
      body: [
        paragraph(run('first'), { list: { numId: 1, level: 0 } }),
        paragraph(run('inner'), { list: { numId: 1, level: 1 } }),
        paragraph(run('second'), { list: { numId: 1, level: 0 } }),
        paragraph(run('step'), { list: { numId: 2, level: 0 } }),
        table([
          [cell('wide', { span: 2 }), cell('tall', { merge: 'restart' })],
          [cell('a'), cell('b'), cell('', { merge: 'continue' })],
        ]),
      ].join(''),
    });
    expect(doc.content?.map(outline)).toEqual([
      { bulletList: [{ listItem: [{ paragraph: 'first' }, { bulletList: [{ listItem: [{ paragraph: 'inner' }] }] }] }, { listItem: [{ paragraph: 'second' }] }] },
      { orderedList: [{ listItem: [{ paragraph: 'step' }] }] },
      { table: [{ tableRow: [{ tableCell: [{ paragraph: 'wide' }] }, { tableCell: [{ paragraph: 'tall' }] }] }, { tableRow: [{ tableCell: [{ paragraph: 'a' }] }, { tableCell: [{ paragraph: 'b' }] }] }] },
    ]);
    const firstRow = doc.content?.[2]?.content?.[0]?.content ?? [];
    expect(firstRow.map((c) => [c.attrs?.['colspan'], c.attrs?.['rowspan']])).toEqual([[2, 1], [1, 2]]);
    expect(counts).toMatchObject({ lists: 3, tables: 1, mergedCells: 2 });
    expect(() => documentSchema().nodeFromJSON(doc).check()).not.toThrow();
  });

  it('gathers footnotes into a Notes section, accepts tracked changes, counts images and right-to-left paragraphs', async () => {
    const { doc, counts, facts } = await convert({
      body: [
        paragraph(run('Claim') + footnoteReference(1)),
        paragraph(run('kept ') + insertion(run('added')) + deletion('removed')),
        paragraph(run('صورة') + image('rImg1'), { rtl: true }),
      ].join(''),
      footnotes: [{ id: 1, text: 'Source of the claim' }],
      images: ['rImg1'],
    });
    expect(doc.content?.map(outline)).toEqual([
      { paragraph: 'Claim[1]' },
      { paragraph: 'kept added' },
      { paragraph: 'صورة' },
      // The picture after the text, as a block of its own (stored once the document exists).
      { image: [] },
      { heading2: 'Notes' },
      { paragraph: '[1] Source of the claim' },
    ]);
    expect(counts).toMatchObject({ footnotes: 1, images: 1 });
    expect(facts).toMatchObject({ rightToLeft: 1, trackedChanges: 2 });
  });

  it('marks comment ranges and reads their authors and text', async () => {
    const { doc, facts } = await convert({
      body: paragraph(run('Before ') + commented(0, run('the quoted words')) + run(' after')),
      comments: [{ id: 0, author: 'Ana Lima', text: 'Check this figure' }],
    });
    expect(facts.comments).toEqual([{ id: '0', author: 'Ana Lima', text: 'Check this figure' }]);
    const text = (doc.content?.[0]?.content ?? []).map((t) => t.text).join('');
    expect(text).toBe('Before \uE0000\uE001the quoted words\uE0020\uE003 after');
  });

  it('moves comment boundaries that Word put between paragraphs into them, leaving no paragraph of their own', async () => {
    const { doc } = await convert({
      body: [
        paragraph(run('Before')),
        '<w:commentRangeStart w:id="4"/>',
        paragraph(run('Whole paragraph')),
        '<w:commentRangeEnd w:id="4"/>',
        paragraph('<w:r><w:commentReference w:id="4"/></w:r>' + run('After')),
      ].join(''),
      comments: [{ id: 4, author: 'Ana Lima', text: 'Rewrite' }],
    });
    expect(doc.content?.map(outline)).toEqual([{ paragraph: 'Before' }, { paragraph: '\uE0004\uE001Whole paragraph\uE0024\uE003' }, { paragraph: 'After' }]);
  });
});
