import { afterAll, beforeAll, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import type { CadreServer } from '../server.ts';
import { signUp } from '../testing/api-client.ts';
import { startTestServer } from '../testing/test-server.ts';
import { roleSignInLines } from './demo-roles.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('gives the demo a self-assessment with history and a digest on first opening', async () => {
  const user = await signUp(server.url, 'Newcomer');
  const demo = await user.call(contract.demo.create, {});
  const overview = await user.call(contract.practice.overview, { params: { id: demo.workspaceId } });
  expect(overview.total).toBe(3);
  expect(overview.history.map((s) => s.scores.ownership)).toEqual([4, 3, 2]);
  expect(overview.latest?.assessorName).toBe('Director, DGI (chair)');
  const digest = await user.call(contract.practice.visit, { params: { id: demo.workspaceId } });
  expect(digest.decisions.count).toBeGreaterThan(0);
});

it('prints one sign-in per role worth trying, leaving out roles without an account', () => {
  const lines = roleSignInLines([
    { role: 'drafter', email: 'd1@demo.invalid', name: 'First drafter' },
    { role: 'chair', email: 'c@demo.invalid', name: 'Chair' },
    { role: 'drafter', email: 'd2@demo.invalid', name: 'Second drafter' },
    { role: 'expert', email: 'e@demo.invalid', name: 'Peer expert' },
    { role: 'observer', email: 'o@demo.invalid', name: 'Observer' },
  ]);
  expect(lines).toEqual([
    'To see each role, sign in as:',
    '  chair      c@demo.invalid  (Chair)',
    '  drafter    d1@demo.invalid  (First drafter)',
    '  expert     e@demo.invalid  (Peer expert)',
  ]);
});
