import type { Indicator, MeasureMonitoring, MeasureStatus, PeriodState, Report } from '../schemas/monitoring.ts';
import { latestDuePeriod, reportingPeriods, type Cadence } from './periods.ts';

/** A measure of the action plan, as monitoring reads it. */
export type PlannedMeasure = {
  id: string;
  objectiveId: string;
  title: string;
  responsibleInstitution: string;
  start: string | null;
  end: string | null;
  status: MeasureStatus;
};

export type MonitoringSources = {
  measures: readonly PlannedMeasure[];
  cadences: ReadonlyMap<string, Cadence>;
  indicators: readonly Indicator[];
  reports: ReadonlyArray<Report & { measureId: string }>;
  /** YYYY-MM-DD */
  today: string;
};

/** Measures finished or given up need no further reports. */
const CLOSED: ReadonlySet<MeasureStatus> = new Set(['done', 'dropped']);

/** The plan's own period, for measures without dates: from its earliest start to its latest end. */
export function planPeriod(measures: readonly PlannedMeasure[]): { start: string | null; end: string | null } {
  const starts = measures.flatMap((m) => (m.start ? [m.start] : [])).sort();
  const ends = measures.flatMap((m) => (m.end ? [m.end] : [])).sort();
  return { start: starts[0] ?? null, end: ends.at(-1) ?? null };
}

/** The dates a measure reports over: its own, else the plan's. */
export function reportingSpan(measure: PlannedMeasure, plan: { start: string | null; end: string | null }): { start: string; end: string } | null {
  const start = measure.start ?? plan.start;
  const end = measure.end ?? plan.end;
  return start && end && start <= end ? { start, end } : null;
}

/**
 * Each measure with its periods, their reports and where each stands, its current status (the
 * latest report's, else the plan's) and whether it is monitored: its latest due period has a
 * report. A measure with no period due yet is monitored once it has a cadence; one reported done
 * or dropped needs no later report.
 */
export function monitorMeasures({ measures, cadences, indicators, reports, today }: MonitoringSources): MeasureMonitoring[] {
  const plan = planPeriod(measures);
  return measures.map((measure) => {
    const cadence = cadences.get(measure.id) ?? null;
    const span = reportingSpan(measure, plan);
    const periods = cadence && span ? reportingPeriods(cadence, span.start, span.end) : [];
    const own = new Map(reports.filter((r) => r.measureId === measure.id).map(({ measureId: _, ...report }) => [report.periodKey, report]));
    const reported = periods.filter((period) => own.has(period.key));
    const latest = reported.at(-1);
    const status = latest ? (own.get(latest.key)?.status ?? measure.status) : measure.status;
    const closedAfter = latest && CLOSED.has(status) ? latest.key : null;
    const stateOf = (period: (typeof periods)[number]): PeriodState => {
      if (own.has(period.key)) return 'reported';
      if (closedAfter !== null && period.key > closedAfter) return 'closed';
      if (period.start > today) return 'upcoming';
      return period.due <= today ? 'overdue' : 'open';
    };
    const due = latestDuePeriod(periods, today);
    const monitored = cadence !== null && (due === undefined || own.has(due.key) || (closedAfter !== null && closedAfter <= due.key));
    return {
      ...measure,
      cadence,
      status,
      monitored,
      indicators: indicators.filter((indicator) => indicator.measureId === measure.id),
      periods: periods.map((period) => ({ ...period, state: stateOf(period), report: own.get(period.key) ?? null })),
    };
  });
}

/** Progress of a value from the baseline toward the target, 0–1 (capped), or null when it cannot be said. */
export function progressToward(indicator: Pick<Indicator, 'baseline' | 'target'>, value: number | null): number | null {
  if (value === null || indicator.target === null) return null;
  const baseline = indicator.baseline ?? 0;
  const span = indicator.target - baseline;
  if (span === 0) return value === indicator.target ? 1 : 0;
  return Math.min(1, Math.max(0, (value - baseline) / span));
}

/** The latest value recorded for an indicator across its measure's periods, or null. */
export function latestValue(measure: Pick<MeasureMonitoring, 'periods'>, indicatorId: string): number | null {
  for (const period of [...measure.periods].reverse()) {
    const value = period.report?.values[indicatorId];
    if (value !== undefined) return value;
  }
  return null;
}
