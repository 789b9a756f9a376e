import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleEndpoints } from '../../shared/api/cycle.ts';
import { matricesEndpoints } from '../../shared/api/matrices.ts';
import { TEAM_ROLES } from '../../shared/policy/abilities.ts';
import { expectedAbilities } from '../../shared/policy/expected-abilities.ts';
import type { CycleStatus } from '../../shared/schemas/cycle.ts';
import type { MatrixKind } from '../../shared/schemas/matrices/index.ts';
import type { CadreServer } from '../server.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { contract } from '../../shared/api/index.ts';

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const stage1Unmet = (status: CycleStatus) =>
  status.stages[0]?.criteria.filter((c) => c.required && !c.met).map((c) => c.id) ?? [];

describe('policy cycle', () => {
  it('computes stage 1 criteria from the workspace, its members and its roadmap', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const params = { id: workspaceId };
    let status = await facilitator.call(cycleEndpoints.status, { params });
    expect(status.stage).toBe(1);
    expect(status.stages).toHaveLength(8);
    expect(stage1Unmet(status)).toEqual(['leadAndMission', 'coreGroupInstitutions', 'roadmapDated']);

    await facilitator.expect(200, 'PATCH', `/api/workspaces/${workspaceId}`, {
      leadInstitution: 'Directorate-General for Immigration',
      mission: 'Turn the national strategy into municipal action',
    });
    const { institutions, members } = server.services;
    for (const name of ['DGI', 'Praia municipality', 'Border police']) {
      const member = await addMember(server, workspaceId, 'drafter');
      await members.setInstitution(member.memberId, (await institutions.create(workspaceId, name, null)).id);
    }
    await facilitator.call(matricesEndpoints.create, { params: { id: workspaceId, kind: 'milestone' }, body: { data: { title: 'Kick-off', dueDate: '2026-01-15' } } }, 201);
    status = await facilitator.call(cycleEndpoints.status, { params });
    expect(stage1Unmet(status)).toEqual([]);

    // Leaving stage 1 with everything met needs no reason.
    await facilitator.call(cycleEndpoints.advanceStage, { params, body: { to: 2 } });
  });

  it('requires a reason to advance past unmet criteria, logs every move and tells viewers', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const observer = await addMember(server, workspaceId, 'observer');
    const stream = await subscribeToWorkspace(server.url, observer.client.cookie, workspaceId);
    await waitFor(() => stream.isReady(), 'the stream to open');
    const stage = `/api/workspaces/${workspaceId}/stage`;

    const refused = await facilitator.request('POST', stage, { to: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'criteria_unmet', fields: { reason: expect.arrayContaining([{ code: 'required', message: 'stage 2: problemStatement' }]) } });

    const params = { id: workspaceId };
    const moved = await facilitator.call(cycleEndpoints.advanceStage, {
      params,
      body: { to: 3, reason: 'The steering committee asked to start analysis in parallel' },
    });
    expect(moved.workspace.stage).toBe(3);
    expect(moved.decision.data).toMatchObject({ category: 'stageChange', decision: expect.stringContaining('→ 3. Policy analysis') });
    expect(moved.decision.data['rationale']).toContain('The steering committee asked');
    expect(moved.decision.data['rationale']).toContain('A problem statement exists');

    await facilitator.call(cycleEndpoints.advanceStage, { params, body: { to: 1 } });
    const log = await facilitator.call(matricesEndpoints.list, { params: { id: workspaceId, kind: 'decision' } });
    expect(log.items.map((d) => d.data['decision'])).toEqual([
      '1. Mandate and scoping → 3. Policy analysis',
      '3. Policy analysis → 1. Mandate and scoping',
    ]);
    expect((await facilitator.request('POST', stage, { to: 1 })).status).toBe(409);
    expect((await facilitator.request('POST', stage, { to: 9 })).status).toBe(400);

    await waitFor(() => stream.received.filter((e) => e.resource === 'workspace').length === 2, 'two stage events');
    expect(stream.received.find((e) => e.resource === 'workspace')).toMatchObject({ action: 'updated', item: { stage: 3 } });
    stream.close();
  });

  it.each(TEAM_ROLES)('a %s may advance the stage only if the ability table says so', async (role) => {
    const { workspaceId } = await seedWorkspace(server.url);
    const member = (await addMember(server, workspaceId, role)).client;
    const response = await member.request('POST', `/api/workspaces/${workspaceId}/stage`, { to: 2, reason: 'test' });
    expect(response.status).toBe(expectedAbilities.advanceStage[role] ? 200 : 403);
    expect((await member.request('GET', `/api/workspaces/${workspaceId}/cycle`)).status).toBe(expectedAbilities.read[role] ? 200 : 403);
  });
});

