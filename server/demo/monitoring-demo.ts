import { reportingPeriods } from '../../shared/monitoring/periods.ts';
import type { Infrastructure } from '../services.ts';

export type MonitoringDemoServices = Pick<Infrastructure, 'matrixItems' | 'monitoring'>;

const day = 24 * 3600_000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Indicators of the seeded measures, by title: what the action plan's indicator lines count. */
const indicatorsOf: Readonly<Record<string, ReadonlyArray<{ name: string; unit: string; baseline: number; target: number; source: string }>>> = {
  'Formalise the network of municipalities and support offices': [
    { name: 'Municipalities taking part in the network', unit: 'municipalities', baseline: 4, target: 22, source: 'DGI network register' },
  ],
  'Train support-office staff on immigration and integration': [
    { name: 'Support-office staff trained', unit: 'people', baseline: 0, target: 40, source: 'Training attendance lists' },
  ],
  'Tailor the national template for Praia and Boa Vista': [{ name: 'Local plans adopted by their council', unit: 'plans', baseline: 0, target: 2, source: 'Council minutes' }],
};

/**
 * Monitoring of the demo's action plan: cadences and indicators for the seeded measures, one
 * measure already under way for half a year with two quarters reported (desks opened, people
 * informed, a delay explained), and two lessons learned, all from the Cabo Verde case.
 */
export async function addMonitoringDemo(services: MonitoringDemoServices, workspaceId: string, authorId: string, now: number): Promise<void> {
  const { matrixItems, monitoring } = services;
  const measures = (await matrixItems.list(workspaceId, 'action')).filter((item) => item.data['level'] === 'measure');
  const objectiveId = String(measures[0]?.data['objectiveId'] ?? '');
  const today = dayOf(now);
  // Started two quarters before the current one, so two periods are over and reported.
  const quarters = reportingPeriods('quarterly', dayOf(now - 200 * day), dayOf(now + 365 * day)).filter((p) => p.start <= today);
  const [first, second] = quarters.slice(-3);
  if (!first || !second) return;
  const desks = await matrixItems.create(
    workspaceId,
    'action',
    {
      objectiveId,
      title: 'Open information desks for immigrants in the local support offices',
      responsibleInstitution: 'DGI',
      partners: 'Municipal councils, Platform of African Communities',
      start: first.start,
      end: dayOf(now + 365 * day),
      status: 'delayed',
    },
    authorId,
  );
  for (const measure of measures) {
    await monitoring.setCadence(workspaceId, measure.id, 'monthly', authorId);
    for (const indicator of indicatorsOf[String(measure.data['title'])] ?? []) await monitoring.createIndicator(workspaceId, measure.id, indicator, authorId);
  }
  await monitoring.setCadence(workspaceId, desks.id, 'quarterly', authorId);
  const open = await monitoring.createIndicator(workspaceId, desks.id, { name: 'Information desks open', unit: 'desks', baseline: 0, target: 12, source: 'Support office reports' }, authorId);
  const informed = await monitoring.createIndicator(workspaceId, desks.id, { name: 'Immigrants informed at a desk', unit: 'people', baseline: 0, target: 1500, source: 'Desk visitor logs' }, authorId);
  await monitoring.saveReport(
    workspaceId,
    desks.id,
    first.key,
    {
      status: 'onTrack',
      note: 'Desks opened in Praia, Mindelo and Sal; staff use the referral guide agreed with national services.',
      evidence: [],
      values: [
        { indicatorId: open.id, value: 3 },
        { indicatorId: informed.id, value: 180 },
      ],
    },
    authorId,
  );
  await monitoring.saveReport(
    workspaceId,
    desks.id,
    second.key,
    {
      status: 'delayed',
      note: 'Four more desks opened; Boa Vista waits for a staff member to be recruited by the council.',
      evidence: [],
      values: [
        { indicatorId: open.id, value: 7 },
        { indicatorId: informed.id, value: 420 },
      ],
    },
    authorId,
  );
  await monitoring.addLesson(workspaceId, 'Recruit and train the desk staff before a desk opens: a desk without a trained person sends immigrants away.', authorId);
  await monitoring.addLesson(workspaceId, 'Monthly meetings with migrant associations surface problems months before the figures do.', authorId);
}
