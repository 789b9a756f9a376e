import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDANCE_HINT_NODE } from '../../shared/editor/guidance-hint-name.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const textOf = (node: PmNode): string => node.text ?? (node.content ?? []).map(textOf).join(' ');

describe('documents from templates', () => {
  it('fills a new document with the template’s headings and guidance in the workspace language', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    await facilitator.expect(200, 'PATCH', `/api/workspaces/${workspaceId}`, { language: 'fr' });
    const document = await facilitator.call(contract.documents.create, { params: { id: workspaceId }, body: {
      title: 'Plan municipal de Praia',
      templateId: 'municipal-action-plan',
    } });
    const content = await server.services.collab.read(document.id, docToJson);
    const types = content.content?.map((node) => node.type) ?? [];
    expect(types[0]).toBe('heading');
    expect(types[1]).toBe(GUIDANCE_HINT_NODE);
    expect(textOf(content)).toContain('Contexte local');

    const markdown = await fetch(`${server.url}/api/documents/${document.id}/export?format=md`, { headers: { cookie: facilitator.cookie } });
    // Guidance is for drafters only: the export skips it.
    expect(markdown.status).toBe(200);
    const text = await markdown.text();
    expect(text).toContain('Contexte local');
    expect(text).not.toContain('Décrivez la population immigrée');
  });

  it('refuses an unknown template and creates nothing', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const response = await facilitator.request('POST', `/api/workspaces/${workspaceId}/documents`, { title: 'X', templateId: 'nope' });
    expect(response.status).toBe(400);
    const detail = await facilitator.call(contract.workspaces.get, { params: { id: workspaceId } });
    expect(detail.documents).toHaveLength(1);
  });
});
