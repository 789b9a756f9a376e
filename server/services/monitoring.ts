import { monitorMeasures, planPeriod, reportingSpan, type PlannedMeasure } from '../../shared/monitoring/measures.ts';
import { periodCount, type Cadence } from '../../shared/monitoring/periods.ts';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';
import { MONITORING_LIMITS, type Indicator, type MeasureMonitoring, type Monitoring, type MeasureStatus } from '../../shared/schemas/monitoring.ts';
import type { IndicatorFields, MonitoringRepository, ReportFields } from '../db/monitoring-repository.ts';
import { HttpError, invalidField, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

export type MonitoringService = ReturnType<typeof createMonitoringService>;
export type MonitoringSources = Pick<Infrastructure, 'policy' | 'workspaces' | 'matrixItems' | 'events' | 'activity' | 'bus'> & { monitoring: MonitoringRepository };

const str = (item: MatrixItem, field: string): string => {
  const value = item.data[field];
  return typeof value === 'string' ? value : '';
};
const dateOrNull = (item: MatrixItem, field: string): string | null => str(item, field) || null;

const toPlanned = (item: MatrixItem): PlannedMeasure => ({
  id: item.id,
  objectiveId: str(item, 'objectiveId'),
  title: str(item, 'title'),
  responsibleInstitution: str(item, 'responsibleInstitution'),
  start: dateOrNull(item, 'start'),
  end: dateOrNull(item, 'end'),
  status: (str(item, 'status') || 'notStarted') as MeasureStatus,
});

/** The server's calendar day, YYYY-MM-DD (UTC, as every stored time). */
export const dayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

const liveMeasures = async (matrixItems: MonitoringSources['matrixItems'], workspaceId: string): Promise<MatrixItem[]> =>
  (await matrixItems.list(workspaceId, 'action')).filter((item) => str(item, 'level') === 'measure');

/** Every live measure of a workspace with its monitoring on `today`; the cycle's facts read it too. */
export async function gatherMeasureMonitoring(
  { matrixItems, monitoring }: Pick<MonitoringSources, 'matrixItems' | 'monitoring'>,
  workspaceId: string,
  today: string,
): Promise<MeasureMonitoring[]> {
  const [measures, cadences, indicators, reports] = await Promise.all([
    liveMeasures(matrixItems, workspaceId),
    monitoring.cadences(workspaceId),
    monitoring.indicators(workspaceId),
    monitoring.reports(workspaceId),
  ]);
  return monitorMeasures({ measures: measures.map(toPlanned), cadences, indicators, reports, today });
}

/**
 * Monitoring of the action plan: members with `read` see the dashboard; with `edit` they set
 * cadences, keep indicators and record period reports; lessons learned are added with `edit`
 * and put aside with `archive`. Every change goes into the activity record and is published as
 * a `monitoring` event, on which every open dashboard reloads; a report also keeps the action
 * plan's status in step with the latest period.
 */
export function createMonitoringService(sources: MonitoringSources, now: () => number = Date.now) {
  const { policy, workspaces, matrixItems, events, activity, monitoring, bus } = sources;

  /** Every live measure of the workspace with its monitoring, as of today. */
  const measuresOf = (workspaceId: string): Promise<MeasureMonitoring[]> => gatherMeasureMonitoring(sources, workspaceId, dayOf(now()));

  async function measureItem(workspaceId: string, measureId: string): Promise<MatrixItem> {
    const item = await matrixItems.find(workspaceId, 'action', measureId);
    if (!item || item.deletedAt !== null || str(item, 'level') !== 'measure') throw notFound('measure');
    if (item.archivedAt !== null) throw new HttpError(409, 'item_archived', 'this measure is archived: restore it to report on it');
    return item;
  }

  async function changed(actor: User, workspaceId: string, action: string, subjectId: string, summary: string): Promise<void> {
    await activity.record({ workspaceId, actorId: actor.id, action: `monitoring.${action}`, subjectId, summary: summary.trim().slice(0, 200) || action });
    events.publish(workspaceId, { resource: 'monitoring', action: 'changed', id: subjectId, actorId: actor.id });
    // The overdue watch re-reads the workspace's deadlines.
    bus.emit({ type: 'monitoring.changed', workspaceId });
  }

  async function checkIndicatorCount(workspaceId: string, measureId: string): Promise<void> {
    if ((await monitoring.countIndicators(workspaceId, measureId)) >= MONITORING_LIMITS.indicatorsPerMeasure) {
      throw new HttpError(409, 'too_many_indicators', `a measure has at most ${MONITORING_LIMITS.indicatorsPerMeasure} indicators`);
    }
  }

  async function existingIndicator(workspaceId: string, indicatorId: string): Promise<Indicator> {
    const indicator = await monitoring.findIndicator(workspaceId, indicatorId);
    if (!indicator) throw notFound('indicator');
    await measureItem(workspaceId, indicator.measureId);
    return indicator;
  }

  return {
    measuresOf,

    async overview(actor: User, workspaceId: string): Promise<Monitoring> {
      const membership = await policy.authorize(actor.id, workspaceId, 'read');
      const objectives = (await matrixItems.list(workspaceId, 'objective')).map((item) => ({ id: item.id, title: str(item, 'title') }));
      return {
        workspaceTitle: (await workspaces.find(workspaceId))?.title ?? '',
        today: dayOf(now()),
        objectives,
        measures: await measuresOf(workspaceId),
        lessons: await monitoring.lessons(workspaceId),
        abilities: abilitiesOf(membership.role, await policy.archiveFacts(workspaceId)),
      };
    },

    /** Sets or clears (`null`) how often a measure reports; its periods follow from its dates. */
    async setCadence(actor: User, workspaceId: string, measureId: string, cadence: Cadence | null): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      const item = await measureItem(workspaceId, measureId);
      if (cadence !== null) {
        const span = reportingSpan(toPlanned(item), planPeriod((await liveMeasures(matrixItems, workspaceId)).map(toPlanned)));
        if (!span) throw invalidField('cadence', 'required', 'give the measure (or the plan) a start and an end first');
        if (periodCount(cadence, span.start, span.end) > MONITORING_LIMITS.periodsPerMeasure) {
          throw invalidField('cadence', 'tooMany', `at most ${MONITORING_LIMITS.periodsPerMeasure} reporting periods per measure: choose a longer cadence`);
        }
      }
      await monitoring.setCadence(workspaceId, measureId, cadence, actor.id);
      await changed(actor, workspaceId, 'cadence', measureId, str(item, 'title'));
    },

    async addIndicator(actor: User, workspaceId: string, measureId: string, fields: IndicatorFields): Promise<Indicator> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      await measureItem(workspaceId, measureId);
      await checkIndicatorCount(workspaceId, measureId);
      const indicator = await monitoring.createIndicator(workspaceId, measureId, fields, actor.id);
      await changed(actor, workspaceId, 'indicator.created', indicator.id, indicator.name);
      return indicator;
    },

    async updateIndicator(actor: User, workspaceId: string, indicatorId: string, fields: IndicatorFields): Promise<Indicator> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      const indicator = await existingIndicator(workspaceId, indicatorId);
      await monitoring.updateIndicator(workspaceId, indicatorId, fields);
      await changed(actor, workspaceId, 'indicator.updated', indicatorId, fields.name);
      return { ...indicator, ...fields };
    },

    async archiveIndicator(actor: User, workspaceId: string, indicatorId: string): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'archive');
      const indicator = await existingIndicator(workspaceId, indicatorId);
      await monitoring.archiveIndicator(workspaceId, indicatorId);
      await changed(actor, workspaceId, 'indicator.archived', indicatorId, indicator.name);
    },

    /** Records (or corrects) a measure's report for one of its periods that has started. */
    async saveReport(actor: User, workspaceId: string, measureId: string, periodKey: string, report: ReportFields): Promise<MeasureMonitoring> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      const item = await measureItem(workspaceId, measureId);
      const before = (await measuresOf(workspaceId)).find((m) => m.id === measureId);
      const period = before?.periods.find((p) => p.key === periodKey);
      if (!before || !period) throw notFound('reporting period');
      if (period.start > dayOf(now())) throw new HttpError(409, 'period_not_started', 'this period has not started yet');
      const own = new Set(before.indicators.map((indicator) => indicator.id));
      report.values.forEach(({ indicatorId }, index) => {
        if (!own.has(indicatorId)) throw invalidField(`values.${index}.indicatorId`, 'notFound', 'not an indicator of this measure');
      });
      if (new Set(report.values.map((v) => v.indicatorId)).size !== report.values.length) {
        throw invalidField('values', 'duplicate', 'one value per indicator');
      }
      await monitoring.saveReport(workspaceId, measureId, periodKey, report, actor.id);
      // The action plan shows the status of the latest period reported.
      const latestReported = before.periods.filter((p) => p.report !== null || p.key === periodKey).at(-1);
      if (latestReported?.key === periodKey && item.data['status'] !== report.status) {
        await matrixItems.update(workspaceId, 'action', measureId, item.version, { status: report.status }, actor.id);
      }
      await changed(actor, workspaceId, 'report', measureId, `${str(item, 'title')} (${periodKey})`);
      const after = (await measuresOf(workspaceId)).find((m) => m.id === measureId);
      if (!after) throw notFound('measure');
      return after;
    },

    async addLesson(actor: User, workspaceId: string, text: string): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      if ((await monitoring.countLessons(workspaceId)) >= MONITORING_LIMITS.lessonsPerWorkspace) {
        throw new HttpError(409, 'too_many_lessons', `a workspace keeps at most ${MONITORING_LIMITS.lessonsPerWorkspace} lessons`);
      }
      const id = await monitoring.addLesson(workspaceId, text, actor.id);
      await changed(actor, workspaceId, 'lesson.created', id, text);
    },

    async archiveLesson(actor: User, workspaceId: string, lessonId: string): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'archive');
      if (!(await monitoring.archiveLesson(workspaceId, lessonId))) throw notFound('lesson');
      await changed(actor, workspaceId, 'lesson.archived', lessonId, '');
    },
  };
}
