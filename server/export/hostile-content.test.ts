import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { DEFAULT_EXPORT_LIMITS } from './limits.ts';
import { officeText, pdfText, requireProgram } from './test-helpers.ts';
import { contract } from '../../shared/api/index.ts';

/**
 * Content the editor never writes, put straight into the Y.Doc as a buggy client or an old
 * stored document could: every export must still answer, small, without the hostile values.
 */
type Attrs = Record<string, string | number | object>;
const GIANT = 200_000;

function element(name: string, attrs: Attrs, ...children: Array<Y.XmlElement | Y.XmlText>): Y.XmlElement {
  const node = new Y.XmlElement(name);
  // Yjs stores any JSON value as an attribute; its default typing only admits strings.
  const attributed = node as Y.XmlElement<Attrs>;
  for (const [key, value] of Object.entries(attrs)) attributed.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

/** A text of segments, each with its formatting (marks) as y-prosemirror stores them. */
function text(...segments: Array<[string, Record<string, unknown>]>): Y.XmlText {
  const node = new Y.XmlText();
  let at = 0;
  for (const [value, attributes] of segments) {
    node.insert(at, value, attributes);
    at += value.length;
  }
  return node;
}

const paragraph = (value: string, attrs: Attrs = {}) => element('paragraph', attrs, text([value, {}]));
const cell = (attrs: Attrs, value: string) => element('tableCell', attrs, paragraph(value));

function writeHostileContent(doc: Y.Doc): void {
  let deep = paragraph('Deep text');
  for (let i = 0; i < 200; i++) deep = element('blockquote', {}, deep);
  doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [
    element('heading', { level: 100_000_000 }, text(['Huge level heading', {}])),
    element('heading', { level: 0 }, text(['Zero level heading', {}])),
    element('heading', { level: -5 }, text(['Negative level heading', {}])),
    element('heading', { level: '9'.repeat(GIANT) }, text(['Giant level heading', {}])),
    paragraph('Styled paragraph', { style: 'S'.repeat(GIANT) }),
    element('script', { src: 'javascript:alert(1)' }, text(['Script body text', {}])),
    element('iframe', { srcdoc: 'F'.repeat(GIANT) }),
    element(
      'paragraph',
      {},
      text(
        ['Click here', { link: { href: 'javascript:alert(2)' } }],
        [' then ', {}],
        ['Long link', { link: { href: `https://example.org/${'L'.repeat(GIANT)}` } }],
        [' then ', {}],
        ['Good link', { link: { href: 'https://example.org/good' } }],
        [' then ', {}],
        ['Blinking text', { blink: { speed: 'B'.repeat(GIANT) } }],
        [' then ', {}],
        ['Twice bold', { bold: true, 'bold--x1': true }],
      ),
    ),
    element(
      'table',
      {},
      element('tableRow', {}, cell({ colspan: 1e9 }, 'Wide cell')),
      element('tableRow', {}, cell({ rowspan: 1e9 }, 'Tall cell'), cell({ colspan: 99 }, 'Mid cell')),
      element('tableRow', {}, cell({ rowspan: '1'.repeat(GIANT) }, 'Last cell')),
    ),
    element('orderedList', { start: 1e15 }, element('listItem', {}, paragraph('Numbered item'))),
    text(['Loose root text', {}]),
    element('listItem', {}, paragraph('Stray item')),
    deep,
  ]);
}

const MARKERS = [
  'Huge level heading',
  'Zero level heading',
  'Negative level heading',
  'Giant level heading',
  'Styled paragraph',
  'Script body text',
  'Click here',
  'Long link',
  'Good link',
  'Blinking text',
  'Twice bold',
  'Wide cell',
  'Tall cell',
  'Mid cell',
  'Last cell',
  'Numbered item',
  'Loose root text',
  'Stray item',
  'Deep text',
];
const HOSTILE = ['javascript:', 'SSSSSSSS', 'FFFFFFFF', 'LLLLLLLL', 'BBBBBBBB', '99999999', '100000000'];

