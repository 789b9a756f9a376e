import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { consultationEndpoints as api } from '../../shared/api/consultation.ts';
import { contract } from '../../shared/api/index.ts';
import { CloseCode } from '../../shared/collab/protocol.ts';
import type { CreatedInvitation } from '../../shared/schemas/invitations.ts';
import type { CadreServer } from '../server.ts';
import { signUp, type ApiClient } from '../testing/api-client.ts';
import { openRawSocket } from '../testing/sync-clients.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { doc, heading, paragraph } from '../versions/fixtures.ts';

const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenOf = (invitation: CreatedInvitation): string => invitation.link.split('/invite/')[1] ?? '';

describe('consultation rounds', () => {
  let server: CadreServer;
  let facilitator: ApiClient;
  let drafter: ApiClient;
  let observer: ApiClient;
  let consultee: ApiClient;
  let workspaceId: string;
  let documentId: string;
  let versionId: string;
  let roundId: string;

  const published = doc(heading(1, 'Objectives'), paragraph('Migrants have access to health services in every municipality.'), heading(1, 'Governance'), paragraph('A council meets monthly.'));
  const stage5 = async () => {
    const cycle = await facilitator.call(contract.cycle.status, { params: { id: workspaceId } });
    return cycle.stages.find((s) => s.stage === 5)?.criteria.find((c) => c.id === 'inputsDispositioned');
  };
  const roundBody = (changes: Record<string, unknown> = {}) => ({
    title: 'Online consultation on the draft',
    format: 'onlineConsultation',
    question: 'Is the health chapter realistic for municipalities?',
    opensOn: today,
    closesOn: inDays(14),
    documents: [{ documentId, versionId }],
    ...changes,
  });

  beforeAll(async () => {
    server = await startTestServer();
    ({ facilitator, workspaceId, documentId } = await seedWorkspace(server.url));
    await server.services.collab.change(documentId, (d) => replaceDocContent(d as Y.Doc, published));
    versionId = (await facilitator.call(contract.versions.create, { params: { id: documentId }, body: { name: 'For consultation' } })).id;
    // The live draft moves on after publication: consultees must keep seeing the frozen text.
    await server.services.collab.change(documentId, (d) => replaceDocContent(d as Y.Doc, doc(heading(1, 'Objectives'), paragraph('Live draft only.'))));
    drafter = (await addMember(server, workspaceId, 'drafter')).client;
    observer = (await addMember(server, workspaceId, 'observer')).client;
  });
  afterAll(() => server.close());

  it('validates a new round and lets only the leads open one', async () => {
    const refused = await facilitator.request('POST', `/api/workspaces/${workspaceId}/consultation-rounds`, roundBody({ closesOn: today, opensOn: inDays(2) }));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.fields?.['closesOn']?.[0]?.code).toBe('endBeforeStart');
    const noVersion = await facilitator.request('POST', `/api/workspaces/${workspaceId}/consultation-rounds`, roundBody({ documents: [{ documentId, versionId: 'unknown-version-id' }] }));
    expect(noVersion.body.error?.fields?.['documents.0.versionId']?.[0]?.code).toBe('notFound');
    expect((await facilitator.request('POST', `/api/workspaces/${workspaceId}/consultation-rounds`, roundBody({ documents: [] }))).status).toBe(400);
    expect((await facilitator.request('POST', `/api/workspaces/${workspaceId}/consultation-rounds`, roundBody({ format: 'poll' }))).status).toBe(400);
    for (const client of [drafter, observer]) {
      expect((await client.request('POST', `/api/workspaces/${workspaceId}/consultation-rounds`, roundBody())).status).toBe(403);
    }
    const round = await facilitator.call(api.create, { params: { id: workspaceId }, body: roundBody() as never });
    expect([round.status, round.documents[0]?.versionName]).toEqual(['open', 'For consultation']);
    roundId = round.id;
  });

  it('invites a consultee through the invitation flow, tied to the round', async () => {
    expect((await drafter.request('POST', `/api/consultation-rounds/${roundId}/invitations`, { email: 'ngo@example.org' })).status).toBe(403);
    // The workspace's own invitation form offers no consultee role.
    expect((await facilitator.request('POST', `/api/workspaces/${workspaceId}/invitations`, { email: 'ngo@example.org', role: 'consultee' })).status).toBe(400);
    consultee = await signUp(server.url, 'Nadia NGO');
    const invitation = await facilitator.call(api.invite, { params: { roundId }, body: { email: (consultee as ApiClient & { email: string }).email } });
    expect(invitation.role).toBe('consultee');
    const preview = await consultee.call(contract.invitations.preview, { params: { token: tokenOf(invitation) } });
    expect(preview.roundTitle).toBe('Online consultation on the draft');
    const accepted = await consultee.call(contract.invitations.accept, { params: { token: tokenOf(invitation) } }, 201);
    expect([accepted.roundId, accepted.membership.role]).toEqual([roundId, 'consultee']);
    const detail = await facilitator.call(api.get, { params: { roundId } });
    expect(detail.participants.map((p) => p.name)).toEqual(['Nadia NGO']);
  });

  it('shows a consultee the published version only, and 404 for everything outside its round', async () => {
    const seen = await consultee.call(api.get, { params: { roundId } });
    expect(JSON.stringify(seen.documents[0]?.content)).toContain('health services');
    expect(JSON.stringify(seen)).not.toContain('Live draft only');
    expect([seen.round.audience, seen.participants, seen.abilities.read, seen.abilities.consult]).toEqual([[], [], false, true]);
    const other = await facilitator.call(api.create, { params: { id: workspaceId }, body: roundBody({ title: 'Focus group' }) as never });
    const outside = [
      `/api/workspaces/${workspaceId}`,
      `/api/workspaces/${workspaceId}/documents`,
      `/api/workspaces/${workspaceId}/matrices/stakeholder`,
      `/api/workspaces/${workspaceId}/cycle`,
      `/api/documents/${documentId}`,
      `/api/documents/${documentId}/versions`,
      `/api/documents/${documentId}/threads`,
      `/api/documents/${documentId}/export?format=md`,
      `/api/consultation-rounds/${other.id}`,
      `/api/consultation-rounds/${roundId}/report?format=md`,
    ];
    for (const path of outside) expect([path, (await consultee.request('GET', path)).status]).toEqual([path, 404]);
    expect((await consultee.request('POST', `/api/workspaces/${workspaceId}/stage`, { to: 2, reason: 'probe' })).status).toBe(404);
    expect((await consultee.request('POST', `/api/documents/${documentId}/versions`, { name: 'probe' })).status).toBe(404);
    const list = await consultee.call(api.list, { params: { id: workspaceId } });
    expect(list.rounds.map((r) => r.id)).toEqual([roundId]);
    const outsider = await signUp(server.url, 'Outsider');
    expect((await outsider.request('GET', `/api/consultation-rounds/${roundId}`)).status).toBe(404);
  });

  it('refuses a consultee on the live document’s sync socket', async () => {
    const raw = await openRawSocket(server.url, documentId, consultee.cookie);
    expect((await raw.closed).code).toBe(CloseCode.notFound);
  });

  it('takes inputs on a section or passage of the published version, and records workshop inputs on behalf of participants', async () => {
    const submit = (client: ApiClient, body: Record<string, unknown>) => client.request('POST', `/api/consultation-rounds/${roundId}/inputs`, { documentId, ...body });
    expect((await submit(consultee, { section: 'Budget', text: 'Where is the budget?' })).body.error?.fields?.['section']?.[0]?.code).toBe('notFound');
    expect((await submit(consultee, { passage: 'Live draft only.', text: 'Hmm' })).body.error?.fields?.['passage']?.[0]?.code).toBe('notFound');
    expect((await submit(consultee, { text: '' })).status).toBe(400);
    expect((await submit(consultee, { text: 'x'.repeat(5001) })).status).toBe(400);
    expect((await submit(consultee, { text: 'For someone', onBehalfOf: { participantName: 'X' } })).status).toBe(403);
    expect((await submit(observer, { text: 'An observer speaks' })).status).toBe(403);
    expect((await submit(drafter, { text: 'Heard at the workshop', onBehalfOf: { participantName: 'Y' } })).status).toBe(403);

    const first = await submit(consultee, { section: 'Objectives', passage: 'access to health services', text: 'Name the services: primary care at least.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ participantName: 'Nadia NGO', recordedBy: null, disposition: null });
    const recorded = await submit(facilitator, { section: 'Governance', text: 'Monthly is too often for small towns.', onBehalfOf: { participantName: 'Mayor of Mindelo', stakeholderId: null } });
    expect(recorded.body).toMatchObject({ participantName: 'Mayor of Mindelo', recordedBy: 'Fatou Facilitator' });

    expect((await consultee.call(api.get, { params: { roundId } })).inputs).toHaveLength(1);
    expect((await facilitator.call(api.get, { params: { roundId } })).inputs).toHaveLength(2);
    expect(await stage5()).toMatchObject({ met: false, tracked: true, progress: { current: 2, target: 0 } });
  });

  it('dispositions every input with a reason and a link to what answered it; then the stage-5 criterion is met', async () => {
    const { inputs } = await facilitator.call(api.get, { params: { roundId } });
    const [first, second] = inputs;
    if (!first || !second) throw new Error('two inputs expected');
    const dispose = (client: ApiClient, id: string, body: Record<string, unknown>) => client.request('PUT', `/api/consultation-rounds/${roundId}/inputs/${id}/disposition`, body);
    expect((await dispose(facilitator, first.id, { disposition: 'accepted', reason: '' })).status).toBe(400);
    expect((await dispose(facilitator, first.id, { disposition: 'maybe', reason: 'No' })).status).toBe(400);
    expect((await dispose(facilitator, first.id, { disposition: 'accepted', reason: 'Yes', answeredBy: { kind: 'decision', id: 'missing-decision' } })).status).toBe(400);
    for (const client of [observer, consultee]) expect((await dispose(client, first.id, { disposition: 'accepted', reason: 'Yes' })).status).toBe(403);

    const accepted = await dispose(drafter, first.id, { disposition: 'accepted', reason: 'Primary care is now named.', answeredBy: { kind: 'version', id: versionId } });
    expect(accepted.body.disposition).toMatchObject({ value: 'accepted', answeredBy: { kind: 'version', label: 'For consultation' } });
    expect(await stage5()).toMatchObject({ met: false, progress: { current: 1, target: 0 } });
    await dispose(facilitator, second.id, { disposition: 'deferred', reason: 'To be decided with the association of municipalities.' });
    expect(await stage5()).toMatchObject({ met: true, tracked: true });
  });

  it('exports the report on its own and as an annex of the document; consultees export nothing', async () => {
    const report = await facilitator.request('GET', `/api/consultation-rounds/${roundId}/report?format=md`);
    expect(report.status).toBe(200);
    expect(String(report.body)).toContain('Consultation report: Online consultation on the draft');
    expect(String(report.body)).toContain('Inputs by stakeholder category');
    expect(String(report.body)).toContain('Mayor of Mindelo');
    const docx = await observer.request('GET', `/api/consultation-rounds/${roundId}/report?format=docx`);
    expect([docx.status, docx.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    const annexed = await facilitator.request('GET', `/api/documents/${documentId}/export?format=md&version=${versionId}&consultation=${roundId}`);
    expect(String(annexed.body)).toContain('Every input and its disposition');
    const elsewhere = await seedWorkspace(server.url);
    expect((await elsewhere.facilitator.request('GET', `/api/documents/${elsewhere.documentId}/export?format=md&consultation=${roundId}`)).status).toBe(400);
  });

  it('stops taking inputs once closed, by the leads only', async () => {
    expect((await drafter.request('POST', `/api/consultation-rounds/${roundId}/close`)).status).toBe(403);
    expect((await facilitator.call(api.close, { params: { roundId } })).status).toBe('closed');
    const late = await consultee.request('POST', `/api/consultation-rounds/${roundId}/inputs`, { documentId, text: 'Too late?' });
    expect([late.status, late.body.error?.code]).toEqual([409, 'round_not_open']);
  });
});
