import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A 400's issues without their English messages: what the client puts in words. */
async function refusedCodes(answer: Promise<{ status: number; body: { error?: { fields?: Record<string, { code: string; params?: object }[]> } } }>) {
  const { status, body } = await answer;
  expect(status).toBe(400);
  return Object.fromEntries(Object.entries(body.error?.fields ?? {}).map(([path, issues]) => [path, issues.map(({ code, params }) => ({ code, params }))]));
}

describe('a refused field carries a code the client can put in words', () => {
  it('a milestone without a title, and a due date that does not exist', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const path = `/api/workspaces/${workspaceId}/matrices/milestone`;
    expect(await refusedCodes(facilitator.request('POST', path, { data: { dueDate: '2026-02-30' } }))).toEqual({
      'data.title': [{ code: 'required' }],
      'data.dueDate': [{ code: 'invalidDate' }],
    });
  });

  it('option scores that are text, out of range or on an unnamed criterion', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const objective = await facilitator.call(contract.matrices.create, { params: { id: workspaceId, kind: 'objective' }, body: { data: { title: 'Objective' } } }, 201);
    const data = { objectiveId: objective.item.id, title: 'One-stop offices', scores: { 'Cost: 4': 'high', Reach: 9, ' ': 2 } };
    expect(await refusedCodes(facilitator.request('POST', `/api/workspaces/${workspaceId}/matrices/option`, { data }))).toEqual({
      'data.scores.Cost: 4': [{ code: 'notANumber' }],
      'data.scores.Reach': [{ code: 'outOfRange', params: { min: 0, max: 5 } }],
      'data.scores. ': [{ code: 'required' }],
    });
  });

  it('a sign-up with a malformed address and a short password', async () => {
    const body = { email: 'maria-at-gov.cv', password: 'short', name: 'Maria' };
    expect(await refusedCodes(new ApiClient(server.url).request('POST', '/api/auth/signup', body))).toEqual({
      email: [{ code: 'invalidEmail' }],
      password: [{ code: 'tooShort', params: { min: 10 } }],
    });
  });

  it('a workspace title too long, and a check only the server can make (an institution listed twice)', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    expect(await refusedCodes(facilitator.request('POST', '/api/workspaces', { title: 'x'.repeat(201) }))).toEqual({
      title: [{ code: 'tooLong', params: { max: 200 } }],
    });
    const path = `/api/workspaces/${workspaceId}/institutions`;
    await facilitator.call(contract.workspaces.createInstitution, { params: { id: workspaceId }, body: { name: 'Ministry of Interior' } }, 201);
    const again = await facilitator.request('POST', path, { name: 'ministry of interior' });
    expect([again.status, again.body.error?.fields]).toEqual([409, { name: [{ code: 'duplicate', message: 'already listed' }] }]);
  });
});
