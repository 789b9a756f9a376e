import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docToJson } from '../versions/doc-content.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('documents API', () => {
  it('creates, lists, reads and renames documents in a workspace', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const detail = await facilitator.call(contract.workspaces.get, { params: { id: workspaceId } });
    expect(detail.documents.map((d) => d.id)).toEqual([documentId]);

    const renamed = await facilitator.call(contract.documents.rename, { params: { id: documentId }, body: { title: '  Action plan  ' } });
    expect(renamed.title).toBe('Action plan');
    expect(renamed.abilities.edit).toBe(true);
    expect((await facilitator.call(contract.documents.get, { params: { id: documentId } })).title).toBe('Action plan');
  });

  it('answers bad bodies with 400 and field errors, changing nothing', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const empty = await facilitator.request('PATCH', `/api/documents/${documentId}`, { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: 'invalid_request', fields: { title: [{ code: 'required', message: 'title is required' }] } });
    expect((await facilitator.request('PATCH', `/api/documents/${documentId}`, { title: 'x', admin: true })).status).toBe(400);
    const notJson = await fetch(`${server.url}/api/documents/${documentId}`, {
      method: 'PATCH',
      headers: { cookie: facilitator.cookie, 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    expect((await facilitator.call(contract.documents.get, { params: { id: documentId } })).title).toBe('Draft policy');
  });

  it('refuses bodies over the size limit with 413', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const response = await facilitator.request('PATCH', `/api/documents/${documentId}`, { title: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it('lets an observer read but not rename, and hides documents from outsiders', async () => {
    const { workspaceId, documentId } = await seedWorkspace(server.url);
    const observer = (await addMember(server, workspaceId, 'observer')).client;
    expect((await observer.request('GET', `/api/documents/${documentId}`)).status).toBe(200);
    expect((await observer.request('PATCH', `/api/documents/${documentId}`, { title: 'x' })).status).toBe(403);
    const outsider = (await seedWorkspace(server.url)).facilitator;
    expect((await outsider.request('GET', `/api/documents/${documentId}`)).status).toBe(404);
    expect((await new ApiClient(server.url).request('GET', `/api/documents/${documentId}`)).status).toBe(401);
  });

  it('gives a reader the document’s text as one Yjs update, compressed as accepted and never cached; not to outsiders', async () => {
    const { workspaceId, documentId } = await seedWorkspace(server.url);
    const text = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Read before the socket opens. '.repeat(40) }] }] };
    await server.services.collab.change(documentId, (doc) => replaceDocContent(doc, text));
    const observer = (await addMember(server, workspaceId, 'observer')).client;
    // Not through fetch, which would take the compression off.
    const read = (acceptEncoding: string) => rawGet(`${server.url}/api/documents/${documentId}/content`, { cookie: observer.cookie, 'accept-encoding': acceptEncoding });
    const copyOf = (update: Uint8Array) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, update);
      return docToJson(doc);
    };

    const brotli = await read('gzip, br');
    expect(brotli.status).toBe(200);
    expect([brotli.headers['content-type'], brotli.headers['content-encoding'], brotli.headers['cache-control']]).toEqual(['application/octet-stream', 'br', 'private, no-store']);
    const compressed = brotli.body;
    const update = new Uint8Array(zlib.brotliDecompressSync(compressed));
    expect(compressed.length).toBeLessThan(update.length / 3);
    expect(copyOf(update)).toEqual(await server.services.collab.read(documentId, docToJson));
    expect(copyOf(update)).toMatchObject(text);

    const gzip = await read('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(copyOf(new Uint8Array(zlib.gunzipSync(gzip.body)))).toMatchObject(text);
    const plain = await read('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(copyOf(new Uint8Array(plain.body))).toMatchObject(text);

    const outsider = (await seedWorkspace(server.url)).facilitator;
    expect((await outsider.request('GET', `/api/documents/${documentId}/content`)).status).toBe(404);
    expect((await new ApiClient(server.url).request('GET', `/api/documents/${documentId}/content`)).status).toBe(401);
  });

  it('counts the texts a member reads: past the limit, 429 with Retry-After, and other members still read', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const reader = (await addMember(server, workspaceId, 'observer')).client;
    const { max } = server.services.limits.documentTextPerUser;
    for (let i = 0; i < max; i++) expect((await reader.request('GET', `/api/documents/${documentId}/content`)).status).toBe(200);
    const refused = await fetch(`${server.url}/api/documents/${documentId}/content`, { headers: { cookie: reader.cookie } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await facilitator.request('GET', `/api/documents/${documentId}/content`)).status).toBe(200);
  });

  it('sets a document’s own language, back to the workspace’s with null; bad values change nothing', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    expect((await facilitator.call(contract.documents.get, { params: { id: documentId } })).language).toBeNull();
    const french = await facilitator.call(contract.documents.setLanguage, { params: { id: documentId }, body: { language: 'fr' } });
    expect(french.language).toBe('fr');
    expect((await facilitator.call(contract.workspaces.get, { params: { id: workspaceId } })).documents[0]?.language).toBe('fr');
    const bad = await facilitator.request('PUT', `/api/documents/${documentId}/language`, { language: 'klingon' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_request', fields: { language: [expect.objectContaining({ code: expect.any(String) })] } });
    expect((await facilitator.request('PUT', `/api/documents/${documentId}/language`, {})).status).toBe(400);
    expect((await facilitator.call(contract.documents.get, { params: { id: documentId } })).language).toBe('fr');
    const observer = (await addMember(server, workspaceId, 'observer')).client;
    expect((await observer.request('PUT', `/api/documents/${documentId}/language`, { language: 'en' })).status).toBe(403);
    const back = await facilitator.call(contract.documents.setLanguage, { params: { id: documentId }, body: { language: null } });
    expect(back.language).toBeNull();
  });

  it('answers unknown documents and routes with 404', async () => {
    const { facilitator } = await seedWorkspace(server.url);
    expect((await facilitator.request('GET', '/api/documents/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await facilitator.request('GET', '/api/documents/not%20valid')).status).toBe(404);
    expect((await facilitator.request('GET', '/api/nothing-here')).status).toBe(404);
  });
});

/** A GET whose body is given as it came over the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}
