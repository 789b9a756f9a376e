import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantsEndpoints as variants } from '../../shared/api/variants.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { signUp } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { contentKey, docToJson } from '../versions/doc-content.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { doc, heading, paragraph } from '../versions/fixtures.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const national = doc(
  heading(1, 'Context'),
  paragraph('Migration shapes the national economy.'),
  heading(1, 'Objectives'),
  paragraph('The ministry will publish the plan in March.'),
  heading(1, 'Monitoring'),
  paragraph('A yearly report is shared with partners.'),
);
const edited = doc(
  heading(1, 'Context'),
  paragraph('Migration shapes the national economy.'),
  heading(1, 'Objectives'),
  paragraph('The ministry will adopt the plan in June.'),
  heading(1, 'Monitoring'),
  paragraph('A yearly report is shared with partners.'),
);

const write = (documentId: string, content: PmNode) => server.services.collab.change(documentId, (d) => replaceDocContent(d, content));
const read = (documentId: string) => server.services.collab.read(documentId, docToJson);

describe('variants (template-then-tailor)', () => {
  it('copies the parent, then shows the parent’s later edit in its section only, word by word', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    await write(documentId, national);
    const variant = await facilitator.call(variants.tailor, { params: { id: documentId }, body: { title: 'Praia municipal action plan' } });
    expect(variant.parentId).toBe(documentId);
    expect(contentKey(await read(variant.id))).toBe(contentKey(national));

    const list = await facilitator.call(variants.list, { params: { id: documentId } });
    expect(list.variants.map((v) => v.title)).toEqual(['Praia municipal action plan']);

    const changesOf = (id: string) => facilitator.call(variants.parentChanges, { params: { id } });
    const before = await changesOf(variant.id);
    expect(before.parent?.id).toBe(documentId);
    expect(before.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    await write(documentId, edited);
    const after = await changesOf(variant.id);
    expect(after.sections.map((s) => [s.heading, s.status])).toEqual([
      ['Context', 'unchanged'],
      ['Objectives', 'changed'],
      ['Monitoring', 'unchanged'],
    ]);
    expect(after.changedSections).toBe(1);
    const words = (op: 'insert' | 'delete') =>
      (after.sections[1]?.blocks ?? []).flatMap((b) => b.parts.filter((p) => p.op === op).map((p) => p.text.trim())).filter(Boolean);
    expect(words('insert')).toEqual(['adopt', 'June']);
    expect(words('delete')).toEqual(['publish', 'March']);
    // The variant's own text is untouched by the parent's edit.
    expect(contentKey(await read(variant.id))).toBe(contentKey(national));

    const reviewed = await facilitator.call(variants.markParentChangesReviewed, { params: { id: variant.id } });
    expect(reviewed.changedSections).toBe(0);

    // A document that is not a variant has no parent and nothing to review.
    const plain = await changesOf(documentId);
    expect(plain.parent).toBeNull();
    expect((await facilitator.request('POST', `/api/documents/${documentId}/parent-changes/review`)).status).toBe(404);
  });

  it('shows added and removed sections', async () => {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    await write(documentId, national);
    const variant = await facilitator.call(variants.tailor, { params: { id: documentId }, body: { title: 'Mindelo plan' } });
    await write(documentId, doc(heading(1, 'Context'), paragraph('Migration shapes the national economy.'), heading(1, 'Objectives'), paragraph('The ministry will publish the plan in March.'), heading(1, 'Financing'), paragraph('Funds come from the budget.')));
    const changesOf = () => facilitator.call(variants.parentChanges, { params: { id: variant.id } });
    const changes = await changesOf();
    expect(changes.sections.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'changed']);
    await write(documentId, doc(heading(1, 'Context'), paragraph('Migration shapes the national economy.')));
    const shrunk = await changesOf();
    expect(shrunk.sections.map((s) => s.status)).toEqual(['unchanged', 'removed', 'removed']);
  });

  it('lets only editors tailor, and hides documents from outsiders', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    await write(documentId, national);
    const observer = await addMember(server, workspaceId, 'observer');
    const outsider = await signUp(server.url, 'Olu Outsider');
    expect((await observer.client.request('POST', `/api/documents/${documentId}/variants`, { title: 'Nope' })).status).toBe(403);
    expect((await outsider.request('POST', `/api/documents/${documentId}/variants`, { title: 'Nope' })).status).toBe(404);
    expect((await outsider.request('GET', `/api/documents/${documentId}/variants`)).status).toBe(404);
    expect((await facilitator.request('POST', `/api/documents/${documentId}/variants`, { title: ' ' })).status).toBe(400);
    const variant = await facilitator.call(variants.tailor, { params: { id: documentId }, body: { title: 'Sal plan' } });
    expect((await observer.client.request('GET', `/api/documents/${variant.id}/parent-changes`)).status).toBe(200);
    expect((await observer.client.request('POST', `/api/documents/${variant.id}/parent-changes/review`)).status).toBe(403);
    expect((await outsider.request('GET', `/api/documents/${variant.id}/parent-changes`)).status).toBe(404);
  });
});
