import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryEndpoints as glossary } from '../../shared/api/glossary.ts';
import { matricesEndpoints as matrices } from '../../shared/api/matrices.ts';
import { ROLES, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

let server: CadreServer;
let workspaceId: string;
const clients = new Map<Role, ApiClient>();
beforeAll(async () => {
  server = await startTestServer();
  const seed = await seedWorkspace(server.url);
  workspaceId = seed.workspaceId;
  clients.set('facilitator', seed.facilitator);
  for (const role of ROLES) if (role !== 'facilitator') clients.set(role, (await addMember(server, workspaceId, role, `The ${role}`)).client);
});
afterAll(() => server.close());

const as = (role: Role): ApiClient => {
  const client = clients.get(role);
  if (!client) throw new Error(`no ${role}`);
  return client;
};
/** Who may not read the workspace does not learn it exists. */
const refused = (role: Role): number => (expectedAbilities.read[role] ? 403 : 404);
const termsPath = () => `/api/workspaces/${workspaceId}/matrices/glossary`;
const agreePath = (itemId: string) => `/api/workspaces/${workspaceId}/glossary/${itemId}/agree`;

async function propose(data: Record<string, unknown> = {}) {
  const body = { data: { term: 'Circular migration', definition: 'Repeated legal movement between two countries', ...data } };
  return (await as('drafter').call(matrices.create, { params: { id: workspaceId, kind: 'glossary' }, body }, 201)).item;
}

describe('glossary: who may propose and who may agree', () => {
  it.each(ROLES)('%s proposes a term only with the edit ability', async (role) => {
    const response = await as(role).request('POST', termsPath(), { data: { term: `Term of the ${role}`, definition: 'A definition' } });
    expect(response.status).toBe(expectedAbilities.edit[role] ? 201 : refused(role));
  });

  it.each(ROLES)('%s agrees a term only with the agreeTerm ability (the chair)', async (role) => {
    const term = await propose();
    const response = await as(role).request('POST', agreePath(term.id), { version: term.version });
    expect(response.status).toBe(expectedAbilities.agreeTerm[role] ? 200 : refused(role));
    const stored = await as('observer').call(matrices.get, { params: { id: workspaceId, kind: 'glossary', itemId: term.id } });
    expect(stored.item.data['status']).toBe(expectedAbilities.agreeTerm[role] ? 'agreed' : 'proposed');
  });

  it('hides the workspace from non-members', async () => {
    const term = await propose();
    const outsider = await signUp(server.url, 'Outsider');
    expect((await outsider.request('POST', agreePath(term.id), { version: term.version })).status).toBe(404);
    expect((await outsider.request('GET', `/api/workspaces/${workspaceId}/glossary/agreed`)).status).toBe(404);
  });

  it('sends the agreeTerm ability with the matrix, so only the chair sees the button', async () => {
    for (const role of ROLES.filter((r) => expectedAbilities.read[r])) {
      const list = await as(role).call(matrices.list, { params: { id: workspaceId, kind: 'glossary' }, query: {} });
      expect(list.abilities.agreeTerm).toBe(expectedAbilities.agreeTerm[role]);
    }
  });
});

describe('glossary: the agreement', () => {
  it('records who agreed and when, and a rewording returns the term to proposed', async () => {
    const term = await propose();
    const agreed = (await as('chair').call(glossary.agree, { params: { id: workspaceId, itemId: term.id }, body: { version: term.version } })).item;
    expect(agreed.data).toMatchObject({ status: 'agreed', agreedBy: { name: 'The chair' } });
    expect(Date.parse(String(agreed.data['agreedAt']))).not.toBeNaN();

    // A change outside the wording keeps the agreement.
    const sourced = (await as('drafter').call(matrices.update, {
      params: { id: workspaceId, kind: 'glossary', itemId: term.id },
      body: { version: agreed.version, data: { source: 'IOM glossary' } },
    })).item;
    expect(sourced.data['status']).toBe('agreed');

    const reworded = (await as('drafter').call(matrices.update, {
      params: { id: workspaceId, kind: 'glossary', itemId: term.id },
      body: { version: sourced.version, data: { definition: 'Repeated movement between countries' } },
    })).item;
    expect(reworded.data).toMatchObject({ status: 'proposed', agreedBy: null, agreedAt: null });
  });

  it('does not agree a wording the chair has not seen', async () => {
    const term = await propose();
    await as('drafter').call(matrices.update, { params: { id: workspaceId, kind: 'glossary', itemId: term.id }, body: { version: term.version, data: { term: 'Circular mobility' } } });
    const stale = await as('chair').request('POST', agreePath(term.id), { version: term.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'version_conflict' } });
  });

  it.each([
    ['status', { status: 'agreed' }],
    ['agreedBy', { agreedBy: { id: 'x', name: 'Nobody' } }],
    ['agreedAt', { agreedAt: '2026-01-01T00:00:00Z' }],
  ])('refuses %s from an edit: only agreeing sets it', async (field, data) => {
    const created = await as('chair').request('POST', termsPath(), { data: { term: 'Diaspora', definition: 'People who left', ...data } });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ error: { fields: { [`data.${field}`]: [{ code: 'notEditable' }] } } });
    const term = await propose();
    const updated = await as('chair').request('PATCH', `${termsPath()}/${term.id}`, { version: term.version, data });
    expect(updated.status).toBe(400);
  });

  it('refuses a bad version in the agreement body', async () => {
    const term = await propose();
    const response = await as('chair').request('POST', agreePath(term.id), { version: 0 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { fields: { version: [expect.objectContaining({ code: expect.any(String) })] } } });
  });
});