function expectSafeText(output: string): void {
  for (const marker of MARKERS) expect(output).toContain(marker);
  for (const hostile of HOSTILE) expect(output).not.toContain(hostile);
}

let server: CadreServer;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedWorkspace(server.url);
  await server.services.collab.change(seeded.documentId, writeHostileContent);
});
afterAll(() => server.close());

async function download(format: string, documentId = seeded.documentId) {
  const response = await fetch(`${server.url}/api/documents/${documentId}/export?format=${format}`, { headers: { cookie: seeded.facilitator.cookie } });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, text: body.toString('utf8') };
}

async function expectExport(format: string, maxBytes: number): Promise<Buffer> {
  const { status, body, text } = await download(format);
  expect(status, text.slice(0, 300)).toBe(200);
  expect(body.length).toBeLessThan(maxBytes);
  return body;
}

describe('exports of content outside the schema', () => {
  it('Markdown: headings at levels 1–3, links only to the web, no hostile value', async () => {
    const markdown = (await expectExport('md', 16 * 1024)).toString('utf8');
    expectSafeText(markdown);
    // The title is `#`, document headings `##` to `####`: never deeper, never another title.
    expect(markdown.match(/^#+ /gm)?.filter((h) => h === '# ')).toHaveLength(1);
    expect(markdown).not.toMatch(/^#{5,}/m);
    expect(markdown).toContain('#### Huge level heading');
    expect(markdown).toContain('[Good link](<https://example.org/good>)');
    expect(markdown).not.toContain('](<https://example.org/L');
    expect(markdown).toContain('**Twice bold**');
    expect(markdown).toContain('1000000. Numbered item');
  });

  it('HTML: spans within the table, no unknown element, no hostile value', async () => {
    const html = (await expectExport('html', 16 * 1024)).toString('utf8');
    expectSafeText(html);
    expect(html).not.toMatch(/<(script|iframe)/i);
    expect(html).not.toMatch(/<h([5-9]|\d\d)/);
    // The table is two columns by three rows: spans reach its edges, never past them.
    expect(html).toContain('<td colspan="2"><p>Wide cell</p></td>');
    expect(html).toContain('<td rowspan="2"><p>Tall cell</p></td>');
    expect(html).toContain('<td><p>Mid cell</p></td>');
    expect(html).toContain('<td><p>Last cell</p></td>');
    expect([...html.matchAll(/(colspan|rowspan)="(\d+)"/g)].map((m) => m[0])).toEqual(['colspan="2"', 'rowspan="2"']);
    expect([...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1])).toEqual(['https://example.org/good']);
  });

  it('DOCX: opens in LibreOffice with every text and no hostile value', { timeout: 120_000 }, async () => {
    const docx = await expectExport('docx', 64 * 1024);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expectSafeText(officeText(docx, 'docx'));
  });

  it('ODT: converted, with every text and no hostile value', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const odt = await expectExport('odt', 64 * 1024);
    expect(odt.subarray(30, 38).toString()).toBe('mimetype');
    expectSafeText(officeText(odt, 'odt'));
  });

  it('PDF: converted, with every text and no hostile value', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const pdf = await expectExport('pdf', 512 * 1024);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expectSafeText(pdfText(pdf));
  });

  it('answers 413 export_too_large for a document past the size limits, in every format', async () => {
    const big = await seeded.facilitator.call(contract.documents.create, { params: { id: seeded.workspaceId }, body: { title: 'Huge' } });
    await server.services.collab.change(big.id, (doc) => doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [paragraph('x'.repeat(DEFAULT_EXPORT_LIMITS.maxTextChars + 1))]));
    for (const format of ['md', 'html', 'docx', 'odt', 'pdf']) {
      const { status, text } = await download(format, big.id);
      expect(status, format).toBe(413);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'export_too_large' } });
    }
  });
});
