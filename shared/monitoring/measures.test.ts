import { describe, expect, it } from 'vitest';
import type { Report } from '../schemas/monitoring.ts';
import { latestValue, monitorMeasures, planPeriod, progressToward, type PlannedMeasure } from './measures.ts';
import type { Cadence } from './periods.ts';

const measure = (id: string, fields: Partial<PlannedMeasure> = {}): PlannedMeasure => ({
  id,
  objectiveId: 'o1',
  title: id,
  responsibleInstitution: '',
  start: '2026-01-01',
  end: '2026-12-31',
  status: 'notStarted',
  ...fields,
});
const report = (measureId: string, periodKey: string, status: Report['status'] = 'onTrack', values: Record<string, number> = {}) => ({
  measureId,
  periodKey,
  status,
  note: '',
  evidence: [],
  values,
  reportedBy: { id: 'u', name: 'U' },
  reportedAt: '2026-01-01T00:00:00Z',
});
const run = (measures: PlannedMeasure[], cadences: Record<string, Cadence>, reports: ReturnType<typeof report>[], today: string) =>
  monitorMeasures({ measures, cadences: new Map(Object.entries(cadences)), indicators: [], reports, today });

describe('monitoring of measures', () => {
  it('tells reported, overdue, open and upcoming periods apart', () => {
    const [m] = run([measure('m')], { m: 'quarterly' }, [report('m', '2026-Q1')], '2026-07-20');
    expect(m?.periods.map((p) => [p.key, p.state])).toEqual([
      ['2026-Q1', 'reported'],
      ['2026-Q2', 'overdue'],
      ['2026-Q3', 'open'],
      ['2026-Q4', 'upcoming'],
    ]);
  });

  it('is monitored when the latest period due has a report, not merely an earlier one', () => {
    expect(run([measure('m')], { m: 'quarterly' }, [report('m', '2026-Q1')], '2026-07-20')[0]?.monitored).toBe(false);
    expect(run([measure('m')], { m: 'quarterly' }, [report('m', '2026-Q2')], '2026-07-20')[0]?.monitored).toBe(true);
    // Nothing due yet: a cadence is all monitoring can ask for.
    expect(run([measure('m')], { m: 'quarterly' }, [], '2026-02-01')[0]?.monitored).toBe(true);
    expect(run([measure('m')], {}, [], '2026-07-20')[0]?.monitored).toBe(false);
  });

  it('takes the latest report’s status and asks nothing after a measure is done or dropped', () => {
    const [m] = run([measure('m')], { m: 'quarterly' }, [report('m', '2026-Q1', 'dropped')], '2026-12-01');
    expect(m?.status).toBe('dropped');
    expect(m?.monitored).toBe(true);
    expect(m?.periods.map((p) => p.state)).toEqual(['reported', 'closed', 'closed', 'closed']);
  });

  it('uses the plan’s period for a measure without dates', () => {
    const measures = [measure('dated', { start: '2025-03-01', end: '2025-12-31' }), measure('undated', { start: null, end: null }), measure('later', { start: '2026-02-01', end: '2027-06-30' })];
    expect(planPeriod(measures)).toEqual({ start: '2025-03-01', end: '2027-06-30' });
    const undated = run(measures, { undated: 'annual' }, [], '2026-01-01').find((m) => m.id === 'undated');
    expect(undated?.periods.map((p) => p.key)).toEqual(['2025', '2026', '2027']);
  });

  it('measures progress from the baseline toward the target, either way', () => {
    expect(progressToward({ baseline: 4, target: 22 }, 13)).toBe(0.5);
    expect(progressToward({ baseline: 30, target: 10 }, 20)).toBe(0.5);
    expect(progressToward({ baseline: null, target: 10 }, 15)).toBe(1);
    expect(progressToward({ baseline: 0, target: null }, 15)).toBeNull();
    expect(progressToward({ baseline: 0, target: 10 }, null)).toBeNull();
    const [m] = monitorMeasures({
      measures: [measure('m')],
      cadences: new Map([['m', 'quarterly']]),
      indicators: [{ id: 'i', measureId: 'm', name: 'I', unit: '', baseline: 0, target: 10, source: '' }],
      reports: [report('m', '2026-Q1', 'onTrack', { i: 3 }), report('m', '2026-Q2', 'onTrack')],
      today: '2026-08-01',
    });
    expect(m && latestValue(m, 'i')).toBe(3);
  });
});
