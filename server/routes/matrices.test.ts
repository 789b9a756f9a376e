import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matricesEndpoints as api } from '../../shared/api/matrices.ts';
import { TEAM_ROLES } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import { MATRIX_KINDS, type MatrixKind } from '../../shared/schemas/matrices/index.ts';
import type { CadreServer } from '../server.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const base = (workspaceId: string, kind: MatrixKind) => `/api/workspaces/${workspaceId}/matrices/${kind}`;

/** A valid item and an invalid one (with the field the error must name) for every kind. */
function samples(objectiveId: string, measureId: string): Record<MatrixKind, { valid: Record<string, unknown>; invalid: Record<string, unknown>; field: string }> {
  return {
    milestone: { valid: { title: 'Validation workshop', dueDate: '2026-03-15' }, invalid: { title: 'Workshop', dueDate: '15/03/2026' }, field: 'dueDate' },
    problem: { valid: { statement: 'Local services do not reach immigrants' }, invalid: { statement: '' }, field: 'statement' },
    evidence: { valid: { source: '2010 census', sourceType: 'census', gaps: 'No data by island' }, invalid: { source: 'x', sourceType: 'rumour' }, field: 'sourceType' },
    swot: { valid: { quadrant: 'strengths', text: 'Network of local support offices' }, invalid: { quadrant: 'hopes', text: 'x' }, field: 'quadrant' },
    stakeholder: { valid: { name: 'Praia municipal council', category: 'localAuthority', influence: 4, interest: 5 }, invalid: { name: 'x', category: 'ngoCso', influence: 6 }, field: 'influence' },
    gap: { valid: { area: 'institutions', gap: 'Role of municipalities unclear' }, invalid: { area: 'weather', gap: 'x' }, field: 'area' },
    objective: { valid: { title: 'Clarify local roles', status: 'agreed' }, invalid: { title: 'x', status: 'maybe' }, field: 'status' },
    option: { valid: { objectiveId, title: 'One-stop offices', advantages: 'Single entry', preferred: true, scores: { cost: 3 } }, invalid: { objectiveId, title: 'x', scores: { cost: 9 } }, field: 'scores.cost' },
    instrument: { valid: { objectiveId, title: 'Municipal decree', type: 'regulatory', selected: true }, invalid: { objectiveId, title: 'x', type: 'magic' }, field: 'type' },
    action: {
      valid: { level: 'activity', parentId: measureId, objectiveId, title: 'Train front-desk staff', start: '2026-01-01', end: '2026-06-30' },
      invalid: { objectiveId, title: 'x', start: '2026-06-01', end: '2026-01-01' },
      field: 'end',
    },
    glossary: { valid: { term: 'Integration', definition: 'A two-way process', variants: [{ language: 'pt', term: 'Integração' }] }, invalid: { term: 'x' }, field: 'definition' },
    decision: { valid: { decision: 'Create an informal network of municipalities', date: '2026-02-02' }, invalid: { decision: 'x' }, field: 'date' },
    session: { valid: { title: 'First drafting session', date: '2026-02-02', format: 'plenary' }, invalid: { title: 'x', date: '2026-02-02', format: 'party' }, field: 'format' },
  };
}

async function setup() {
  const seeded = await seedWorkspace(server.url);
  const { facilitator, workspaceId } = seeded;
  const objective = await facilitator.call(api.create, { params: { id: workspaceId, kind: 'objective' }, body: { data: { title: 'Objective A' } } }, 201);
  const measure = await facilitator.call(
    api.create,
    { params: { id: workspaceId, kind: 'action' }, body: { data: { objectiveId: objective.item.id, title: 'Open local offices' } } },
    201,
  );
  return { ...seeded, objectiveId: objective.item.id, measureId: measure.item.id };
}

