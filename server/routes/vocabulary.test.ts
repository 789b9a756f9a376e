import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matricesEndpoints as matrices } from '../../shared/api/matrices.ts';
import { vocabularyEndpoints as vocabularyApi } from '../../shared/api/vocabulary.ts';
import { workspacesEndpoints as workspaces } from '../../shared/api/workspaces.ts';
import { ROLES, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import { presetVocabulary } from '../../shared/vocabulary/presets.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

let server: CadreServer;
let facilitator: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  facilitator = await signUp(server.url, 'Fatou Facilitator');
});
afterAll(() => server.close());

const path = (id: string) => `/api/workspaces/${id}/vocabulary`;

describe('workspace vocabulary: presets', () => {
  it('creates a workspace under the general preset, whose areas it accepts and whose evidence types the register offers', async () => {
    const created = await facilitator.call(workspaces.create, { body: { title: 'National health strategy', preset: 'general', thematicAreas: ['serviceDelivery', 'financing'] } });
    expect(created.thematicAreas).toEqual(['serviceDelivery', 'financing']);
    const { vocabulary } = await facilitator.call(vocabularyApi.get, { params: { id: created.id } });
    expect(vocabulary).toEqual(presetVocabulary('general'));

    const evidence = (sourceType: string) => facilitator.request('POST', `/api/workspaces/${created.id}/matrices/evidence`, { data: { source: 'Health facility returns', sourceType } });
    expect((await evidence('serviceStatistics')).status).toBe(201);
    const refused = await evidence('consularRegisters');
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { fields: { 'data.sourceType': [{ code: 'notFound' }] } } });
  });

  it('refuses areas of another preset, naming each', async () => {
    const response = await facilitator.request('POST', '/api/workspaces', { title: 'Education policy', preset: 'general', thematicAreas: ['financing', 'protectionAndAsylum'] });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { fields: { 'thematicAreas.1': [{ code: 'notFound' }] } } });
  });

  it('keeps the migration preset for workspaces created without one', async () => {
    const { workspaceId } = await seedWorkspace(server.url);
    const seeded = await signUp(server.url, 'Reader');
    expect((await seeded.request('GET', path(workspaceId))).status).toBe(404);
    const created = await facilitator.call(workspaces.create, { body: { title: 'Migration policy', thematicAreas: ['legalMigration'] } });
    expect((await facilitator.call(vocabularyApi.get, { params: { id: created.id } })).vocabulary.preset).toBe('migration');
  });
});

describe('workspace vocabulary: editing', () => {
  let workspaceId: string;
  const clients = new Map<Role, ApiClient>();
  beforeAll(async () => {
    const seed = await seedWorkspace(server.url);
    workspaceId = seed.workspaceId;
    clients.set('facilitator', seed.facilitator);
    for (const role of ROLES) if (role !== 'facilitator') clients.set(role, (await addMember(server, workspaceId, role)).client);
  });
  const as = (role: Role) => clients.get(role) as ApiClient;

  it.each(ROLES)('%s edits the lists only with manageWorkspace, and reads them with read', async (role) => {
    const edited = { ...presetVocabulary('general'), areas: [{ key: 'financing', label: '' }, { key: `climate${role}`, label: 'Climate resilience' }] };
    const put = await as(role).request('PUT', path(workspaceId), edited);
    expect(put.status).toBe(expectedAbilities.manageWorkspace[role] ? 200 : expectedAbilities.read[role] ? 403 : 404);
    expect((await as(role).request('GET', path(workspaceId))).status).toBe(expectedAbilities.read[role] ? 200 : 404);
  });

  it('refuses a bad vocabulary and changes nothing', async () => {
    const before = (await as('facilitator').call(vocabularyApi.get, { params: { id: workspaceId } })).vocabulary;
    const bad = { ...before, areas: [{ key: 'mine', label: '' }, { key: 'mine', label: 'Twice' }] };
    const response = await as('facilitator').request('PUT', path(workspaceId), bad);
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as { error: { fields: object } }).error.fields)).toEqual(expect.arrayContaining(['areas.0.label', 'areas.1.key']));
    expect((await as('facilitator').call(vocabularyApi.get, { params: { id: workspaceId } })).vocabulary).toEqual(before);
  });

  it('keeps values chosen under an earlier vocabulary valid', async () => {
    await as('facilitator').call(vocabularyApi.update, { params: { id: workspaceId }, body: presetVocabulary('migration') });
    const item = (await as('drafter').call(matrices.create, { params: { id: workspaceId, kind: 'evidence' }, body: { data: { source: 'Border records 2024', sourceType: 'borderRecords' } } })).item;
    await as('facilitator').call(vocabularyApi.update, { params: { id: workspaceId }, body: presetVocabulary('general') });
    const updated = await as('drafter').call(matrices.update, { params: { id: workspaceId, kind: 'evidence', itemId: item.id }, body: { version: item.version, data: { gaps: 'None by island' } } });
    expect(updated.item.data['sourceType']).toBe('borderRecords');
    const moved = await as('drafter').request('PATCH', `/api/workspaces/${workspaceId}/matrices/evidence/${item.id}`, { version: updated.item.version, data: { sourceType: 'residencePermits' } });
    expect(moved.status).toBe(400);
  });
});
