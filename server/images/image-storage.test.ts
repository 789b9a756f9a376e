import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract as api } from '../../shared/api/index.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { pngImage } from '../testing/images.ts';
import { startTestServer, tempDataDir } from '../testing/test-server.ts';

/**
 * Image files follow their rows: deleting documents or a workspace for good deletes the files
 * no other document uses, and the sweep deletes what a crash or an interrupted write left.
 */
let server: CadreServer;
let admin: ApiClient;
const dataDir = tempDataDir();
const fileOf = (sha256: string) => path.join(dataDir, 'images', sha256.slice(0, 2), sha256);
const onDisk = (sha256: string) => fs.stat(fileOf(sha256)).then(() => true, () => false);
const hashOf = (bytes: Uint8Array) => server.services.imageFiles.hashOf(bytes);

beforeAll(async () => {
  server = await startTestServer({ dataDir });
  // The first account of an instance is its administrator, who alone deletes for good.
  admin = await signUp(server.url, 'Ada Administrator');
});
afterAll(() => server.close());

async function documentIn(workspaceId: string, title: string): Promise<string> {
  return (await admin.call(api.documents.create, { params: { id: workspaceId }, body: { title } })).id;
}

/** Uploads a picture to a document; answers the URL it is served at. */
async function upload(documentId: string, bytes: Uint8Array): Promise<string> {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], 'picture.png', { type: 'image/png' }));
  const response = await admin.request('POST', `/api/documents/${documentId}/images`, form);
  expect(response.status).toBe(201);
  return (response.body as { url: string }).url;
}

async function served(url: string, bytes: Uint8Array): Promise<boolean> {
  const response = await fetch(`${server.url}${url}`, { headers: { cookie: admin.cookie } });
  return response.status === 200 && Buffer.from(await response.arrayBuffer()).equals(bytes);
}

async function deleteDocument(documentId: string): Promise<void> {
  await admin.call(api.documents.archive, { params: { id: documentId } });
  await admin.call(api.documents.remove, { params: { id: documentId } });
}

describe('image files and deletion for good', () => {
  it('deletes a document’s image files with it, but keeps a file another document still uses', async () => {
    const workspace = await admin.call(api.workspaces.create, { body: { title: 'Images that go' } });
    const [first, second] = [await documentIn(workspace.id, 'First'), await documentIn(workspace.id, 'Second')];
    const own = pngImage(11, 7);
    const shared = pngImage(13, 5);
    await upload(first, own);
    await upload(first, shared);
    const sharedUrl = await upload(second, shared);
    expect([await onDisk(hashOf(own)), await onDisk(hashOf(shared))]).toEqual([true, true]);

    await deleteDocument(first);
    expect([await onDisk(hashOf(own)), await onDisk(hashOf(shared))]).toEqual([false, true]);
    expect(await served(sharedUrl, shared)).toBe(true);

    await deleteDocument(second);
    expect(await onDisk(hashOf(shared))).toBe(false);
  });

  it('deletes the image files of a workspace’s documents, archived ones included, with the workspace', async () => {
    const workspace = await admin.call(api.workspaces.create, { body: { title: 'A workspace that goes' } });
    const [live, archived] = [await documentIn(workspace.id, 'Live'), await documentIn(workspace.id, 'Archived')];
    const pictures = [pngImage(17, 3), pngImage(19, 3)];
    await upload(live, pictures[0] as Buffer);
    await upload(archived, pictures[1] as Buffer);
    await admin.call(api.documents.archive, { params: { id: archived } });

    await admin.call(api.workspaces.archive, { params: { id: workspace.id } });
    await admin.call(api.workspaces.remove, { params: { id: workspace.id } });
    for (const picture of pictures) expect(await onDisk(hashOf(picture))).toBe(false);
  });

  it('lets an image uploaded again after its file went be stored and served again', async () => {
    const workspace = await admin.call(api.workspaces.create, { body: { title: 'Back again' } });
    const picture = pngImage(23, 3);
    const gone = await documentIn(workspace.id, 'Gone');
    await upload(gone, picture);
    await deleteDocument(gone);
    expect(await served(await upload(await documentIn(workspace.id, 'Again'), picture), picture)).toBe(true);
  });
});

describe('the sweep of image files', () => {
  it('deletes files no image names and interrupted writes, and keeps every file an image names', async () => {
    const workspace = await admin.call(api.workspaces.create, { body: { title: 'Swept' } });
    const kept = pngImage(29, 3);
    await upload(await documentIn(workspace.id, 'Kept'), kept);
    // What a crash leaves: a file whose rows were deleted before it, and half a write.
    const orphan = pngImage(31, 3);
    await server.services.imageFiles.write(hashOf(orphan), orphan);
    const partial = `${fileOf(hashOf(orphan))}.0123456789ab.partial`;
    await fs.writeFile(partial, orphan.subarray(0, 10));
    // A name the server never writes is not its to delete.
    const stranger = path.join(dataDir, 'images', 'README');
    await fs.writeFile(stranger, 'left here by an operator');

    expect(await server.services.imageStorage.sweep()).toEqual({ images: 1, partials: 1 });
    expect([await onDisk(hashOf(kept)), await onDisk(hashOf(orphan))]).toEqual([true, false]);
    expect(await fs.stat(partial).then(() => true, () => false)).toBe(false);
    expect(await fs.readFile(stranger, 'utf8')).toBe('left here by an operator');
    expect(await server.services.imageStorage.sweep()).toEqual({ images: 0, partials: 0 });
  });
});
