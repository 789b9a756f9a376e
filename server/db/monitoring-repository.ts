import type { Kysely } from 'kysely';
import type { Cadence } from '../../shared/monitoring/periods.ts';
import type { Indicator, Lesson, MeasureStatus, Report } from '../../shared/schemas/monitoring.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

export type IndicatorFields = Omit<Indicator, 'id' | 'measureId'>;
export type ReportFields = { status: MeasureStatus; note: string; evidence: string[]; values: ReadonlyArray<{ indicatorId: string; value: number }> };
/** A stored report, keyed by measure and period. */
export type StoredReport = Report & { measureId: string };

type IndicatorRow = { id: string; measure_id: string; name: string; unit: string; baseline: number | null; target: number | null; source: string };
const toIndicator = (row: IndicatorRow): Indicator => ({
  id: row.id,
  measureId: row.measure_id,
  name: row.name,
  unit: row.unit,
  // PostgreSQL may hand back numeric text; both engines store a double.
  baseline: row.baseline === null ? null : Number(row.baseline),
  target: row.target === null ? null : Number(row.target),
  source: row.source,
});

export type MonitoringRepository = ReturnType<typeof createMonitoringRepository>;

/** Cadences, indicators, period reports with their values, overdue notices and lessons learned. */
export function createMonitoringRepository(db: Kysely<Schema>) {
  const now = () => new Date().toISOString();
  const liveIndicators = (workspaceId: string) =>
    db
      .selectFrom('indicators')
      .select(['id', 'measure_id', 'name', 'unit', 'baseline', 'target', 'source'])
      .where('workspace_id', '=', workspaceId)
      .where('archived_at', 'is', null);

  return {
    async cadences(workspaceId: string): Promise<Map<string, Cadence>> {
      const rows = await db.selectFrom('measure_cadences').select(['measure_id', 'cadence']).where('workspace_id', '=', workspaceId).execute();
      return new Map(rows.map((row) => [row.measure_id, row.cadence as Cadence]));
    },
    /** Workspaces where some measure has a cadence, hence periods that may fall overdue. */
    async monitoredWorkspaceIds(): Promise<string[]> {
      const rows = await db.selectFrom('measure_cadences').select('workspace_id').distinct().execute();
      return rows.map((row) => row.workspace_id);
    },
    async setCadence(workspaceId: string, measureId: string, cadence: Cadence | null, userId: string): Promise<void> {
      if (cadence === null) {
        await db.deleteFrom('measure_cadences').where('measure_id', '=', measureId).where('workspace_id', '=', workspaceId).execute();
        return;
      }
      await db
        .insertInto('measure_cadences')
        .values({ measure_id: measureId, workspace_id: workspaceId, cadence, updated_by: userId, updated_at: now() })
        .onConflict((oc) => oc.column('measure_id').doUpdateSet({ cadence, updated_by: userId, updated_at: now() }))
        .execute();
    },

    async indicators(workspaceId: string): Promise<Indicator[]> {
      const rows = await liveIndicators(workspaceId).orderBy('created_at').orderBy('id').execute();
      return rows.map(toIndicator);
    },
    async findIndicator(workspaceId: string, id: string): Promise<Indicator | undefined> {
      const row = await liveIndicators(workspaceId).where('id', '=', id).executeTakeFirst();
      return row && toIndicator(row);
    },
    async countIndicators(workspaceId: string, measureId: string): Promise<number> {
      const row = await liveIndicators(workspaceId)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('measure_id', '=', measureId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async createIndicator(workspaceId: string, measureId: string, fields: IndicatorFields, userId: string): Promise<Indicator> {
      const id = newId();
      await db
        .insertInto('indicators')
        .values({ id, workspace_id: workspaceId, measure_id: measureId, ...fields, created_by: userId, created_at: now() })
        .execute();
      return { id, measureId, ...fields };
    },
    async updateIndicator(workspaceId: string, id: string, fields: IndicatorFields): Promise<void> {
      await db.updateTable('indicators').set(fields).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },
    /** Archived indicators leave the dashboard; their recorded values stay in the database. */
    async archiveIndicator(workspaceId: string, id: string): Promise<void> {
      await db.updateTable('indicators').set({ archived_at: now() }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    },

    async reports(workspaceId: string): Promise<StoredReport[]> {
      const rows = await db
        .selectFrom('period_reports as r')
        .innerJoin('users as u', 'u.id', 'r.reported_by')
        .select(['r.measure_id', 'r.period_key', 'r.status', 'r.note', 'r.evidence', 'r.reported_by', 'r.reported_at', 'u.name'])
        .where('r.workspace_id', '=', workspaceId)
        .execute();
      const values = await db
        .selectFrom('indicator_values as v')
        .innerJoin('indicators as i', 'i.id', 'v.indicator_id')
        .select(['i.measure_id', 'v.indicator_id', 'v.period_key', 'v.value'])
        .where('i.workspace_id', '=', workspaceId)
        .execute();
      const byReport = new Map<string, Record<string, number>>();
      for (const value of values) {
        const key = `${value.measure_id}/${value.period_key}`;
        byReport.set(key, { ...byReport.get(key), [value.indicator_id]: Number(value.value) });
      }
      return rows.map((row) => ({
        measureId: row.measure_id,
        periodKey: row.period_key,
        status: row.status as MeasureStatus,
        note: row.note,
        evidence: JSON.parse(row.evidence) as string[],
        values: byReport.get(`${row.measure_id}/${row.period_key}`) ?? {},
        reportedBy: { id: row.reported_by, name: row.name },
        reportedAt: row.reported_at,
      }));
    },
    /** Writes a period's report and its values at once, replacing an earlier report of the period. */
    async saveReport(workspaceId: string, measureId: string, periodKey: string, report: ReportFields, userId: string): Promise<void> {
      const row = { status: report.status, note: report.note, evidence: JSON.stringify(report.evidence), reported_by: userId, reported_at: now() };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('period_reports')
          .values({ measure_id: measureId, period_key: periodKey, workspace_id: workspaceId, ...row })
          .onConflict((oc) => oc.columns(['measure_id', 'period_key']).doUpdateSet(row))
          .execute();
        const indicatorIds = trx.selectFrom('indicators').select('id').where('measure_id', '=', measureId);
        await trx.deleteFrom('indicator_values').where('period_key', '=', periodKey).where('indicator_id', 'in', indicatorIds).execute();
        if (report.values.length > 0) {
          await trx
            .insertInto('indicator_values')
            .values(report.values.map(({ indicatorId, value }) => ({ indicator_id: indicatorId, period_key: periodKey, value })))
            .execute();
        }
      });
    },

    /** Records that a period's missing report was announced; false when it already was. */
    async noteOverdue(measureId: string, periodKey: string): Promise<boolean> {
      const inserted = await db
        .insertInto('overdue_notices')
        .values({ measure_id: measureId, period_key: periodKey, notified_at: now() })
        .onConflict((oc) => oc.columns(['measure_id', 'period_key']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async lessons(workspaceId: string): Promise<Lesson[]> {
      const rows = await db
        .selectFrom('lessons as l')
        .innerJoin('users as u', 'u.id', 'l.created_by')
        .select(['l.id', 'l.text', 'l.created_by', 'l.created_at', 'u.name'])
        .where('l.workspace_id', '=', workspaceId)
        .where('l.archived_at', 'is', null)
        .orderBy('l.created_at')
        .orderBy('l.id')
        .execute();
      return rows.map((row) => ({ id: row.id, text: row.text, createdBy: { id: row.created_by, name: row.name }, createdAt: row.created_at }));
    },
    /** Lessons kept, archived ones included: putting one aside does not make room for more. */
    async countLessons(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom('lessons')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async addLesson(workspaceId: string, text: string, userId: string): Promise<string> {
      const id = newId();
      await db.insertInto('lessons').values({ id, workspace_id: workspaceId, text, created_by: userId, created_at: now() }).execute();
      return id;
    },
    /** Archives a live lesson of the workspace; false when there is none by that id. */
    async archiveLesson(workspaceId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('lessons')
        .set({ archived_at: now() })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
