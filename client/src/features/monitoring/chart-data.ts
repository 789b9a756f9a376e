import { latestValue, progressToward } from '../../../../shared/monitoring/measures.ts';
import { ACTION_STATUSES } from '../../../../shared/schemas/matrices/planning.ts';
import type { MeasureMonitoring, MeasureStatus } from '../../../../shared/schemas/monitoring.ts';

/** How many measures stand in each status, in the plan's order of statuses. */
export function statusCounts(measures: readonly MeasureMonitoring[]): Array<{ status: MeasureStatus; count: number }> {
  return ACTION_STATUSES.map((status) => ({ status, count: measures.filter((m) => m.status === status).length }));
}

export type IndicatorProgress = {
  id: string;
  name: string;
  measure: string;
  unit: string;
  baseline: number | null;
  target: number;
  latest: number | null;
  /** 0–1 of the way from baseline to target, or null before any value. */
  progress: number | null;
};

/** Every indicator with a target, with its latest value and how far it has come. */
export function indicatorProgress(measures: readonly MeasureMonitoring[]): IndicatorProgress[] {
  return measures.flatMap((measure) =>
    measure.indicators.flatMap((indicator) => {
      if (indicator.target === null) return [];
      const latest = latestValue(measure, indicator.id);
      return [{ id: indicator.id, name: indicator.name, measure: measure.title, unit: indicator.unit, baseline: indicator.baseline, target: indicator.target, latest, progress: progressToward(indicator, latest) }];
    }),
  );
}

/** Periods whose report is overdue, across the plan. */
export const overdueCount = (measures: readonly MeasureMonitoring[]): number =>
  measures.reduce((sum, measure) => sum + measure.periods.filter((period) => period.state === 'overdue').length, 0);

/** Colours of the statuses, each at least 3:1 against white as graphics need. */
export const STATUS_COLORS: Readonly<Record<MeasureStatus, string>> = {
  notStarted: '#6b7585',
  onTrack: '#1e7a46',
  delayed: '#b35c00',
  done: '#2453a6',
  dropped: '#8b3a62',
};
