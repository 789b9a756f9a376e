import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { openDatabase } from '../db/database.ts';
import { createDocumentRepository } from '../db/document-repository.ts';
import { silentLogger } from '../logger.ts';

function makeApp() {
  const db = openDatabase({ dataDir: ':memory:', synchronous: 'normal' });
  return createApp({ documents: createDocumentRepository(db), logger: silentLogger });
}

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('documents API', () => {
  it('creates, lists, reads and renames documents', async () => {
    const app = makeApp();
    const created = await app.request('/api/documents', json({ title: '  National strategy  ' }));
    expect(created.status).toBe(201);
    const document = (await created.json()) as { id: string; title: string };
    expect(document.title).toBe('National strategy');

    const list = (await (await app.request('/api/documents')).json()) as { documents: { id: string }[] };
    expect(list.documents.map((d) => d.id)).toEqual([document.id]);

    const renamed = await app.request(`/api/documents/${document.id}`, { ...json({ title: 'Action plan' }), method: 'PATCH' });
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { title: string }).title).toBe('Action plan');
    expect(((await (await app.request(`/api/documents/${document.id}`)).json()) as { title: string }).title).toBe('Action plan');
  });

  it('answers bad bodies with 400 and field errors, changing nothing', async () => {
    const app = makeApp();
    const empty = await app.request('/api/documents', json({ title: '   ' }));
    expect(empty.status).toBe(400);
    const body = (await empty.json()) as { error: { code: string; fields: Record<string, string[]> } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.fields.title?.[0]).toMatch(/required/);

    const extra = await app.request('/api/documents', json({ title: 'x', admin: true }));
    expect(extra.status).toBe(400);
    const notJson = await app.request('/api/documents', { method: 'POST', body: '{oops' });
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
    const list = (await (await app.request('/api/documents')).json()) as { documents: unknown[] };
    expect(list.documents).toEqual([]);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const response = await makeApp().request('/api/documents', json({ title: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('answers unknown documents and routes with 404', async () => {
    const app = makeApp();
    expect((await app.request('/api/documents/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await app.request('/api/documents/not a valid id')).status).toBe(404);
    expect((await app.request('/api/nothing-here')).status).toBe(404);
  });
});
