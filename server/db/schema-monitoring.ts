import type { Generated } from 'kysely';

/** Monitoring of the action plan (migration 016): each measure's cadence, indicators and reports. */
export interface MeasureCadencesTable {
  measure_id: string;
  workspace_id: string;
  cadence: string;
  updated_by: string;
  updated_at: string;
}

export interface IndicatorsTable {
  id: string;
  workspace_id: string;
  measure_id: string;
  name: string;
  unit: Generated<string>;
  baseline: number | null;
  target: number | null;
  source: Generated<string>;
  created_by: string;
  created_at: string;
  archived_at: string | null;
}

export interface PeriodReportsTable {
  measure_id: string;
  period_key: string;
  workspace_id: string;
  status: string;
  note: Generated<string>;
  /** JSON array of links. */
  evidence: Generated<string>;
  reported_by: string;
  reported_at: string;
}

export interface IndicatorValuesTable {
  indicator_id: string;
  period_key: string;
  value: number;
}

export interface OverdueNoticesTable {
  measure_id: string;
  period_key: string;
  notified_at: string;
}

/** Lessons learned of a workspace (migration 016); the next cycle starts from them. */
export interface LessonsTable {
  id: string;
  workspace_id: string;
  text: string;
  created_by: string;
  created_at: string;
  archived_at: string | null;
}
