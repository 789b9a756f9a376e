import { z } from 'zod';
import { abilitiesSchema } from './abilities.ts';
import { issueParams } from './field-issues.ts';
import { ACTION_STATUSES } from './matrices/planning.ts';
import { line, requiredLine, text } from './matrices/common.ts';
import { idSchema } from './workspaces.ts';
import { CADENCES, MAX_PERIODS_PER_MEASURE } from '../monitoring/periods.ts';

/**
 * Monitoring and evaluation of the action plan (stage 8): each measure's indicators, its
 * reporting cadence, one report per period (status, note with evidence, a value per indicator)
 * and the workspace's lessons learned. Served by `server/routes/monitoring.ts`; every change is
 * published as a workspace event `resource: 'monitoring'`, on which the dashboard reloads.
 */

export const MONITORING_LIMITS = {
  indicatorsPerMeasure: 10,
  periodsPerMeasure: MAX_PERIODS_PER_MEASURE,
  noteLength: 3000,
  evidenceLinks: 5,
  /** Archived ones included. */
  lessonsPerWorkspace: 500,
  lessonLength: 2000,
} as const;

export const cadenceSchema = z.enum(CADENCES);
export const measureStatusSchema = z.enum(ACTION_STATUSES);
export type MeasureStatus = z.infer<typeof measureStatusSchema>;

/** A number a person typed: finite, and within what any indicator could sensibly count. */
const figure = z
  .number()
  .refine((value) => Number.isFinite(value) && Math.abs(value) <= 1e12, { message: 'enter a number', params: issueParams('notANumber') });

export const indicatorInputSchema = z.strictObject({
  name: requiredLine('name', 300),
  /** What is counted: "officers trained", "%", "days". */
  unit: line(50).default(''),
  baseline: figure.nullable().default(null),
  target: figure.nullable().default(null),
  /** Where the figure comes from (a register, a survey, the ministry's records). */
  source: line(300).default(''),
});
export type IndicatorInput = z.input<typeof indicatorInputSchema>;
export const indicatorSchema = z.object({
  id: z.string(),
  measureId: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  source: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const evidenceLink = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), { message: 'enter a web address', params: issueParams('invalidUrl') });

export const reportBodySchema = z.strictObject({
  status: measureStatusSchema,
  note: text(MONITORING_LIMITS.noteLength).default(''),
  /** Links to what backs the report (minutes, a dataset, a published decree). */
  evidence: z.array(evidenceLink).max(MONITORING_LIMITS.evidenceLinks, `at most ${MONITORING_LIMITS.evidenceLinks} links`).default([]),
  /** A value for some of the measure's indicators; an indicator left out has no value this period. */
  values: z
    .array(z.strictObject({ indicatorId: idSchema, value: figure }))
    .max(MONITORING_LIMITS.indicatorsPerMeasure, `at most ${MONITORING_LIMITS.indicatorsPerMeasure} values`)
    .default([]),
});
export type ReportBody = z.input<typeof reportBodySchema>;

const actorSchema = z.object({ id: z.string(), name: z.string() });

export const periodSchema = z.object({ key: z.string(), start: z.string(), end: z.string(), due: z.string() });
export const reportSchema = z.object({
  periodKey: z.string(),
  status: measureStatusSchema,
  note: z.string(),
  evidence: z.array(z.string()),
  /** Indicator id → value recorded for this period. */
  values: z.record(z.string(), z.number()),
  reportedBy: actorSchema,
  reportedAt: z.string(),
});
export type Report = z.infer<typeof reportSchema>;

/**
 * Where a period stands: reported; overdue; open (in progress or in its grace days); upcoming
 * (not started); closed (after the measure was reported done or dropped: no report needed).
 */
export const PERIOD_STATES = ['reported', 'overdue', 'open', 'upcoming', 'closed'] as const;
export const periodStateSchema = z.enum(PERIOD_STATES);
export type PeriodState = z.infer<typeof periodStateSchema>;

export const measureMonitoringSchema = z.object({
  id: z.string(),
  objectiveId: z.string(),
  title: z.string(),
  responsibleInstitution: z.string(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  cadence: cadenceSchema.nullable(),
  /** The latest report's status, else the action plan's. */
  status: measureStatusSchema,
  /** Its latest due period has a report (the stage 8 criterion). */
  monitored: z.boolean(),
  indicators: z.array(indicatorSchema),
  periods: z.array(periodSchema.extend({ state: periodStateSchema, report: reportSchema.nullable() })),
});
export type MeasureMonitoring = z.infer<typeof measureMonitoringSchema>;

export const lessonSchema = z.object({ id: z.string(), text: z.string(), createdBy: actorSchema, createdAt: z.string() });
export type Lesson = z.infer<typeof lessonSchema>;
export const lessonBodySchema = z.strictObject({ text: requiredLine('text', MONITORING_LIMITS.lessonLength) });

export const monitoringSchema = z.object({
  workspaceTitle: z.string(),
  /** The day periods were judged on (the server's), YYYY-MM-DD. */
  today: z.string(),
  objectives: z.array(z.object({ id: z.string(), title: z.string() })),
  measures: z.array(measureMonitoringSchema),
  lessons: z.array(lessonSchema),
  abilities: abilitiesSchema,
});
export type Monitoring = z.infer<typeof monitoringSchema>;

export const cadenceBodySchema = z.strictObject({ cadence: cadenceSchema.nullable() });
export const measureParamsSchema = z.object({ id: idSchema, measureId: idSchema });
export const reportParamsSchema = measureParamsSchema.extend({ periodKey: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, 'invalid period') });
export const indicatorParamsSchema = z.object({ id: idSchema, indicatorId: idSchema });
export const lessonParamsSchema = z.object({ id: idSchema, lessonId: idSchema });
export const evaluationQuerySchema = z.object({ format: z.enum(['docx', 'pdf', 'html']).default('docx') });
