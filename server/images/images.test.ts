import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contract } from '../../shared/api/index.ts';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import type { CadreServer } from '../server.ts';
import { gifImage, jpegHeader, pngImage, svgWithScript, webpHeader } from '../testing/images.ts';
import { ApiClient, signUp } from '../testing/api-client.ts';
import { connectClient, waitSynced } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';
import { createImageService } from './image-service.ts';
import { DEFAULT_IMAGE_LIMITS } from './limits.ts';
import { sniffImage } from './sniff.ts';

const MAX_IMAGE_BYTES = 128 * 1024;
let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer({ maxImageBytes: MAX_IMAGE_BYTES });
});
afterAll(() => server.close());

/** A multipart body whose name and declared type say PNG, whatever the bytes are. */
const upload = (bytes: Uint8Array, name = 'picture.png', type = 'image/png') => {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
};
const uploadTo = (client: ApiClient, documentId: string, bytes: Uint8Array, status?: number, name?: string) =>
  client.request('POST', `/api/documents/${documentId}/images`, upload(bytes, name)).then((response) => {
    if (status !== undefined) expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response;
  });
const fetchImage = (client: ApiClient, url: string) => fetch(`${server.url}${url}`, { headers: { cookie: client.cookie } });
const imageCount = async (documentId: string) => (await server.services.images.usage(documentId)).count;

describe('sniffImage', () => {
  it('recognises PNG, JPEG, GIF and WebP with their dimensions from the header', () => {
    expect(sniffImage(pngImage(3, 2))).toEqual({ mediaType: 'image/png', width: 3, height: 2 });
    expect(sniffImage(jpegHeader(640, 480))).toEqual({ mediaType: 'image/jpeg', width: 640, height: 480 });
    expect(sniffImage(gifImage())).toEqual({ mediaType: 'image/gif', width: 1, height: 1 });
    expect(sniffImage(webpHeader(300, 200))).toEqual({ mediaType: 'image/webp', width: 300, height: 200 });
  });

  it('refuses SVG, HTML, a truncated header and a PNG signature without its IHDR', () => {
    expect(sniffImage(svgWithScript())).toBeNull();
    expect(sniffImage(Buffer.from('<!doctype html><img src=x onerror=alert(1)>'))).toBeNull();
    expect(sniffImage(pngImage(3, 2).subarray(0, 20))).toBeNull();
    expect(sniffImage(Buffer.concat([pngImage(1, 1).subarray(0, 8), Buffer.from('<svg></svg>'.padEnd(40))]))).toBeNull();
    expect(sniffImage(jpegHeader(0, 480))).toBeNull();
  });
});