describe('stage 6 validation criterion', () => {
  it('is met once every document’s ladder is signed, and unmet again when the text changes', async () => {
    const { facilitator, workspaceId, documentId } = await seedWorkspace(server.url);
    const chair = (await addMember(server, workspaceId, 'chair')).client;
    const write = (text: string) =>
      server.services.collab.change(documentId, (d) => replaceDocContent(d, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }));
    const criterion = async () => {
      const status = await facilitator.call(cycleEndpoints.status, { params: { id: workspaceId } });
      return status.stages[5]?.criteria.find((c) => c.id === 'validationSigned');
    };
    await write('The national policy text.');
    expect(await criterion()).toMatchObject({ tracked: true, met: false, progress: { current: 0, target: 5 } });

    const { steps } = await facilitator.call(contract.validation.replaceSteps, { params: { id: workspaceId }, body: {
      steps: [{ name: 'Council of ministers', signerRole: 'chair' }],
    } });
    await chair.expect(201, 'POST', `/api/documents/${documentId}/validation/${steps[0]?.id ?? ''}/sign`, { note: 'Adopted' });
    expect(await criterion()).toMatchObject({ tracked: true, met: true, progress: { current: 1, target: 1 } });

    await write('The national policy text, amended.');
    expect(await criterion()).toMatchObject({ met: false, progress: { current: 0, target: 1 } });
  });
});

describe('cycle agenda', () => {
  it('lists open milestones by date, overdue measures and what each member owns', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const drafter = await addMember(server, workspaceId, 'drafter', 'Dana Drafter');
    const add = (kind: MatrixKind, data: Record<string, unknown>) =>
      facilitator.call(matricesEndpoints.create, { params: { id: workspaceId, kind }, body: { data } }, 201);
    await add('milestone', { title: 'Later', dueDate: '2999-01-01', ownerMemberId: drafter.memberId });
    await add('milestone', { title: 'Missed', dueDate: '2000-01-01' });
    await add('milestone', { title: 'Held', dueDate: '2000-01-02', done: true });
    const objective = await add('objective', { title: 'O' });
    await add('action', { objectiveId: objective.item.id, title: 'Late measure', start: '2000-01-01', end: '2000-06-30', status: 'delayed', ownerMemberId: drafter.memberId });
    await add('action', { objectiveId: objective.item.id, title: 'Finished measure', start: '2000-01-01', end: '2000-06-30', status: 'done' });

    const { agenda } = await facilitator.call(cycleEndpoints.status, { params: { id: workspaceId } });
    expect(agenda.milestones.map((m) => [m.title, m.overdue])).toEqual([['Missed', true], ['Later', false]]);
    expect(agenda.overdueActions.map((a) => a.title)).toEqual(['Late measure']);
    expect(agenda.owned[drafter.memberId]?.map((i) => i.title).sort()).toEqual(['Late measure', 'Later']);
  });
});

