import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlOf, type Endpoint } from '../../shared/api/endpoint.ts';
import { contract } from '../../shared/api/index.ts';
import { reportingPeriods } from '../../shared/monitoring/periods.ts';
import { MONITORING_LIMITS } from '../../shared/schemas/monitoring.ts';
import type { CadreServer } from '../server.ts';
import { sweepOverdueReports } from '../services/overdue-reports.ts';
import { subscribeToWorkspace } from '../testing/sse-client.ts';
import { addMember, seedWorkspace, startTestServer, waitFor } from '../testing/test-server.ts';

const api = contract.monitoring;
let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const year = new Date().getUTCFullYear();
/** Two years back to two years ahead: some periods are overdue, some to come, whatever today is. */
const span = { start: `${year - 2}-01-01`, end: `${year + 2}-12-31` };
const firstQuarter = `${year - 2}-Q1`;

async function setup(measure: Record<string, unknown> = {}) {
  const seeded = await seedWorkspace(server.url);
  const { facilitator, workspaceId } = seeded;
  const matrix = (kind: 'objective' | 'action', data: Record<string, unknown>) =>
    facilitator.call(contract.matrices.create, { params: { id: workspaceId, kind }, body: { data } }, 201);
  const objective = await matrix('objective', { title: 'Local integration services', status: 'agreed' });
  const item = await matrix('action', { objectiveId: objective.item.id, title: 'Open one-stop offices', responsibleInstitution: 'Ministry of Interior', ...span, ...measure });
  const measureParams = { id: workspaceId, measureId: item.item.id };
  return { ...seeded, objectiveId: objective.item.id, measureId: item.item.id, measureParams };
}

describe('monitoring: validation', () => {
  it('refuses bad cadences, indicators and reports, naming the field, and changes nothing', async () => {
    const { facilitator, workspaceId, measureParams } = await setup();
    const bad = async (method: string, path: string, body: unknown, field: string) => {
      const answer = (await facilitator.expect(400, method, path, body)) as { error: { fields: Record<string, unknown> } };
      expect(Object.keys(answer.error.fields)).toContain(field);
    };
    const base = `/api/workspaces/${workspaceId}/monitoring/measures/${measureParams.measureId}`;
    await bad('PUT', `${base}/cadence`, { cadence: 'weekly' }, 'cadence');
    await bad('POST', `${base}/indicators`, { name: '', target: 10 }, 'name');
    await bad('POST', `${base}/indicators`, { name: 'Offices open', target: 'ten' }, 'target');
    await facilitator.call(api.setCadence, { params: measureParams, body: { cadence: 'quarterly' } });
    const { indicator } = await facilitator.call(api.addIndicator, { params: measureParams, body: { name: 'Offices open', unit: 'offices', baseline: 0, target: 22 } }, 201);
    const report = `${base}/reports/${firstQuarter}`;
    await bad('PUT', report, { status: 'finished' }, 'status');
    await bad('PUT', report, { status: 'onTrack', note: 'x'.repeat(MONITORING_LIMITS.noteLength + 1) }, 'note');
    await bad('PUT', report, { status: 'onTrack', evidence: ['javascript:alert(1)'] }, 'evidence.0');
    await bad('PUT', report, { status: 'onTrack', evidence: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) }, 'evidence');
    await bad('PUT', report, { status: 'onTrack', values: [{ indicatorId: 'not-an-indicator', value: 3 }] }, 'values.0.indicatorId');
    await bad('PUT', report, { status: 'onTrack', values: [{ indicatorId: indicator.id, value: 3 }, { indicatorId: indicator.id, value: 4 }] }, 'values');
    // Another measure's indicator is not this one's.
    const other = await setup();
    const { indicator: foreign } = await other.facilitator.call(api.addIndicator, { params: other.measureParams, body: { name: 'Staff trained' } }, 201);
    await bad('PUT', report, { status: 'onTrack', values: [{ indicatorId: foreign.id, value: 3 }] }, 'values.0.indicatorId');
    await facilitator.expect(404, 'PUT', `${base}/reports/${year + 9}-Q1`, { status: 'onTrack' });
    await facilitator.expect(409, 'PUT', `${base}/reports/${year + 2}-Q4`, { status: 'onTrack' });
    const overview = await facilitator.call(api.overview, { params: { id: workspaceId } });
    expect(overview.measures[0]?.periods.every((p) => p.report === null)).toBe(true);
  });

  it('bounds indicators per measure and periods per measure', async () => {
    const { facilitator, measureParams } = await setup({ start: '2000-01-01', end: '2039-12-31' });
    const refused = (await facilitator.expect(400, 'PUT', `/api/workspaces/${measureParams.id}/monitoring/measures/${measureParams.measureId}/cadence`, { cadence: 'monthly' })) as {
      error: { fields: Record<string, Array<{ code: string }>> };
    };
    expect(refused.error.fields['cadence']?.[0]?.code).toBe('tooMany');
    for (let n = 0; n < MONITORING_LIMITS.indicatorsPerMeasure; n++) {
      await facilitator.call(api.addIndicator, { params: measureParams, body: { name: `Indicator ${n}` } }, 201);
    }
    await facilitator.expect(409, 'POST', `/api/workspaces/${measureParams.id}/monitoring/measures/${measureParams.measureId}/indicators`, { name: 'One too many' });
  });
});

