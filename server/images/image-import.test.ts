import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { pngImage } from '../testing/images.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A Word file made by the docx library, as Word lays pictures out: inline in a paragraph's run. */
async function wordFileWithImages(): Promise<Buffer> {
  const picture = (data: Buffer, description: string, type: 'png' | 'bmp' = 'png') =>
    new ImageRun({ type, data, transformation: { width: 120, height: 80 }, altText: { name: description, description, title: description } });
  const bmp = Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]);
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('The border posts '), picture(pngImage(120, 80, [20, 90, 160]), 'Map of the border posts'), new TextRun(' are shown here.')] }),
          // A bitmap the browser could show but Cadre does not take, and a decompression bomb.
          new Paragraph({ children: [picture(bmp, 'Old scan', 'bmp')] }),
          new Paragraph({ children: [picture(pngImage(30_000, 30_000, [0, 0, 0], false), 'Huge')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('import of a Word document with images', () => {
  it('keeps each image it may hold as an image of the new document, with its description, and reports the rest dropped', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const form = new FormData();
    form.set('file', new File([new Uint8Array(await wordFileWithImages())], 'Border plan.docx'));
    const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: form }, 201);
    expect(imported.report).toEqual(
      expect.arrayContaining([
        { kind: 'images', outcome: 'kept', count: 1 },
        { kind: 'images', outcome: 'dropped', count: 2 },
      ]),
    );

    const content = await server.services.collab.read(imported.document.id, (doc) => docToJson(doc));
    const blocks = content.content ?? [];
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(blocks[0]?.content?.[0]?.text).toBe('The border posts ');
    const image = blocks[1] as PmNode;
    expect(image.attrs?.['alt']).toBe('Map of the border posts');
    const served = await fetch(`${server.url}${String(image.attrs?.['src'])}`, { headers: { cookie: facilitator.cookie } });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(pngImage(120, 80, [20, 90, 160]))).toBe(true);
    expect((await server.services.images.usage(imported.document.id)).count).toBe(1);
  });
});