describe('glossary: language variants', () => {
  it.each([
    ['an unknown language', [{ language: 'de', term: 'Integration' }], 'data.variants.0.language'],
    ['a second variant in one language', [{ language: 'fr', term: 'Intégration' }, { language: 'fr', term: 'Insertion' }], 'data.variants.1.language'],
    ['a variant without its term', [{ language: 'pt', term: ' ' }], 'data.variants.0.term'],
    ['a definition too long', [{ language: 'es', term: 'Integración', definition: 'x'.repeat(3001) }], 'data.variants.0.definition'],
  ])('refuses %s', async (_what, variants, field) => {
    const response = await as('drafter').request('POST', termsPath(), { data: { term: 'Integration', definition: 'Two-way process', variants } });
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as { error: { fields: Record<string, unknown> } }).error.fields)).toContain(field);
  });

  it('serves the agreed terms in a language, variants read there, others left out', async () => {
    const variants = [
      { language: 'fr', term: 'Réfugié', definition: 'Personne qui bénéficie de la protection internationale' },
      { language: 'ar', term: 'لاجئ' },
    ];
    const term = await propose({ term: 'Refugee', definition: 'A person granted international protection', variants });
    const unagreed = await propose({ term: 'Asylum seeker', definition: 'A person who asks for protection' });
    await as('chair').call(glossary.agree, { params: { id: workspaceId, itemId: term.id }, body: { version: term.version } });

    const read = (language?: 'en' | 'fr' | 'pt' | 'ar') =>
      as('observer').call(glossary.agreedTerms, { params: { id: workspaceId }, query: language ? { language } : {} });
    const english = await read();
    expect(english.language).toBe('en');
    expect(english.terms).toContainEqual({ id: term.id, term: 'Refugee', definition: 'A person granted international protection' });
    expect(english.terms.map((t) => t.id)).not.toContain(unagreed.id);
    expect((await read('fr')).terms).toContainEqual({ id: term.id, term: 'Réfugié', definition: 'Personne qui bénéficie de la protection internationale' });
    // Without a definition of its own, a variant shows the main one.
    expect((await read('ar')).terms).toContainEqual({ id: term.id, term: 'لاجئ', definition: 'A person granted international protection' });
    expect((await read('pt')).terms.map((t) => t.id)).not.toContain(term.id);
    expect((await as('observer').request('GET', `/api/workspaces/${workspaceId}/glossary/agreed?language=xx`)).status).toBe(400);
  });
});