describe('POST /api/documents/:id/images and GET /api/images/:id', () => {
  it('stores an image checked from its bytes and serves it to readers with its own type', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const png = pngImage(40, 30);
    // Named and declared as anything: the bytes decide.
    const response = await uploadTo(facilitator, documentId, png, 201, 'photo.svg');
    const image = response.body as { id: string; url: string };
    expect(response.body).toEqual({ id: image.id, url: `/api/images/${image.id}`, mediaType: 'image/png', bytes: png.length, width: 40, height: 30 });

    const observer = await addMember(server, workspaceId, 'observer');
    const served = await fetchImage(observer.client, image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toBe('inline');
    expect(served.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });

  it('lets editors upload, readers see, and answers 404 to anyone outside the workspace', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const { url } = (await uploadTo(facilitator, documentId, pngImage(2, 2), 201)).body as { url: string };
    for (const role of ['chair', 'drafter'] as const) {
      const { client } = await addMember(server, workspaceId, role);
      await uploadTo(client, documentId, pngImage(2, 2), 201);
    }
    for (const role of ['expert', 'observer'] as const) {
      const { client } = await addMember(server, workspaceId, role);
      expect((await uploadTo(client, documentId, pngImage(2, 2), 403)).body).toMatchObject({ error: { code: 'forbidden' } });
      expect((await fetchImage(client, url)).status).toBe(200);
    }
    const stranger = await signUp(server.url, 'Stranger');
    await uploadTo(stranger, documentId, pngImage(2, 2), 404);
    const hidden = await fetchImage(stranger, url);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${server.url}${url}`)).status).toBe(401);
    expect(await imageCount(documentId)).toBe(3);
  });

  it('refuses each bad class with its code and stores nothing', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const refused = async (bytes: Uint8Array, status: number, code: string) => {
      expect((await uploadTo(facilitator, documentId, bytes, status)).body).toMatchObject({ error: { code } });
    };
    await refused(svgWithScript(), 422, 'unsupported_image');
    await refused(Buffer.from('%PDF-1.7\n'), 422, 'unsupported_image');
    await refused(Buffer.from('GIF8'), 422, 'unsupported_image');
    // A decompression bomb: a few bytes that claim 900 million pixels.
    await refused(pngImage(30_000, 30_000, [0, 0, 0], false), 422, 'image_too_large');
    await refused(jpegHeader(20_000, 100), 422, 'image_too_large');
    await refused(Buffer.concat([pngImage(2, 2), Buffer.alloc(MAX_IMAGE_BYTES)]), 413, 'file_too_large');
    const missing = await facilitator.request('POST', `/api/documents/${documentId}/images`, new FormData());
    expect(missing.status).toBe(400);
    expect(await imageCount(documentId)).toBe(0);
  });

  it('bounds the images of one document by number and bytes (409), counting what is stored', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const { user } = await facilitator.call(contract.auth.me, {});
    const images = createImageService(server.services, { ...DEFAULT_IMAGE_LIMITS, maxPerDocument: 2, maxBytesPerDocument: 10_000 });
    await images.store(user.id, documentId, pngImage(2, 2));
    const tooMany = pngImage(3, 3);
    await images.store(user.id, documentId, tooMany);
    await expect(images.store(user.id, documentId, tooMany)).rejects.toMatchObject({ status: 409, code: 'too_many_images' });
    const { documentId: other } = await seedWorkspace(server.url);
    await expect(images.store(user.id, other, Buffer.concat([pngImage(2, 2), Buffer.alloc(10_000)]))).rejects.toMatchObject({ status: 409, code: 'too_many_images' });
    expect(await imageCount(documentId)).toBe(2);
    expect(await imageCount(other)).toBe(0);
  });

  it('stores the bytes of an image pasted into two documents once', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const other = await facilitator.call(contract.documents.create, { params: { id: workspaceId }, body: { title: 'Other' } });
    const png = pngImage(5, 5, [200, 10, 10]);
    const first = (await uploadTo(facilitator, documentId, png, 201)).body as { id: string };
    const second = (await uploadTo(facilitator, other.id, png, 201)).body as { id: string };
    expect(second.id).not.toBe(first.id);
    const [a, b] = [await server.services.images.find(first.id), await server.services.images.find(second.id)];
    expect(a?.sha256).toBe(b?.sha256);
    expect(a?.documentId).toBe(documentId);
    expect(b?.documentId).toBe(other.id);
  });
});

describe('image nodes on the sync socket', () => {
  const insertImage = (doc: Y.Doc, src: string) => {
    const image = new Y.XmlElement('image');
    image.setAttribute('src', src);
    image.setAttribute('alt', 'Map of the border posts');
    doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, [image]);
  };

  it('relays an image of Cadre to the other members and refuses one from elsewhere (4422)', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const { url } = (await uploadTo(facilitator, documentId, pngImage(2, 2), 201)).body as { url: string };
    const drafter = await addMember(server, workspaceId, 'drafter');
    const writer = connectClient(server.url, documentId, facilitator.cookie);
    const reader = connectClient(server.url, documentId, drafter.client.cookie);
    try {
      await Promise.all([waitSynced(writer), waitSynced(reader)]);
      insertImage(writer.doc, url);
      const seen = () => reader.doc.getXmlFragment(DOC_CONTENT_FIELD).toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === 'image');
      await waitFor(() => seen() !== undefined, 'the image at the other member');
      expect((seen() as Y.XmlElement).getAttribute('src')).toBe(url);

      const closes: number[] = [];
      writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
      insertImage(writer.doc, 'https://tracker.example/pixel.png');
      await waitFor(() => closes.includes(4422), 'the foreign image refused');
      const srcs = reader.doc.getXmlFragment(DOC_CONTENT_FIELD).toArray().map((node) => (node instanceof Y.XmlElement ? node.getAttribute('src') : null));
      expect(srcs).not.toContain('https://tracker.example/pixel.png');
    } finally {
      writer.provider.destroy();
      reader.provider.destroy();
    }
  });

  it('shows nothing of another workspace’s image whose id is written into a document, to its readers or in its exports', async () => {
    const victim = await seedWorkspace(server.url);
    const picture = pngImage(6, 6);
    const { url } = (await uploadTo(victim.facilitator, victim.documentId, picture, 201)).body as { url: string };
    // Someone who once saw the id (a former member) names it in a document of their own.
    const other = await seedWorkspace(server.url);
    const observer = await addMember(server, other.workspaceId, 'observer');
    const writer = connectClient(server.url, other.documentId, other.facilitator.cookie);
    try {
      await waitSynced(writer);
      insertImage(writer.doc, url);
      // The sync server takes it: the id is well formed, and naming it shows nothing, as follows.
      await waitFor(async () => JSON.stringify(await server.services.collab.read(other.documentId, docToJson)).includes(url), 'the image node stored');
    } finally {
      writer.provider.destroy();
    }
    // Bytes leave only through the image route, which asks about the image's own document.
    for (const client of [other.facilitator, observer.client]) expect((await fetchImage(client, url)).status).toBe(404);
    for (const format of ['html', 'md']) {
      const exported = await fetch(`${server.url}/api/documents/${other.documentId}/export?format=${format}`, { headers: { cookie: other.facilitator.cookie } });
      expect([format, exported.status, (await exported.text()).includes(picture.toString('base64'))]).toEqual([format, 200, false]);
    }
    expect((await fetchImage(victim.facilitator, url)).status).toBe(200);
  });
});
