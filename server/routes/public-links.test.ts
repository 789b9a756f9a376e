import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ladder } from '../../shared/schemas/validation.ts';
import type { PublicLink, VersionSummary } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-content.ts';
import { fixtureDocument } from '../versions/fixtures.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('public read-only links', () => {
  it('publishes a validated version at /p/<token> until the link is revoked', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    server.sync.change(documentId, (doc) => replaceDocContent(doc, fixtureDocument()));
    const draft = await facilitator.expect<VersionSummary>(201, 'POST', `/api/documents/${documentId}/versions`, { name: 'Working draft' });
    const refused = await facilitator.request('POST', `/api/documents/${documentId}/versions/${draft.id}/public-links`);
    expect(refused.status).toBe(409);

    const chair = addMember(server, workspaceId, 'chair').client;
    const ladder = await chair.expect<Ladder>(200, 'GET', `/api/documents/${documentId}/validation`);
    const signed = await chair.expect<Ladder>(201, 'POST', `/api/documents/${documentId}/validation/${ladder.steps[0]?.id}/sign`, { note: '' });
    const versionId = signed.steps[0]?.signature?.versionId ?? '';

    const drafter = addMember(server, workspaceId, 'drafter').client;
    expect((await drafter.request('POST', `/api/documents/${documentId}/versions/${versionId}/public-links`)).status).toBe(403);
    const link = await facilitator.expect<PublicLink>(201, 'POST', `/api/documents/${documentId}/versions/${versionId}/public-links`);
    const path = new URL(link.url ?? '').pathname;
    expect(path).toMatch(/^\/p\/[A-Za-z0-9_-]{40,}$/);

    const page = await fetch(`${server.url}${path}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    expect(html).toContain('Census module');
    expect(html).not.toContain('class="draft-mark"');
    expect(html).not.toMatch(/<script/i);

    const listed = await facilitator.expect<{ links: PublicLink[] }>(200, 'GET', `/api/documents/${documentId}/public-links`);
    expect(listed.links.map((l) => [l.id, l.revokedAt])).toEqual([[link.id, null]]);
    expect(JSON.stringify(listed)).not.toContain(path.slice(3));
    await facilitator.expect(204, 'DELETE', `/api/documents/${documentId}/public-links/${link.id}`);
    expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    expect((await fetch(`${server.url}/p/not-a-token`)).status).toBe(404);
  });
});
