import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';
import { buildDocx, commented, paragraph, run } from './fixtures/build-docx.ts';
import { outline } from './fixtures/outline.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer({ maxImportBytes: 2 * 1024 * 1024 });
});
afterAll(() => server.close());

const upload = (bytes: Uint8Array | string, name = 'draft.docx', title?: string) => {
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  if (title !== undefined) form.set('title', title);
  return form;
};
const importPath = (workspaceId: string) => `/api/workspaces/${workspaceId}/documents/import`;
const documentCount = async (client: ApiClient, workspaceId: string) =>
  (await client.call(contract.workspaces.get, { params: { id: workspaceId } })).documents.length;

describe('POST /api/workspaces/:id/documents/import', () => {
  it('creates the document, its comments as threads by the importer quoting the author, and a report', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const docx = await buildDocx({
      body: [paragraph(run('Context'), { style: 'Heading1' }), paragraph(run('Migration ') + commented(3, run('rose by 12%')) + run(' in 2025.'))].join(''),
      comments: [{ id: 3, author: 'Ana Lima', text: 'Source? @[X](user:AAAAAAAAAAAA)' }],
    });
    const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: upload(docx, 'Plan national.docx') }, 201);
    expect(imported.document.title).toBe('Plan national');
    expect(imported.report).toEqual(
      expect.arrayContaining([
        { kind: 'headings', outcome: 'kept', count: 1 },
        { kind: 'comments', outcome: 'converted', count: 1 },
      ]),
    );
    const { threads } = await facilitator.call(contract.review.list, { params: { id: imported.document.id } });
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({ quote: 'rose by 12%', currentText: 'rose by 12%', detached: false, section: 'Context' });
    expect(threads[0]?.messages[0]?.body).toBe('Ana Lima: Source? @ [X](user:AAAAAAAAAAAA)');
    expect(imported.threadIds).toEqual([threads[0]?.id]);
  });

  it('anchors a comment on whole paragraphs to their text, adding no empty paragraph', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const docx = await buildDocx({
      body: [
        paragraph(run('Before')),
        '<w:commentRangeStart w:id="5"/>',
        paragraph(run('First whole paragraph')),
        paragraph(run('Second whole paragraph')),
        '<w:commentRangeEnd w:id="5"/>',
        paragraph('<w:r><w:commentReference w:id="5"/></w:r>' + run('After')),
      ].join(''),
      comments: [{ id: 5, author: 'Ana Lima', text: 'Merge these' }],
    });
    const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: upload(docx) }, 201);
    const content = await server.services.collab.change(imported.document.id, (doc) => docToJson(doc));
    expect(content.content?.map(outline)).toEqual([{ paragraph: 'Before' }, { paragraph: 'First whole paragraph' }, { paragraph: 'Second whole paragraph' }, { paragraph: 'After' }]);
    const { threads } = await facilitator.call(contract.review.list, { params: { id: imported.document.id } });
    expect(threads.map((t) => [t.quote, t.detached])).toEqual([['First whole paragraph\nSecond whole paragraph', false]]);
  });

  it('takes the title field over the file name', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: upload(await buildDocx({ body: paragraph(run('x')) }), 'a.docx', 'Named') }, 201);
    expect(imported.document.title).toBe('Named');
  });

  it('refuses each bad file with its code and creates nothing', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const bomb = new JSZip();
    bomb.file('word/document.xml', '<w:document>' + ' '.repeat(50 * 1024 * 1024) + '</w:document>');
    const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const entityBomb = await buildDocx({
      body: paragraph(run('x')),
      extra: { 'word/document.xml': '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document>&b;</w:document>' },
    });
    const cases: Array<[Uint8Array | string, string, number, string]> = [
      ['just some text', 'notes.docx', 422, 'not_a_document'],
      ['{}', 'data.json', 422, 'unsupported_format'],
      [bombBytes, 'bomb.docx', 422, 'unsafe_archive'],
      [entityBomb, 'entities.docx', 422, 'unsafe_xml'],
      [new Uint8Array(3 * 1024 * 1024), 'huge.docx', 413, 'file_too_large'],
    ];
    for (const [bytes, name, status, code] of cases) {
      const response = await facilitator.request('POST', importPath(workspaceId), upload(bytes, name));
      expect([name, response.status, response.body.error?.code]).toEqual([name, status, code]);
    }
    const missing = await facilitator.request('POST', importPath(workspaceId), new FormData());
    expect(missing.status).toBe(400);
    expect(missing.body.error?.fields?.['file']?.[0]?.code).toBe('required');
    expect(await documentCount(facilitator, workspaceId)).toBe(1);
  });

  it('terminates a conversion past its time limit with import_timeout', async () => {
    const slow = await startTestServer();
    try {
      Object.assign(slow.services.importService.limits, { workerTimeoutMs: 1 });
      const { facilitator, workspaceId } = await seedWorkspace(slow.url);
      const response = await facilitator.request('POST', importPath(workspaceId), upload(await buildDocx({ body: paragraph(run('x')) })));
      expect([response.status, response.body.error?.code]).toEqual([422, 'import_timeout']);
      expect(await documentCount(facilitator, workspaceId)).toBe(1);
      // The server goes on answering.
      expect((await facilitator.request('GET', '/api/health')).status).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('kills a hanging LibreOffice and answers import_timeout for .odt', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-hang-'));
    const hanging = path.join(dir, 'soffice');
    fs.writeFileSync(hanging, '#!/bin/sh\nsleep 60\n', { mode: 0o755 });
    const slow = await startTestServer({ programs: { libreOffice: hanging } });
    try {
      Object.assign(slow.services.importService.limits, { officeTimeoutMs: 500 });
      const { facilitator, workspaceId } = await seedWorkspace(slow.url);
      const response = await facilitator.request('POST', importPath(workspaceId), upload('odt bytes', 'draft.odt'));
      expect([response.status, response.body.error?.code]).toEqual([422, 'import_timeout']);
    } finally {
      await slow.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('needs the right to create documents, and hides workspaces from outsiders', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const docx = await buildDocx({ body: paragraph(run('x')) });
    const observer = (await addMember(server, workspaceId, 'observer')).client;
    expect((await observer.request('POST', importPath(workspaceId), upload(docx))).status).toBe(403);
    const outsider = (await seedWorkspace(server.url)).facilitator;
    expect((await outsider.request('POST', importPath(workspaceId), upload(docx))).status).toBe(404);
    expect((await new ApiClient(server.url).request('POST', importPath(workspaceId), upload(docx))).status).toBe(401);
  });
});
