import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