describe('matrix items: validation', () => {
  it.each(MATRIX_KINDS)('%s: accepts a valid item and names the invalid field otherwise', async (kind) => {
    const { facilitator, workspaceId, objectiveId, measureId } = await setup();
    const sample = samples(objectiveId, measureId)[kind];
    const created = await facilitator.call(api.create, { params: { id: workspaceId, kind }, body: { data: sample.valid } }, 201);
    expect(created.item).toMatchObject({ kind, version: 1, deletedAt: null, createdBy: { name: 'Fatou Facilitator' } });

    const rejected = await facilitator.request('POST', base(workspaceId, kind), { data: sample.invalid });
    expect(rejected.status).toBe(400);
    expect(Object.keys(rejected.body.error?.fields ?? {})).toContain(`data.${sample.field}`);
    const list = await facilitator.call(api.list, { params: { id: workspaceId, kind } });
    expect(list.items.filter((i) => i.kind === kind)).toHaveLength(kind === 'objective' || kind === 'action' ? 2 : 1);
  });

  it('refuses unknown fields, unknown kinds and references to items of another workspace', async () => {
    const { facilitator, workspaceId } = await setup();
    const unknownField = await facilitator.request('POST', base(workspaceId, 'swot'), { data: { quadrant: 'threats', text: 't', colour: 'red' } });
    expect(unknownField.status).toBe(400);
    expect((await facilitator.request('GET', `/api/workspaces/${workspaceId}/matrices/wishes`)).status).toBe(404);

    const stranger = await facilitator.request('POST', base(workspaceId, 'milestone'), { data: { title: 'Kick-off', ownerMemberId: 'notAMember123' } });
    expect(stranger.body.error).toMatchObject({ fields: { 'data.ownerMemberId': [{ code: 'notAMember', message: 'not a member of this workspace' }] } });

    const other = await setup();
    const foreign = await facilitator.request('POST', base(workspaceId, 'option'), { data: { objectiveId: other.objectiveId, title: 'Borrowed' } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({ fields: { 'data.objectiveId': [{ code: 'notFound', message: expect.stringContaining('no objective item') }] } });
  });

  it('keeps votes out of generic writes and counts each member’s vote once', async () => {
    const { facilitator, workspaceId } = await setup();
    const drafter = await addMember(server, workspaceId, 'drafter');
    const rejected = await facilitator.request('POST', base(workspaceId, 'swot'), { data: { quadrant: 'threats', text: 'Staff turnover', votes: ['x'] } });
    expect(rejected.status).toBe(400);
    const { item } = await facilitator.call(api.create, { params: { id: workspaceId, kind: 'swot' }, body: { data: { quadrant: 'threats', text: 'Staff turnover' } } }, 201);
    const vote = { params: { id: workspaceId, kind: 'swot', itemId: item.id }, body: { vote: true } } as const;
    await facilitator.call(api.vote, vote);
    await facilitator.call(api.vote, vote);
    const voted = await drafter.client.call(api.vote, vote);
    expect(voted.item.data['votes']).toHaveLength(2);
    // Only kinds whose items carry votes have the route.
    expect((await facilitator.request('POST', `${base(workspaceId, 'problem')}/${item.id}/vote`, { vote: true })).status).toBe(404);
  });
});

describe('matrix items: authorization', () => {
  it.each(TEAM_ROLES)('a %s may read and change matrices exactly as the ability table says', async (role) => {
    const { facilitator, workspaceId } = await setup();
    const { item } = await facilitator.call(api.create, { params: { id: workspaceId, kind: 'swot' }, body: { data: { quadrant: 'weaknesses', text: 'Few staff' } } }, 201);
    const member = (await addMember(server, workspaceId, role)).client;
    const canRead = expectedAbilities.read[role];
    const canEdit = expectedAbilities.edit[role];
    expect((await member.request('GET', base(workspaceId, 'swot'))).status).toBe(canRead ? 200 : 403);
    const statuses = [
      (await member.request('POST', base(workspaceId, 'swot'), { data: { quadrant: 'threats', text: 'x' } })).status,
      (await member.request('PATCH', `${base(workspaceId, 'swot')}/${item.id}`, { version: 1, data: { text: 'y' } })).status,
      (await member.request('POST', `${base(workspaceId, 'swot')}/${item.id}/vote`, { vote: true })).status,
    ];
    expect(statuses).toEqual(canEdit ? [201, 200, 200] : [403, 403, 403]);
    const deleted = await member.request('DELETE', `${base(workspaceId, 'swot')}/${item.id}`);
    expect(deleted.status).toBe(canEdit ? 200 : 403);
  });

  it('hides matrices from non-members as if the workspace did not exist', async () => {
    const { workspaceId } = await setup();
    const outsider = (await seedWorkspace(server.url)).facilitator;
    expect((await outsider.request('GET', base(workspaceId, 'swot'))).status).toBe(404);
    expect((await outsider.request('POST', base(workspaceId, 'swot'), { data: { quadrant: 'threats', text: 'x' } })).status).toBe(404);
  });
});

describe('matrix items: concurrency, undo and live updates', () => {
  it('answers a stale version with 409; different items never conflict', async () => {
    const { facilitator, workspaceId } = await setup();
    const drafter = (await addMember(server, workspaceId, 'chair')).client;
    const path = base(workspaceId, 'stakeholder');
    const create = (data: Record<string, unknown>) => facilitator.call(api.create, { params: { id: workspaceId, kind: 'stakeholder' }, body: { data } }, 201);
    const a = (await create({ name: 'DGI', category: 'ministryAgency' })).item;
    const b = (await create({ name: 'PCA', category: 'migrantDiasporaAssociation' })).item;

    const [first, second] = await Promise.all([
      facilitator.request('PATCH', `${path}/${a.id}`, { version: 1, data: { influence: 5 } }),
      drafter.request('PATCH', `${path}/${b.id}`, { version: 1, data: { interest: 5 } }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);

    const stale = await drafter.request('PATCH', `${path}/${a.id}`, { version: 1, data: { influence: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict' });
    const params = { id: workspaceId, kind: 'stakeholder', itemId: a.id } as const;
    expect((await drafter.call(api.get, { params })).item).toMatchObject({ version: 2, data: { influence: 5 } });
    const reapplied = await drafter.call(api.update, { params, body: { version: 2, data: { influence: 1 } } });
    expect(reapplied.item).toMatchObject({ version: 3, data: { influence: 1, name: 'DGI' }, updatedBy: { name: 'A chair' } });
  });

  it('restores a deleted item within the window and refuses after it', async () => {
    const { facilitator, workspaceId } = await setup();
    const matrix = { id: workspaceId, kind: 'glossary' } as const;
    const { item } = await facilitator.call(api.create, { params: matrix, body: { data: { term: 'Diaspora', definition: 'Nationals abroad' } } }, 201);
    const params = { ...matrix, itemId: item.id };
    await facilitator.call(api.remove, { params });
    expect((await facilitator.call(api.list, { params: matrix })).items).toHaveLength(0);
    expect((await facilitator.call(api.list, { params: matrix, query: { deleted: '1' } })).items.map((i) => i.id)).toEqual([item.id]);
    expect((await facilitator.request('PATCH', `${base(workspaceId, 'glossary')}/${item.id}`, { version: 2, data: { term: 'x' } })).status).toBe(404);

    const restored = await facilitator.call(api.restore, { params });
    expect(restored.item).toMatchObject({ deletedAt: null, data: { term: 'Diaspora' } });
    expect((await facilitator.call(api.list, { params: matrix })).items).toHaveLength(1);

    await facilitator.call(api.remove, { params });
    const longAgo = new Date(Date.now() - 25 * 3600_000).toISOString();
    await server.database.db.updateTable('matrix_items').set({ deleted_at: longAgo }).where('id', '=', item.id).execute();
    const expired = await facilitator.request('POST', `${base(workspaceId, 'glossary')}/${item.id}/restore`);
    expect(expired.status).toBe(410);
  });

  it('records every change in the workspace’s activity record', async () => {
    const { facilitator, workspaceId } = await setup();
    const matrix = { id: workspaceId, kind: 'milestone' } as const;
    const { item } = await facilitator.call(api.create, { params: matrix, body: { data: { title: 'Kick-off meeting', dueDate: '2026-01-15' } } }, 201);
    const params = { ...matrix, itemId: item.id };
    await facilitator.call(api.update, { params, body: { version: item.version, data: { title: 'Kick-off workshop' } } });
    await facilitator.call(api.remove, { params });
    await facilitator.call(api.restore, { params });
    const { activity } = await facilitator.call(contract.activity.list, { params: { id: workspaceId }, query: { limit: '50' } });
    const entries = activity.filter((e) => e.subjectId === item.id).reverse();
    expect(entries.map((e) => e.action)).toEqual(['matrix.milestone.created', 'matrix.milestone.updated', 'matrix.milestone.deleted', 'matrix.milestone.restored']);
    expect(entries[1]).toMatchObject({ actorName: 'Fatou Facilitator', summary: 'Kick-off workshop' });
  });

  it('pushes every change to a second member over server-sent events', async () => {
    const { facilitator, workspaceId } = await setup();
    const observer = await addMember(server, workspaceId, 'observer');
    const stream = await subscribeToWorkspace(server.url, observer.client.cookie, workspaceId);
    await waitFor(() => stream.isReady(), 'the stream to open');
    const matrix = { id: workspaceId, kind: 'swot' } as const;
    const { item } = await facilitator.call(api.create, { params: matrix, body: { data: { quadrant: 'opportunities', text: 'Peer support from Portugal' } } }, 201);
    const params = { ...matrix, itemId: item.id };
    await facilitator.call(api.update, { params, body: { version: 1, data: { text: 'Peer support from Portuguese cities' } } });
    await facilitator.call(api.remove, { params });
    await waitFor(() => stream.received.length >= 3, 'three events');
    expect(stream.received.map((e) => [e.resource, e.action, e.id])).toEqual([
      ['matrix:swot', 'created', item.id],
      ['matrix:swot', 'updated', item.id],
      ['matrix:swot', 'deleted', item.id],
    ]);
    expect(stream.received[1]?.item).toMatchObject({ data: { text: 'Peer support from Portuguese cities' } });
    stream.close();
  });
});
