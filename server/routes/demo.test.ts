import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleEndpoints } from '../../shared/api/cycle.ts';
import { demoEndpoints } from '../../shared/api/demo.ts';
import { matricesEndpoints } from '../../shared/api/matrices.ts';
import type { CadreServer } from '../server.ts';
import { signUp } from '../testing/api-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('demo workspace', () => {
  it('builds a realistic workspace for a user without one, once', async () => {
    const user = await signUp(server.url, 'Curious official');
    const demo = await user.call(demoEndpoints.create, {});
    const detail = await user.call(contract.workspaces.get, { params: { id: demo.workspaceId } });
    expect(detail.workspace).toMatchObject({ stage: 3, leadInstitution: expect.stringContaining('DGI') });
    expect(detail.members.length).toBeGreaterThanOrEqual(8);
    expect(detail.institutions.length).toBeGreaterThanOrEqual(6);

    const swot = await user.call(matricesEndpoints.list, { params: { id: demo.workspaceId, kind: 'swot' } });
    expect(new Set(swot.items.map((i) => i.data['quadrant']))).toEqual(new Set(['strengths', 'weaknesses', 'opportunities', 'threats']));

    // Stages 1 and 2 are done in the story; stage 3 still lacks agreement on one objective.
    const cycle = await user.call(cycleEndpoints.status, { params: { id: demo.workspaceId } });
    const unmet = (stage: number) => cycle.stages[stage - 1]?.criteria.filter((c) => c.required && !c.met).map((c) => c.id);
    expect(unmet(1)).toEqual([]);
    expect(unmet(2)).toEqual([]);
    expect(unmet(3)).toEqual(['objectivesAgreed', 'preferredOptions']);
    // The agenda: open milestones by date (one already overdue), named owners per member.
    expect(cycle.agenda.milestones.map((m) => m.overdue)).toEqual([true, false, false, false]);
    expect(Object.values(cycle.agenda.owned).flat().length).toBeGreaterThanOrEqual(6);

    const text = JSON.stringify(await server.services.collab.read(demo.documentId, docToJson));
    expect(text).toContain('Local context');
    expect(text).toContain('main destinations of immigrants');

    expect((await user.request('POST', '/api/demo')).status).toBe(409);
  });
});