describe('monitoring: authorization', () => {
  it('lets every member read, editors record, and nobody else in', async () => {
    const { facilitator, workspaceId, measureParams } = await setup();
    await facilitator.call(api.setCadence, { params: measureParams, body: { cadence: 'annual' } });
    const reportParams = { ...measureParams, periodKey: String(year - 2) };
    for (const role of ['chair', 'drafter'] as const) {
      const { client } = await addMember(server, workspaceId, role);
      await client.call(api.saveReport, { params: reportParams, body: { status: 'onTrack', note: `by ${role}` } });
    }
    const status = (client: { request: (method: string, path: string, body?: unknown) => Promise<{ status: number }> }, e: Endpoint, params: Record<string, string>, body?: unknown) =>
      client.request(e.method.toUpperCase(), urlOf(e, { params }), body).then((answer) => answer.status);
    for (const role of ['expert', 'observer'] as const) {
      const { client } = await addMember(server, workspaceId, role);
      const overview = await client.call(api.overview, { params: { id: workspaceId } });
      expect(overview.abilities.edit).toBe(false);
      expect(await status(client, api.saveReport, reportParams, { status: 'delayed' })).toBe(403);
      expect(await status(client, api.addIndicator, measureParams, { name: 'x' })).toBe(403);
      expect(await status(client, api.addLesson, { id: workspaceId }, { text: 'x' })).toBe(403);
      expect(await status(client, api.setCadence, measureParams, { cadence: null })).toBe(403);
      // Reading the evaluation report is an export, which every member may do.
      expect((await client.request('GET', `/api/workspaces/${workspaceId}/monitoring/evaluation?format=html`)).status).toBe(200);
    }
    // A workspace one is not a member of is not visible at all.
    const outsider = await seedWorkspace(server.url);
    expect(await status(outsider.facilitator, api.overview, { id: workspaceId })).toBe(404);
    expect(await status(outsider.facilitator, api.saveReport, reportParams, { status: 'delayed' })).toBe(404);
  });
});

