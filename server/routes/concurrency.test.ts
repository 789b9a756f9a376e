import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { can } from '../../shared/policy/abilities.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

/**
 * Use cases that check, then write, sent at the same moment: the lock of their workspace
 * (`server/db/locks.ts`) makes each one a single step, on either engine.
 */
describe('concurrent changes of one workspace', () => {
  let server: CadreServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('keeps a lead when its two leads demote each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      const seed = await seedWorkspace(server.url);
      const chair = await addMember(server, seed.workspaceId, 'chair');
      const facilitatorId = (await seed.facilitator.call(contract.auth.me, {})).user.id;
      const facilitatorMembership = await server.services.policy.membershipOf(seed.workspaceId, facilitatorId);
      const demote = (client: typeof chair.client, memberId: string) =>
        client.request('PATCH', `/api/workspaces/${seed.workspaceId}/members/${memberId}`, { role: 'drafter' });
      const answers = await Promise.all([demote(seed.facilitator, chair.memberId), demote(chair.client, facilitatorMembership?.id ?? '')]);
      expect(answers.filter((answer) => answer.status === 200), `round ${round}: exactly one demotion`).toHaveLength(1);
      const workspace = await seed.facilitator.call(contract.workspaces.get, { params: { id: seed.workspaceId } }).catch(() => undefined);
      const members = workspace?.members ?? (await chair.client.call(contract.workspaces.get, { params: { id: seed.workspaceId } })).members;
      expect(members.some((member) => can(member.role, 'manageMembers')), `round ${round}: someone can still manage members`).toBe(true);
    }
  });

  it('lists one institution when the same name is added twice at once', async () => {
    const seed = await seedWorkspace(server.url);
    const add = () => seed.facilitator.request('POST', `/api/workspaces/${seed.workspaceId}/institutions`, { name: 'Ministry of Labour' });
    const answers = await Promise.all([add(), add(), add()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    const workspace = await seed.facilitator.call(contract.workspaces.get, { params: { id: seed.workspaceId } });
    expect(workspace.institutions.filter((institution) => institution.name === 'Ministry of Labour')).toHaveLength(1);
  });
});
