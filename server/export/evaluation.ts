import { latestValue, progressToward } from '../../shared/monitoring/measures.ts';
import { ACTION_STATUSES } from '../../shared/schemas/matrices/planning.ts';
import type { Lesson, MeasureMonitoring } from '../../shared/schemas/monitoring.ts';
import { labelled, type EvaluationLabels } from './evaluation-labels.ts';

/** The report as a list of neutral blocks, rendered alike to DOCX (and PDF from it) and HTML. */
export type EvaluationBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'table'; head: readonly string[]; rows: Array<{ cells: string[]; indent?: boolean }>; shares?: readonly number[] }
  | { type: 'list'; items: string[] };

export type EvaluationSources = {
  workspace: { title: string; leadInstitution: string };
  objectives: ReadonlyArray<{ id: string; title: string }>;
  measures: readonly MeasureMonitoring[];
  /** Activity titles by their measure's id. */
  activities: ReadonlyMap<string, readonly string[]>;
  lessons: readonly Lesson[];
  today: string;
  language: string;
};

export function evaluationBlocks(sources: EvaluationSources, labels: EvaluationLabels): EvaluationBlock[] {
  const { workspace, objectives, measures, activities, lessons, today, language } = sources;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const figure = (value: number | null, unit = ''): string => (value === null ? '—' : `${number.format(value)}${unit ? ` ${unit}` : ''}`);
  const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)} %`);
  const dates = (m: MeasureMonitoring): string => [m.start ?? '…', m.end ?? '…'].join(' – ');

  const summary: EvaluationBlock = {
    type: 'table',
    head: [labels.status, labels.measures],
    rows: ACTION_STATUSES.map((status) => ({ cells: [labels.statuses[status], String(measures.filter((m) => m.status === status).length)] })),
    shares: [0.7, 0.3],
  };

  const logframeTable = (group: readonly MeasureMonitoring[]): EvaluationBlock => ({
    type: 'table',
    head: [labels.measure, labels.responsible, labels.dates, labels.cadence, labels.status],
    shares: [0.36, 0.2, 0.18, 0.13, 0.13],
    rows: group.flatMap((m) => [
      { cells: [m.title, m.responsibleInstitution, dates(m), m.cadence ? labels.cadences[m.cadence] : labels.notMonitored, labels.statuses[m.status]] },
      ...(activities.get(m.id) ?? []).map((title) => ({ cells: [title, '', '', '', ''], indent: true })),
    ]),
  });
  const unassigned = measures.filter((m) => !objectives.some((o) => o.id === m.objectiveId));
  const logframe: EvaluationBlock[] = [
    { type: 'heading', level: 1, text: labels.logframe },
    ...objectives.flatMap((objective): EvaluationBlock[] => {
      const own = measures.filter((m) => m.objectiveId === objective.id);
      return own.length === 0 ? [] : [{ type: 'heading', level: 2, text: objective.title }, logframeTable(own)];
    }),
    ...(unassigned.length ? [{ type: 'heading', level: 2, text: labels.noObjective } as const, logframeTable(unassigned)] : []),
  ];

  const perMeasure = measures.flatMap((m): EvaluationBlock[] => {
    const reported = m.periods.filter((p) => p.report !== null || p.state === 'overdue');
    return [
      { type: 'heading', level: 2, text: m.title },
      ...(m.indicators.length
        ? [
            {
              type: 'table',
              head: [labels.indicator, labels.baseline, labels.target, labels.latest, labels.progress],
              shares: [0.36, 0.14, 0.14, 0.16, 0.2],
              rows: m.indicators.map((i) => {
                const latest = latestValue(m, i.id);
                return { cells: [`${i.name}${i.source ? ` (${i.source})` : ''}`, figure(i.baseline, i.unit), figure(i.target, i.unit), figure(latest, i.unit), percent(progressToward(i, latest))] };
              }),
            } as const,
          ]
        : []),
      { type: 'heading', level: 3, text: labels.periods },
      reported.length === 0
        ? { type: 'paragraph', text: labels.noReports, muted: true }
        : {
            type: 'table',
            head: [labels.period, labels.status, labels.values, labels.note],
            shares: [0.14, 0.16, 0.34, 0.36],
            rows: reported.map((p) => ({
              cells: [
                // A non-breaking hyphen keeps "2026‑Q1" on one line in narrow columns.
                p.key.replace('-', '\u2011'),
                p.report ? labels.statuses[p.report.status] : labels.notReported,
                m.indicators
                  .flatMap((i) => {
                    const value = p.report?.values[i.id];
                    return value === undefined ? [] : [labelled(language, i.name, `${figure(value, i.unit)} / ${figure(i.target, i.unit)}`)];
                  })
                  .join('\n'),
                [p.report?.note ?? '', ...(p.report?.evidence ?? [])].filter((line) => line !== '').join('\n'),
              ],
            })),
          },
    ];
  });

  return [
    { type: 'heading', level: 1, text: labelled(language, labels.title, workspace.title) },
    { type: 'paragraph', text: [workspace.leadInstitution && labelled(language, labels.leadInstitution, workspace.leadInstitution), `${labels.producedOn} ${today}`].filter(Boolean).join(' · '), muted: true },
    { type: 'heading', level: 1, text: labels.summary },
    { type: 'paragraph', text: labels.summaryIntro },
    summary,
    ...logframe,
    { type: 'heading', level: 1, text: labels.indicators },
    ...perMeasure,
    { type: 'heading', level: 1, text: labels.lessons },
    lessons.length ? { type: 'list', items: lessons.map((lesson) => lesson.text) } : { type: 'paragraph', text: labels.noLessons, muted: true },
  ];
}