describe('the lead institution', () => {
  const coreGroup = (status: CycleStatus) => status.stages[0]?.criteria.find((c) => c.id === 'coreGroupInstitutions')?.progress;

  it('is a registry row, made with the workspace or when the lead changes, and counts as represented', async () => {
    const { facilitator } = await seedWorkspace(server.url);
    const workspace = await facilitator.call(contract.workspaces.create, { body: { title: 'Labour migration', leadInstitution: 'Ministry of Labour' } });
    const params = { id: workspace.id };
    const registry = async () => (await facilitator.call(contract.workspaces.get, { params })).institutions.map((i) => [i.name, i.parentId]);
    expect(await registry()).toEqual([['Ministry of Labour', null]]);
    // Nobody is assigned to it yet, and still the workspace represents its lead institution.
    expect(coreGroup(await facilitator.call(cycleEndpoints.status, { params }))).toEqual({ current: 1, target: 3 });

    // The same name in other letters is the same institution.
    await facilitator.call(contract.workspaces.update, { params, body: { leadInstitution: 'ministry of labour' } });
    expect(await registry()).toEqual([['Ministry of Labour', null]]);

    // Members who draft add their institutions; an observer's does not make the core group.
    const { institutions, members } = server.services;
    const borders = await institutions.create(workspace.id, 'Border police', null);
    await institutions.create(workspace.id, 'DGI', borders.id);
    await members.setInstitution((await addMember(server, workspace.id, 'drafter')).memberId, borders.id);
    const praia = await institutions.create(workspace.id, 'Praia', null);
    await members.setInstitution((await addMember(server, workspace.id, 'observer')).memberId, praia.id);
    expect(coreGroup(await facilitator.call(cycleEndpoints.status, { params }))).toEqual({ current: 2, target: 3 });

    // A lead already listed, even as a department, is not listed twice, and counts.
    await facilitator.call(contract.workspaces.update, { params, body: { leadInstitution: 'DGI' } });
    expect((await registry()).filter(([name]) => name === 'DGI')).toEqual([['DGI', borders.id]]);
    // Counted once: the drafter's Border police and the lead, DGI; Ministry of Labour leads no more.
    expect(coreGroup(await facilitator.call(cycleEndpoints.status, { params }))).toEqual({ current: 2, target: 3 });
  });
});

describe('stages passed with unmet criteria', () => {
  it('are told apart from completed ones, with the unmet criteria and the reason recorded', async () => {
    const { facilitator, workspaceId } = await seedWorkspace(server.url);
    const params = { id: workspaceId };
    const reason = 'The minister asked for the analysis to start now';
    const moved = await facilitator.call(cycleEndpoints.advanceStage, { params, body: { to: 3, reason } });
    const passages = (status: CycleStatus) => status.stages.map((s) => s.passedWithUnmet);
    expect(passages(moved.cycle)).toEqual([
      { unmet: ['leadAndMission', 'coreGroupInstitutions', 'roadmapDated'], reason, decisionId: moved.decision.id, movedAt: expect.any(String) },
      { unmet: ['problemStatement', 'evidenceSources', 'evidenceGaps'], reason, decisionId: moved.decision.id, movedAt: expect.any(String) },
      null, null, null, null, null, null,
    ]);

    // Back to stage 2, then on again with its criteria met: stage 2 is completed this time.
    await facilitator.call(cycleEndpoints.advanceStage, { params, body: { to: 2 } });
    const add = (kind: MatrixKind, data: Record<string, unknown>) =>
      facilitator.call(matricesEndpoints.create, { params: { id: workspaceId, kind }, body: { data } }, 201);
    await add('problem', { statement: 'Municipalities lack a common plan' });
    await add('evidence', { source: 'Census 2021', gaps: 'No data on emigration' });
    const again = await facilitator.call(cycleEndpoints.advanceStage, { params, body: { to: 3 } });
    expect(passages(again.cycle).map((p) => p?.unmet ?? null)).toEqual([
      ['leadAndMission', 'coreGroupInstitutions', 'roadmapDated'],
      null, null, null, null, null, null, null,
    ]);
    // The record stays even if the decision-log entry is edited.
    await facilitator.call(matricesEndpoints.update, {
      params: { id: workspaceId, kind: 'decision', itemId: moved.decision.id },
      body: { version: moved.decision.version, data: { rationale: 'edited' } },
    });
    const status = await facilitator.call(cycleEndpoints.status, { params });
    expect(status.stages[0]?.passedWithUnmet?.reason).toBe(reason);
  });
});
