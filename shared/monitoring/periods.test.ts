import { describe, expect, it } from 'vitest';
import { currentPeriod, latestDuePeriod, MAX_PERIODS_PER_MEASURE, periodCount, reportingPeriods } from './periods.ts';

describe('reporting periods', () => {
  it('monthly: calendar months, each ending on its last day, leap February included', () => {
    const periods = reportingPeriods('monthly', '2028-01-31', '2028-03-01');
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2028-01', '2028-01-01', '2028-01-31'],
      ['2028-02', '2028-02-01', '2028-02-29'],
      ['2028-03', '2028-03-01', '2028-03-31'],
    ]);
    expect(reportingPeriods('monthly', '2027-02-10', '2027-02-10')).toEqual([{ key: '2027-02', start: '2027-02-01', end: '2027-02-28', due: '2027-03-15' }]);
  });

  it('quarterly: a measure starting mid-quarter reports on that whole quarter', () => {
    const periods = reportingPeriods('quarterly', '2026-02-15', '2026-11-30');
    expect(periods.map((p) => [p.key, p.start, p.end])).toEqual([
      ['2026-Q1', '2026-01-01', '2026-03-31'],
      ['2026-Q2', '2026-04-01', '2026-06-30'],
      ['2026-Q3', '2026-07-01', '2026-09-30'],
      ['2026-Q4', '2026-10-01', '2026-12-31'],
    ]);
  });

  it('semi-annual and annual periods cross year ends', () => {
    expect(reportingPeriods('semiAnnual', '2025-06-30', '2026-07-01').map((p) => [p.key, p.start, p.end])).toEqual([
      ['2025-H1', '2025-01-01', '2025-06-30'],
      ['2025-H2', '2025-07-01', '2025-12-31'],
      ['2026-H1', '2026-01-01', '2026-06-30'],
      ['2026-H2', '2026-07-01', '2026-12-31'],
    ]);
    expect(reportingPeriods('annual', '2024-12-31', '2026-01-01').map((p) => [p.key, p.start, p.end])).toEqual([
      ['2024', '2024-01-01', '2024-12-31'],
      ['2025', '2025-01-01', '2025-12-31'],
      ['2026', '2026-01-01', '2026-12-31'],
    ]);
  });

  it('a report is due fifteen days after its period ends, across month and year ends', () => {
    expect(reportingPeriods('quarterly', '2026-10-01', '2026-12-31')[0]?.due).toBe('2027-01-15');
    expect(reportingPeriods('monthly', '2024-02-01', '2024-02-29')[0]?.due).toBe('2024-03-15');
  });

  it('gives nothing when the end comes first, and at most the bound', () => {
    expect(reportingPeriods('monthly', '2026-05-01', '2026-04-30')).toEqual([]);
    expect(periodCount('monthly', '2020-01-01', '2039-12-31')).toBe(240);
    expect(reportingPeriods('monthly', '2020-01-01', '2039-12-31')).toHaveLength(MAX_PERIODS_PER_MEASURE);
  });

  it('finds the latest period due and the one to report on', () => {
    const periods = reportingPeriods('quarterly', '2026-01-01', '2026-12-31');
    expect(latestDuePeriod(periods, '2026-04-14')).toBeUndefined();
    expect(latestDuePeriod(periods, '2026-04-15')?.key).toBe('2026-Q1');
    expect(currentPeriod(periods, '2026-05-20')?.key).toBe('2026-Q2');
    expect(currentPeriod(periods, '2027-03-01')?.key).toBe('2026-Q4');
  });
});
