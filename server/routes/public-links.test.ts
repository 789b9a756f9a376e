import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicLinksEndpoints as publicLinks } from '../../shared/api/public-links.ts';
import { validationEndpoints as validation } from '../../shared/api/validation.ts';
import { versionsEndpoints as versions } from '../../shared/api/versions.ts';
import type { WorkspaceEvent } from '../../shared/schemas/events.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { fixtureDocument } from '../versions/fixtures.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('public read-only links', () => {
  it('publishes a validated version at /p/<token> until the link is revoked', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    await server.services.collab.change(documentId, (doc) => replaceDocContent(doc, fixtureDocument()));
    const draft = await facilitator.call(versions.create, { params: { id: documentId }, body: { name: 'Working draft' } });
    const refused = await facilitator.request('POST', `/api/documents/${documentId}/versions/${draft.id}/public-links`);
    expect(refused.status).toBe(409);

    const chair = (await addMember(server, workspaceId, 'chair')).client;
    const ladder = await chair.call(validation.ladder, { params: { id: documentId } });
    const signed = await chair.call(validation.sign, { params: { id: documentId, stepId: ladder.steps[0]?.id ?? '' }, body: { note: '' } });
    const versionId = signed.steps[0]?.signature?.versionId ?? '';

    const drafter = (await addMember(server, workspaceId, 'drafter')).client;
    expect((await drafter.request('POST', `/api/documents/${documentId}/versions/${versionId}/public-links`)).status).toBe(403);
    const seen: WorkspaceEvent[] = [];
    const stop = server.services.events.subscribe(workspaceId, { userId: 'test', send: (e) => seen.push(e), close: () => {} });
    const link = await facilitator.call(publicLinks.publish, { params: { id: documentId, versionId } });
    const path = new URL(link.url).pathname;
    expect(path).toMatch(/^\/p\/[A-Za-z0-9_-]{40,}$/);

    const page = await fetch(`${server.url}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    expect(html).toContain('Census module');
    // One step of five is signed: the cover says so and keeps the draft mark (server/export/cover.test.ts).
    expect(html).toContain('class="draft-mark"');
    expect(html).not.toMatch(/<script/i);

    const token = path.slice(3);
    const listed = await facilitator.call(publicLinks.list, { params: { id: documentId } });
    expect(listed.links.map((l) => [l.id, l.revokedAt])).toEqual([[link.id, null]]);
    expect(JSON.stringify(listed)).not.toContain(token);
    await facilitator.call(publicLinks.revoke, { params: { id: documentId, linkId: link.id } });
    stop();
    // Every member receives link events: they name the link, never its address.
    expect(seen.filter((e) => e.resource === 'publicLinks').map((e) => [e.action, e.id])).toEqual([
      ['created', link.id],
      ['deleted', link.id],
    ]);
    expect(JSON.stringify(seen)).not.toContain(token);

    const revoked = await fetch(`${server.url}${path}`);
    expect(revoked.status).toBe(404);
    expect(revoked.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await fetch(`${server.url}/p/not-a-token`)).status).toBe(404);
  });
});
