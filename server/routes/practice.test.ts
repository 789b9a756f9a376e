import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { PRACTICE_CRITERIA } from '../../shared/practice/criteria.ts';
import { ROLES, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

const api = contract.practice;
let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A workspace with one member per role; the facilitator is the seed's. */
async function team() {
  const seed = await seedWorkspace(server.url);
  const clients = new Map<Role, ApiClient>([['facilitator', seed.facilitator]]);
  for (const role of ROLES) if (role !== 'facilitator') clients.set(role, (await addMember(server, seed.workspaceId, role)).client);
  return { ...seed, client: (role: Role) => clients.get(role) as ApiClient };
}

/** Members who may not read the workspace are answered as if it did not exist. */
const refusal = (role: Role) => (expectedAbilities.read[role] ? 403 : 404);

const allTen = (score: 1 | 2 | 3 | 4) => PRACTICE_CRITERIA.map((criterion) => ({ criterion, score, evidence: `Evidence for ${criterion}` }));

describe('good-practice self-assessment', () => {
  it('lets leads rate, keeps each snapshot, and shows everyone the newest and the history', async () => {
    const { workspaceId, client } = await team();
    const params = { id: workspaceId };
    const first = await client('facilitator').call(api.assess, { params, body: { ratings: allTen(2) } });
    expect(first.ratings).toHaveLength(10);
    expect(first.assessorName).toBe('Fatou Facilitator');
    // Sent out of order and partly: stored in the criteria's order, the rest unrated.
    await client('chair').call(api.assess, { params, body: { ratings: [{ criterion: 'replicability', score: 4 }, { criterion: 'ownership', score: 3, comment: 'Led by the ministry' }] } });

    for (const role of ROLES.filter((r) => expectedAbilities.read[r])) {
      const overview = await client(role).call(api.overview, { params });
      expect(overview.total).toBe(2);
      expect(overview.latest?.ratings.map((r) => [r.criterion, r.score])).toEqual([['ownership', 3], ['replicability', 4]]);
      expect(overview.history.map((h) => h.scores.ownership)).toEqual([3, 2]);
      expect(overview.abilities.assessPractice).toBe(expectedAbilities.assessPractice[role]);
    }
  });

  it('refuses the roles the table does not allow, and non-members as if the workspace did not exist', async () => {
    const { workspaceId, client } = await team();
    for (const role of ROLES) {
      const response = await client(role).request('POST', `/api/workspaces/${workspaceId}/practice`, { ratings: allTen(3) });
      expect(response.status, role).toBe(expectedAbilities.assessPractice[role] ? 201 : refusal(role));
    }
    const outsider = await signUp(server.url, 'Outsider');
    expect((await outsider.request('GET', `/api/workspaces/${workspaceId}/practice`)).status).toBe(404);
    expect((await outsider.request('POST', `/api/workspaces/${workspaceId}/practice`, { ratings: allTen(3) })).status).toBe(404);
  });

  it('refuses bad ratings field by field and records nothing', async () => {
    const { workspaceId, facilitator } = await team();
    const post = (body: unknown) => facilitator.request('POST', `/api/workspaces/${workspaceId}/practice`, body);
    const refusals: Array<[unknown, string]> = [
      [{ ratings: [] }, 'ratings'],
      [{ ratings: [{ criterion: 'ownership', score: 5 }] }, 'ratings.0.score'],
      [{ ratings: [{ criterion: 'charm', score: 2 }] }, 'ratings.0.criterion'],
      [{ ratings: [{ criterion: 'ownership', score: 2, evidence: 'x'.repeat(2001) }] }, 'ratings.0.evidence'],
      [{ ratings: [{ criterion: 'ownership', score: 2 }, { criterion: 'ownership', score: 3 }] }, 'ratings'],
      [{ ratings: [{ criterion: 'ownership', score: 2 }], assessedBy: 'someone else' }, ''],
    ];
    for (const [body, field] of refusals) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      if (field) expect(Object.keys(response.body.error?.fields ?? {})).toContain(field);
    }
    expect((await facilitator.call(api.overview, { params: { id: workspaceId } })).total).toBe(0);
  });

  it('exports the ratings and their history as a Word document to every member', async () => {
    const { workspaceId, client } = await team();
    await client('chair').call(api.assess, { params: { id: workspaceId }, body: { ratings: allTen(3) } });
    const response = await fetch(`${server.url}/api/workspaces/${workspaceId}/practice/export`, { headers: { cookie: client('observer').cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });
});

describe('since you were last here', () => {
  it('tells a returning member what others did, with counts, leaving out their own acts, until dismissed', async () => {
    const { workspaceId, documentId, client } = await team();
    const params = { id: workspaceId };
    const drafter = client('drafter');
    const first = await drafter.call(api.visit, { params });
    expect(first.since).toBeNull();

    const lead = client('facilitator');
    await lead.call(contract.matrices.create, { params: { id: workspaceId, kind: 'decision' }, body: { data: { decision: 'Adopt the roadmap', date: '2026-03-01' } } });
    await lead.call(contract.cycle.advanceStage, { params, body: { to: 2, reason: 'Mandate agreed in plenary' } });
    await lead.call(contract.versions.create, { params: { id: documentId }, body: { name: 'Draft for the core group' } });
    await drafter.call(contract.matrices.create, { params: { id: workspaceId, kind: 'decision' }, body: { data: { decision: 'My own decision', date: '2026-03-02' } } });

    const back = await drafter.call(api.visit, { params });
    expect(back.since).not.toBeNull();
    expect(back.decisions.items.map((d) => d.title)).toEqual(['Adopt the roadmap']);
    expect(back.stageMoves.items.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
    expect(back.versions).toMatchObject({ count: 1, items: [{ title: 'Draft for the core group', documentId }] });
    expect(back.signatures.count).toBe(0);

    await drafter.call(api.dismissDigest, { params });
    const after = await drafter.call(api.visit, { params });
    expect(after.decisions.count + after.stageMoves.count + after.versions.count).toBe(0);
  });

  it('keeps visits per member, and answers non-members 404', async () => {
    const { workspaceId, client } = await team();
    const params = { id: workspaceId };
    await client('expert').call(api.visit, { params });
    await client('facilitator').call(contract.matrices.create, { params: { id: workspaceId, kind: 'decision' }, body: { data: { decision: 'Hold a validation workshop', date: '2026-04-01' } } });
    // The observer's first visit comes after the decision: nothing to tell them.
    expect((await client('observer').call(api.visit, { params })).decisions.count).toBe(0);
    expect((await client('expert').call(api.visit, { params })).decisions.count).toBe(1);
    const outsider = await signUp(server.url, 'Outsider');
    expect((await outsider.request('POST', `/api/workspaces/${workspaceId}/visit`)).status).toBe(404);
    expect((await outsider.request('POST', `/api/workspaces/${workspaceId}/visit/dismiss`)).status).toBe(404);
  });
});

describe('the next cycle', () => {
  async function evaluated() {
    const t = await team();
    const lead = t.client('facilitator');
    const matrix = (kind: 'glossary' | 'stakeholder', data: Record<string, unknown>) =>
      lead.call(contract.matrices.create, { params: { id: t.workspaceId, kind }, body: { data } });
    await matrix('glossary', { term: 'Diaspora', definition: 'Nationals and their descendants living abroad' });
    await matrix('stakeholder', { name: 'Municipal council of Praia', category: 'localAuthority' });
    await lead.call(contract.monitoring.addLesson, { params: { id: t.workspaceId }, body: { text: 'Cost every measure before adoption' } });
    await lead.call(contract.cycle.advanceStage, { params: { id: t.workspaceId }, body: { to: 8, reason: 'Plan adopted; evaluating now' } });
    return t;
  }

  it('lets leads start a new workspace carrying glossary and stakeholders, which names its origin', async () => {
    const { workspaceId, client } = await evaluated();
    const chair = client('chair');
    const result = await chair.call(api.startNextCycle, { params: { id: workspaceId }, body: { title: 'Second integration plan' } });
    expect(result.carried).toEqual({ lessons: 1, glossary: 1, stakeholders: 1 });
    expect(result.workspace.role).toBe('facilitator');
    const next = { id: result.workspace.id };
    const glossary = await chair.call(contract.matrices.list, { params: { ...next, kind: 'glossary' } });
    expect(glossary.items.map((i) => i.data['term'])).toEqual(['Diaspora']);
    const stakeholders = await chair.call(contract.matrices.list, { params: { ...next, kind: 'stakeholder' } });
    expect(stakeholders.items.map((i) => i.data['name'])).toEqual(['Municipal council of Praia']);
    const monitoring = await chair.call(contract.monitoring.overview, { params: next });
    expect(monitoring.lessons.map((l) => l.text)).toEqual(['Cost every measure before adoption']);
    const origin = await chair.call(api.origin, { params: next });
    expect(origin.origin).toMatchObject({ sourceId: workspaceId, sourceTitle: 'Migration policy', sourceVisible: true });
    expect((await chair.call(api.origin, { params: { id: workspaceId } })).origin).toBeNull();
  });

  it('refuses other roles, a workspace not yet evaluated and a bad title, creating nothing', async () => {
    const { workspaceId, client } = await evaluated();
    for (const role of ROLES.filter((r) => !expectedAbilities.startNextCycle[r])) {
      const response = await client(role).request('POST', `/api/workspaces/${workspaceId}/next-cycle`, { title: 'Next' });
      expect(response.status, role).toBe(refusal(role));
    }
    const lead = client('facilitator');
    const before = (await lead.call(contract.workspaces.list, {})).workspaces.length;
    const bad = await lead.request('POST', `/api/workspaces/${workspaceId}/next-cycle`, { title: '' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error?.fields ?? {})).toContain('title');
    const fresh = await seedWorkspace(server.url);
    const early = await fresh.facilitator.request('POST', `/api/workspaces/${fresh.workspaceId}/next-cycle`, { title: 'Too soon' });
    expect(early.status).toBe(409);
    expect(early.body.error?.code).toBe('not_evaluated');
    expect((await lead.call(contract.workspaces.list, {})).workspaces.length).toBe(before);
  });
});
