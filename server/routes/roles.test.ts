import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsEndpoints } from '../../shared/api/documents.ts';
import { workspacesEndpoints } from '../../shared/api/workspaces.ts';
import { ACTIONS, TEAM_ROLES, type Action, type Role } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import type { CadreServer } from '../server.ts';
import type { ApiClient } from '../testing/api-client.ts';
import { signUp } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';

type Fixture = { workspaceId: string; documentId: string; spareMemberId: string };
type Probe = { name: string; request: (f: Fixture) => [method: string, path: string, body?: unknown] };

let probeCounter = 0;

/**
 * A representative HTTP request for each action that has routes today. The actions missing
 * here (see the last test) have no HTTP routes yet.
 */
const probes: Partial<Record<Action, Probe[]>> = {
  read: [
    { name: 'GET workspace', request: (f) => ['GET', `/api/workspaces/${f.workspaceId}`] },
    { name: 'GET document', request: (f) => ['GET', `/api/documents/${f.documentId}`] },
  ],
  edit: [
    { name: 'POST document', request: (f) => ['POST', `/api/workspaces/${f.workspaceId}/documents`, { title: 'Annex' }] },
    { name: 'PATCH document', request: (f) => ['PATCH', `/api/documents/${f.documentId}`, { title: 'Draft policy v2' }] },
  ],
  manageMembers: [
    {
      name: 'POST invitation',
      request: (f) => ['POST', `/api/workspaces/${f.workspaceId}/invitations`, { email: `probe${++probeCounter}@example.org`, role: 'observer' }],
    },
    { name: 'GET invitations', request: (f) => ['GET', `/api/workspaces/${f.workspaceId}/invitations`] },
    {
      name: 'POST institution',
      request: (f) => ['POST', `/api/workspaces/${f.workspaceId}/institutions`, { name: `Ministry ${++probeCounter}` }],
    },
    {
      name: 'PATCH member',
      request: (f) => ['PATCH', `/api/workspaces/${f.workspaceId}/members/${f.spareMemberId}`, { institutionId: null }],
    },
  ],
  // Thread actions per role, resolve and ownership included, are covered in review.test.ts.
  comment: [
    {
      name: 'POST thread',
      request: (f) => ['POST', `/api/documents/${f.documentId}/threads`, { kind: 'comment', anchor: { start: 'AQdjb250ZW50AA==', end: 'AQdjb250ZW50QQ==' }, quote: 'Draft', body: 'Probe' }],
    },
  ],
  manageWorkspace: [{ name: 'PATCH workspace', request: (f) => ['PATCH', `/api/workspaces/${f.workspaceId}`, { mission: 'Protect' }] }],
  // Restoring what is in use changes nothing, so these probes leave the fixture as it was; the
  // archiving itself, per role, is covered in archive.test.ts.
  archive: [{ name: 'POST document restore', request: (f) => ['POST', `/api/documents/${f.documentId}/restore`] }],
  archiveWorkspace: [{ name: 'POST workspace restore', request: (f) => ['POST', `/api/workspaces/${f.workspaceId}/restore`] }],
  assessPractice: [{ name: 'POST self-assessment', request: (f) => ['POST', `/api/workspaces/${f.workspaceId}/practice`, { ratings: [{ criterion: 'ownership', score: 3 }] }] }],
};

describe('every role × action through HTTP, against the roles table', () => {
  let server: CadreServer;
  let fixture: Fixture;
  const clients = new Map<Role, ApiClient>();
  let outsider: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    const seed = await seedWorkspace(server.url);
    const spare = await addMember(server, seed.workspaceId, 'observer', 'Spare member');
    fixture = { workspaceId: seed.workspaceId, documentId: seed.documentId, spareMemberId: spare.memberId };
    clients.set('facilitator', seed.facilitator);
    // Consultees see nothing of the workspace (404 everywhere): covered in consultation.test.ts.
    for (const role of TEAM_ROLES) if (role !== 'facilitator') clients.set(role, (await addMember(server, seed.workspaceId, role)).client);
    outsider = await signUp(server.url, 'Outsider');
  });
  afterAll(() => server.close());

  const cases = TEAM_ROLES.flatMap((role) =>
    Object.entries(probes).flatMap(([action, list]) => (list ?? []).map((probe) => ({ role, action: action as Action, probe }))),
  );

  it.each(cases)('$role → $action ($probe.name)', async ({ role, action, probe }) => {
    const client = clients.get(role) as ApiClient;
    const [method, path, body] = probe.request(fixture);
    const response = await client.request(method, path, body);
    if (expectedAbilities[action][role]) {
      expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
    } else {
      expect(response.status).toBe(403);
      expect(response.body.error?.code).toBe('forbidden');
    }
  });

  it.each(Object.entries(probes).flatMap(([action, list]) => (list ?? []).map((probe) => ({ action, probe }))))(
    'non-member → $action ($probe.name) is 404',
    async ({ probe }) => {
      const [method, path, body] = probe.request(fixture);
      expect((await outsider.request(method, path, body)).status).toBe(404);
    },
  );

  it.each(TEAM_ROLES)('%s: responses carry exactly the abilities of the roles table', async (role) => {
    const client = clients.get(role) as ApiClient;
    const expected = Object.fromEntries(ACTIONS.map((action) => [action, expectedAbilities[action][role]]));
    const detail = await client.call(workspacesEndpoints.get, { params: { id: fixture.workspaceId } });
    expect(detail.membership.role).toBe(role);
    expect(detail.abilities).toEqual(expected);
    const document = await client.call(documentsEndpoints.get, { params: { id: fixture.documentId } });
    expect(document.abilities).toEqual(expected);
    const list = await client.call(workspacesEndpoints.list, {});
    expect(list.workspaces.find((w) => w.id === fixture.workspaceId)?.abilities).toEqual(expected);
  });

  it('covers every action that has an HTTP route; the others have none yet', () => {
    // startNextCycle needs an evaluated workspace: its roles are covered in practice.test.ts.
    // The consultation actions act on rounds, per role in consultation.test.ts.
    const consultation: readonly Action[] = ['runConsultation', 'dispositionInputs', 'consult'];
    // agreeTerm acts on a glossary term: per role in glossary.test.ts.
    const elsewhere: readonly Action[] = [...consultation, 'agreeTerm'];
    expect(ACTIONS.filter((action) => !probes[action] && !elsewhere.includes(action))).toEqual(['resolve', 'advanceStage', 'signValidation', 'export', 'startNextCycle']);
  });
});