describe('monitoring: reports, stage 8 and the evaluation report', () => {
  it('records a quarter, keeps the plan’s status in step, and meets stage 8 from real data', async () => {
    const { facilitator, workspaceId, measureParams } = await setup();
    const stage8 = async () => {
      const status = await facilitator.call(contract.cycle.status, { params: { id: workspaceId } });
      return Object.fromEntries((status.stages[7]?.criteria ?? []).map((c) => [c.id, c.met]));
    };
    expect(await stage8()).toMatchObject({ measuresMonitored: false, lessonsRecorded: false });
    const stream = await subscribeToWorkspace(server.url, facilitator.cookie, workspaceId);
    await waitFor(() => stream.isReady(), 'the stream to open');

    await facilitator.call(api.setCadence, { params: measureParams, body: { cadence: 'quarterly' } });
    const { indicator } = await facilitator.call(api.addIndicator, { params: measureParams, body: { name: 'Offices open', unit: 'offices', baseline: 2, target: 22, source: 'Municipal records' } }, 201);
    const today = new Date().toISOString().slice(0, 10);
    const due = reportingPeriods('quarterly', span.start, span.end).filter((p) => p.due <= today);
    // Every period due but the latest: not monitored yet.
    for (const period of due.slice(0, -1)) {
      await facilitator.call(api.saveReport, { params: { ...measureParams, periodKey: period.key }, body: { status: 'onTrack', values: [{ indicatorId: indicator.id, value: 5 }] } });
    }
    expect((await stage8())['measuresMonitored']).toBe(false);
    const latest = due.at(-1)?.key ?? '';
    const { measure } = await facilitator.call(api.saveReport, {
      params: { ...measureParams, periodKey: latest },
      body: { status: 'delayed', note: 'Two offices wait for staff', evidence: ['https://example.org/minutes.pdf'], values: [{ indicatorId: indicator.id, value: 12 }] },
    });
    expect(measure).toMatchObject({ status: 'delayed', monitored: true });
    expect(measure.periods.find((p) => p.key === latest)).toMatchObject({ state: 'reported', report: { status: 'delayed', values: { [indicator.id]: 12 }, reportedBy: { name: 'Fatou Facilitator' } } });
    const plan = await facilitator.call(contract.matrices.get, { params: { id: workspaceId, kind: 'action', itemId: measureParams.measureId } });
    expect(plan.item.data['status']).toBe('delayed');

    await facilitator.call(api.addLesson, { params: { id: workspaceId }, body: { text: 'Staff the offices before opening them' } });
    expect(await stage8()).toMatchObject({ measuresMonitored: true, lessonsRecorded: true });
    await waitFor(() => stream.received.some((e) => e.resource === 'monitoring'), 'a monitoring event');

    const html = await facilitator.request('GET', `/api/workspaces/${workspaceId}/monitoring/evaluation?format=html`);
    expect(html.status).toBe(200);
    const page = String(html.body);
    for (const text of ['Logical framework', 'Open one-stop offices', 'Offices open', '12 offices / 22 offices', 'Two offices wait for staff', 'Staff the offices before opening them']) {
      expect(page).toContain(text);
    }
    const docx = await fetch(`${server.url}/api/workspaces/${workspaceId}/monitoring/evaluation?format=docx`, { headers: { cookie: facilitator.cookie } });
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(Buffer.from(await docx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('announces an overdue report once, to the members of the responsible institution', async () => {
    const { facilitator, workspaceId, measureParams } = await setup();
    const { institutions, members } = server.services;
    const ministry = await institutions.create(workspaceId, 'Ministry of Interior', null);
    const department = await institutions.create(workspaceId, 'Migration department', ministry.id);
    const responsible = await addMember(server, workspaceId, 'drafter', 'Rui Responsible');
    await members.setInstitution(responsible.memberId, department.id);
    const bystander = await addMember(server, workspaceId, 'drafter', 'Bea Bystander');
    await facilitator.call(api.setCadence, { params: measureParams, body: { cadence: 'annual' } });

    const first = await sweepOverdueReports(server.services);
    expect(first.announced).toBeGreaterThan(0);
    expect(first.nextDue).not.toBeNull();
    const inbox = await responsible.client.call(contract.notifications.list, {});
    expect(inbox.notifications.filter((n) => n.kind === 'reportOverdue').map((n) => n.excerpt)).toContain(`Open one-stop offices — ${year - 2}`);
    expect((await bystander.client.call(contract.notifications.list, {})).notifications).toHaveLength(0);
    const again = await sweepOverdueReports(server.services);
    expect((await responsible.client.call(contract.notifications.list, {})).notifications).toHaveLength(inbox.notifications.length);
    expect(again.announced).toBe(0);
  });
});
