import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { DEFAULT_EXPORT_LIMITS, ModelBudget } from '../export/limits.ts';
import { sanitizeContent } from '../export/sanitize.ts';
import { pdfText, requireProgram } from '../export/test-helpers.ts';
import type { CadreServer } from '../server.ts';
import type { ApiClient } from '../testing/api-client.ts';
import { pngImage, webpHeader } from '../testing/images.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';

let server: CadreServer;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
let foreignSrc: string;

const uploadTo = async (client: ApiClient, documentId: string, bytes: Buffer): Promise<string> => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], 'image'));
  return (await client.call(contract.images.uploadImage, { params: { id: documentId }, body: form }, 201)).url;
};
const paragraph = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const image = (src: string, alt: string, width: number | null = null): PmNode => ({ type: 'image', attrs: { src, alt, width } });

beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedWorkspace(server.url);
  const own = await uploadTo(seeded.facilitator, seeded.documentId, pngImage(120, 80, [10, 120, 60]));
  const webp = await uploadTo(seeded.facilitator, seeded.documentId, webpHeader(50, 50));
  // An image of another document, its id pasted here by someone who could read both.
  const other = await seedWorkspace(server.url);
  foreignSrc = await uploadTo(other.facilitator, other.documentId, pngImage(60, 60, [200, 0, 0]));
  await server.services.collab.change(seeded.documentId, (doc) =>
    replaceDocContent(doc, {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Border posts' }] },
        paragraph('Before the map.'),
        image(own, 'Map of the twelve border posts'),
        image(foreignSrc, 'Someone else’s chart'),
        image(webp, 'Organigram'),
        paragraph('After the map.'),
      ],
    }),
  );
});
afterAll(() => server.close());

async function download(format: string, query = ''): Promise<Buffer> {
  const response = await fetch(`${server.url}/api/documents/${seeded.documentId}/export?format=${format}${query}`, { headers: { cookie: seeded.facilitator.cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** The images of a PDF as `pdfimages -list` reports them: width and height of each. */
function pdfImageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  requireProgram('pdfimages', 'poppler-utils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-pdfimages-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), pdf);
    const lines = execFileSync('pdfimages', ['-list', path.join(dir, 'in.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    return lines.map((line) => {
      const columns = line.trim().split(/\s+/);
      return { width: Number(columns[3]), height: Number(columns[4]) };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('exports of a document with images', () => {
  it('embeds its own images in HTML as data: URIs with their alt text, and nothing of another document', async () => {
    const html = (await download('html')).toString('utf8');
    const images = [...html.matchAll(/<img src="([^"]+)" alt="([^"]*)"/g)];
    expect(images.map((m) => m[2])).toEqual(['Map of the twelve border posts', 'Organigram']);
    expect(images[0]?.[1]).toBe(`data:image/png;base64,${pngImage(120, 80, [10, 120, 60]).toString('base64')}`);
    expect(images[1]?.[1]).toMatch(/^data:image\/webp;base64,/);
    expect(html).not.toContain('/api/images/');
    expect(html).toContain('[Image: Someone else’s chart]');
    expect(html).toContain("img-src data:");
  });

  it('embeds it in Markdown as a data: URI', async () => {
    const markdown = (await download('md')).toString('utf8');
    expect(markdown).toContain(`![Map of the twelve border posts](data:image/png;base64,${pngImage(120, 80, [10, 120, 60]).toString('base64')})`);
    expect(markdown).not.toContain('/api/images/');
  });

  it('puts it in the DOCX as a picture with its description; WebP, which Word cannot hold, as its description', async () => {
    const zip = await JSZip.loadAsync(await download('docx'));
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(body).toContain('descr="Map of the twelve border posts"');
    expect(body).toContain('[Image: Organigram]');
  });

  it('shows it in the PDF, and a version keeps it', async () => {
    const pdf = await download('pdf');
    expect(pdfImageSizes(pdf)).toEqual([{ width: 120, height: 80 }]);
    expect(pdfText(pdf)).toContain('Before the map.');

    const version = await seeded.facilitator.call(contract.versions.create, { params: { id: seeded.documentId }, body: { name: 'With the map' } });
    await server.services.collab.change(seeded.documentId, (doc) => replaceDocContent(doc, { type: 'doc', content: [paragraph('The map is gone.')] }));
    const html = (await download('html', `&version=${version.id}`)).toString('utf8');
    expect(html).toContain('alt="Map of the twelve border posts"');
    expect(html).toContain('data:image/png;base64,');
  });
});

describe('image nodes in stored content', () => {
  it('keep only a Cadre src, a bounded alt and a width in range; anything else is left out', () => {
    const stored: PmNode = {
      type: 'doc',
      content: [
        image('/api/images/AAAAAAAAAAAAAAAAAAAAAA', 'kept', 1e9),
        image('https://tracker.example/pixel.png', 'tracker'),
        image('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'inline svg'),
        image('javascript:alert(1)', 'script'),
        { type: 'image', attrs: { src: '/api/images/BBBBBBBBBBBBBBBBBBBBBB', alt: 'x'.repeat(5000), onerror: 'alert(1)' } },
        // Misplaced inside a paragraph, where the schema never puts one: left out.
        { type: 'paragraph', content: [image('/api/images/CCCCCCCCCCCCCCCCCCCCCC', 'inline')] },
      ],
    };
    const safe = sanitizeContent(stored, new ModelBudget(DEFAULT_EXPORT_LIMITS));
    expect(safe.content).toEqual([
      image('/api/images/AAAAAAAAAAAAAAAAAAAAAA', 'kept', 2000),
      image('/api/images/BBBBBBBBBBBBBBBBBBBBBB', 'x'.repeat(1000)),
      { type: 'paragraph' },
    ]);
  });
});
