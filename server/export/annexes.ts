import { MATRIX_FIELDS, type FieldName } from '../../shared/matrices/fields.ts';
import { matrixLabels, type MatrixLabels } from '../../shared/matrices/labels.ts';
import {
  detailsOf,
  formatValue,
  positionIn,
  scaleOf,
  scoresOf,
  valueOf,
  type Data,
  type Presentation,
} from '../../shared/matrices/presentation.ts';
import { MATRIX_KINDS, MATRIX_TITLE_FIELD, SWOT_QUADRANTS, type MatrixKind } from '../../shared/schemas/matrices/index.ts';
import { formatDate } from './labels.ts';
import type { ExportModel } from './model.ts';
import type { GridLabels, GridPoint } from './power-interest.ts';

/**
 * The annexes of an export as format-neutral blocks, built once from the shared presentation
 * (`shared/matrices/presentation.ts`): each renderer (HTML, DOCX, Markdown) only lays them out,
 * so every format says the same thing in the same words as the screens.
 */
export type Detail = { label: string; value: string };
export type AnnexTable = {
  head: string[];
  /** `group`: a row heading the rows under it (a measure over its activities); `indent`: such a row. */
  rows: Array<{ cells: string[]; group?: boolean; indent?: boolean }>;
  /** Each column's share of the width. */
  shares: number[];
};
export type AnnexBlock =
  /** Level 2: a group (an objective); 3: a part of it; 4: an item, with an optional mark. */
  | { type: 'heading'; level: 2 | 3 | 4; text: string; mark?: string }
  | { type: 'details'; items: Detail[] }
  | { type: 'table'; table: AnnexTable }
  | { type: 'definitions'; items: Array<{ term: string; definition: string; details: Detail[] }> }
  | { type: 'swot'; quadrants: Array<{ label: string; points: Array<{ text: string; details: Detail[] }> }> }
  | { type: 'grid'; title: string; points: GridPoint[]; labels: GridLabels };
export type Annex = { title: string; landscape: boolean; blocks: AnnexBlock[] };

type Item = { id: string | undefined; data: Data };

/** A table with more columns than this is laid out on a landscape page. */
const PORTRAIT_COLUMNS = 5;
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The model's matrices by kind; kinds Cadre does not know and rows that are no objects are left out. */
function itemsByKind(model: ExportModel): Map<MatrixKind, Item[]> {
  const byKind = new Map<MatrixKind, Item[]>();
  for (const matrix of model.matrices) {
    const kind = MATRIX_KINDS.find((k) => k === matrix.matrix);
    if (!kind) continue;
    const items = matrix.rows.flatMap((data, index) => (isRecord(data) ? [{ id: matrix.ids?.[index], data }] : []));
    byKind.set(kind, [...(byKind.get(kind) ?? []), ...items]);
  }
  return byKind;
}

const titleOf = (kind: MatrixKind, data: Data): string => {
  const value = data[MATRIX_TITLE_FIELD[kind]];
  return typeof value === 'string' ? value : '';
};

/**
 * A table of items: the kind's fields in order, less `omit`, and less every column no item
 * fills (empty fields are left out, not shown blank). Long texts get twice the width, 1–5 scales less.
 */
function itemTable(kind: MatrixKind, items: readonly Item[], p: Presentation, omit: readonly FieldName[] = []): AnnexTable {
  const fields = MATRIX_FIELDS[kind].filter((f) => !omit.includes(f.name));
  const cells = items.map((item) => fields.map((field) => formatValue(kind, field, item.data, p)));
  const kept = fields.flatMap((field, column) => (cells.some((row) => row[column] !== '') ? [{ field, column }] : []));
  const weights = kept.map(({ field }) => (field.type === 'longText' ? 2 : field.type === 'scale' ? 0.6 : 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return {
    head: kept.map(({ field }) => p.labels.fields[field.name]),
    rows: cells.map((row) => ({ cells: kept.map(({ column }) => row[column] ?? '') })),
    shares: weights.map((w) => w / total),
  };
}

const tableAnnex = (title: string, table: AnnexTable, more: AnnexBlock[] = []): Annex => ({
  title,
  landscape: table.head.length > PORTRAIT_COLUMNS,
  blocks: [{ type: 'table', table }, ...more],
});

function swotAnnex(items: readonly Item[], p: Presentation): Annex {
  return {
    title: p.labels.kinds.swot.name,
    landscape: false,
    blocks: [
      {
        type: 'swot',
        quadrants: SWOT_QUADRANTS.map((quadrant) => ({
          label: p.labels.values[quadrant],
          points: items
            .filter((item) => item.data['quadrant'] === quadrant)
            .map((item) => ({ text: valueOf('swot', 'text', item.data, p), details: detailsOf('swot', item.data, p, ['quadrant', 'text']) })),
        })),
      },
    ],
  };
}

function stakeholderAnnex(items: readonly Item[], p: Presentation): Annex {
  const points = items.map(({ data }) => ({
    name: titleOf('stakeholder', data),
    influence: scaleOf(data['influence']),
    interest: scaleOf(data['interest']),
    position: positionIn(data),
  }));
  const { fields, values, words } = p.labels;
  const labels: GridLabels = {
    influence: fields.influence,
    interest: fields.interest,
    low: words.low,
    high: words.high,
    quadrants: { manageClosely: values.manageClosely, keepSatisfied: values.keepSatisfied, keepInformed: values.keepInformed, monitor: values.monitor },
    positions: { supportive: values.supportive, neutral: values.neutral, opposed: values.opposed },
  };
  return tableAnnex(p.labels.kinds.stakeholder.name, itemTable('stakeholder', items, p), [{ type: 'grid', title: words.powerInterestGrid, points, labels }]);
}

/** Items grouped under the objective they name, in the objectives' order; unresolved ones last. */
function byObjective(objectives: readonly Item[], items: readonly Item[]): Array<{ objective: Item | null; items: Item[] }> {
  const known = new Set(objectives.flatMap((o) => (o.id ? [o.id] : [])));
  const groups = objectives.map((objective) => ({ objective, items: items.filter((i) => objective.id !== undefined && i.data['objectiveId'] === objective.id) }));
  const orphans = items.filter((i) => typeof i.data['objectiveId'] !== 'string' || !known.has(i.data['objectiveId']));
  return [...groups, ...(orphans.length ? [{ objective: null, items: orphans }] : [])];
}

/** Objectives → their options (scores as a small table, the preferred one marked) → their instruments. */
function objectivesAnnex(objectives: readonly Item[], options: readonly Item[], instruments: readonly Item[], p: Presentation): Annex {
  const { labels } = p;
  const blocks = byObjective(objectives, [...options, ...instruments]).flatMap(({ objective, items }): AnnexBlock[] => {
    const ofKind = (kind: MatrixKind) => items.filter((i) => (kind === 'option' ? options : instruments).includes(i));
    const optionBlocks = ofKind('option').flatMap((option): AnnexBlock[] => {
      const scores = scoresOf(option.data['scores']);
      return [
        { type: 'heading', level: 4, text: titleOf('option', option.data), ...(option.data['preferred'] === true ? { mark: labels.words.preferredOption } : {}) },
        { type: 'details', items: detailsOf('option', option.data, p, ['objectiveId', 'title', 'scores', 'preferred']) },
        ...(scores.length
          ? [{ type: 'table' as const, table: { head: [labels.words.criterion, labels.words.score], rows: scores.map((s) => ({ cells: [s.name, String(s.score)] })), shares: [0.7, 0.3] } }]
          : []),
      ];
    });
    const instrumentItems = ofKind('instrument');
    return [
      { type: 'heading', level: 2, text: objective ? titleOf('objective', objective.data) : labels.words.noObjective },
      ...(objective ? [{ type: 'details' as const, items: detailsOf('objective', objective.data, p, ['title']) }] : []),
      ...(optionBlocks.length ? [{ type: 'heading' as const, level: 3 as const, text: labels.kinds.option.name }, ...optionBlocks] : []),
      ...(instrumentItems.length
        ? [{ type: 'heading' as const, level: 3 as const, text: labels.kinds.instrument.name }, { type: 'table' as const, table: itemTable('instrument', instrumentItems, p, ['objectiveId']) }]
        : []),
    ];
  });
  return { title: labels.kinds.objective.name, landscape: false, blocks };
}

/** The action plan as a logframe: per objective, each measure followed by its activities. */
function actionPlanAnnex(objectives: readonly Item[], actions: readonly Item[], p: Presentation): Annex {
  const { labels } = p;
  const value = (data: Data, name: FieldName) => valueOf('action', name, data, p);
  const joined = (a: string, b: string, separator: string) => [a, b].filter(Boolean).join(separator);
  const columns: Array<{ head: string; share: number; cell: (data: Data) => string }> = [
    { head: labels.values.measure, share: 3, cell: (d) => value(d, 'title') },
    { head: labels.fields.responsibleInstitution, share: 2, cell: (d) => joined(value(d, 'responsibleInstitution'), value(d, 'partners'), ' — ') },
    { head: labels.words.timeline, share: 2, cell: (d) => joined(value(d, 'start'), value(d, 'end'), ' – ') },
    { head: labels.fields.indicator, share: 2, cell: (d) => value(d, 'indicator') },
    { head: labels.fields.baseline, share: 1, cell: (d) => value(d, 'baseline') },
    { head: labels.fields.target, share: 1, cell: (d) => value(d, 'target') },
    { head: labels.words.budget, share: 1.5, cell: (d) => joined(value(d, 'resources'), value(d, 'fundingSource'), ' — ') },
    { head: labels.fields.status, share: 1, cell: (d) => value(d, 'status') },
  ];
  const measures = actions.filter((a) => a.data['level'] !== 'activity');
  const activitiesOf = (measure: Item) => actions.filter((a) => a.data['level'] === 'activity' && measure.id !== undefined && a.data['parentId'] === measure.id);
  const placed = new Set(measures.flatMap((m) => [m, ...activitiesOf(m)]));
  const blocks = byObjective(objectives, measures).flatMap(({ objective, items }): AnnexBlock[] => {
    const rows = items.flatMap((measure) => [
      { data: measure.data, group: true, indent: false },
      ...activitiesOf(measure).map((activity) => ({ data: activity.data, group: false, indent: true })),
    ]);
    return [{ type: 'heading', level: 2, text: objective ? titleOf('objective', objective.data) : labels.words.noObjective }, logframe(columns, rows)];
  });
  // Activities whose measure is gone still belong to the plan.
  const strays = actions.filter((a) => !placed.has(a));
  if (strays.length) blocks.push({ type: 'heading', level: 2, text: labels.words.activities }, logframe(columns, strays.map((a) => ({ data: a.data, group: false, indent: false }))));
  return { title: labels.kinds.action.name, landscape: true, blocks };
}

function logframe(
  columns: ReadonlyArray<{ head: string; share: number; cell: (data: Data) => string }>,
  rows: ReadonlyArray<{ data: Data; group: boolean; indent: boolean }>,
): AnnexBlock {
  const cells = rows.map((row) => columns.map((column) => column.cell(row.data)));
  // The first column (the measure) always stays; the others only when some row fills them.
  const kept = columns.flatMap((column, i) => (i === 0 || cells.some((row) => row[i] !== '') ? [i] : []));
  const total = kept.reduce((sum, i) => sum + (columns[i]?.share ?? 1), 0);
  return {
    type: 'table',
    table: {
      head: kept.map((i) => columns[i]?.head ?? ''),
      rows: rows.map((row, r) => ({ cells: kept.map((i) => cells[r]?.[i] ?? ''), ...(row.group ? { group: true } : {}), ...(row.indent ? { indent: true } : {}) })),
      shares: kept.map((i) => (columns[i]?.share ?? 1) / total),
    },
  };
}

function glossaryAnnex(items: readonly Item[], p: Presentation): Annex {
  return {
    title: p.labels.kinds.glossary.name,
    landscape: false,
    blocks: [
      {
        type: 'definitions',
        items: items.map(({ data }) => ({
          term: valueOf('glossary', 'term', data, p),
          definition: valueOf('glossary', 'definition', data, p),
          details: detailsOf('glossary', data, p, ['term', 'definition']),
        })),
      },
    ],
  };
}

/** Decisions in date order (oldest first), undated ones last. */
function decisionAnnex(items: readonly Item[], p: Presentation): Annex {
  const day = (item: Item) => (typeof item.data['date'] === 'string' ? item.data['date'] : '\uffff');
  const sorted = [...items].sort((a, b) => day(a).localeCompare(day(b)));
  return tableAnnex(p.labels.kinds.decision.name, itemTable('decision', sorted, p));
}

/** The presentation of an export: names from the model's own snapshot, dates in its language. */
function presentationOf(model: ExportModel, byKind: ReadonlyMap<MatrixKind, Item[]>, labels: MatrixLabels): Presentation {
  return {
    labels,
    itemName: (kind, id) => {
      const item = byKind.get(kind)?.find((i) => i.id === id);
      return item && (titleOf(kind, item.data) || undefined);
    },
    memberName: (id) => model.memberNames?.get(id),
    formatDay: (day) => formatDate(`${day}T00:00:00Z`, model.language),
    // Only the workspace's own labels; a preset entry (label '') reads its name from `labels`.
    vocabularyLabel: (list, key) => model.vocabulary?.[list].find((entry) => entry.key === key)?.label || undefined,
  };
}

/** The annexes of the model's matrices, in the order of the policy cycle; empty matrices make none. */
export function annexesOf(model: ExportModel): Annex[] {
  const byKind = itemsByKind(model);
  const p = presentationOf(model, byKind, matrixLabels(model.language));
  const items = (kind: MatrixKind) => byKind.get(kind) ?? [];
  const table = (kind: MatrixKind) => (items(kind).length ? [tableAnnex(p.labels.kinds[kind].name, itemTable(kind, items(kind), p))] : []);
  const objectives = items('objective');
  const hasObjectives = objectives.length + items('option').length + items('instrument').length > 0;
  return [
    ...table('milestone'),
    ...table('problem'),
    ...table('evidence'),
    ...(items('swot').length ? [swotAnnex(items('swot'), p)] : []),
    ...(items('stakeholder').length ? [stakeholderAnnex(items('stakeholder'), p)] : []),
    ...table('gap'),
    ...(hasObjectives ? [objectivesAnnex(objectives, items('option'), items('instrument'), p)] : []),
    ...(items('action').length ? [actionPlanAnnex(objectives, items('action'), p)] : []),
    ...(items('glossary').length ? [glossaryAnnex(items('glossary'), p)] : []),
    ...(items('decision').length ? [decisionAnnex(items('decision'), p)] : []),
    ...table('session'),
    ...(model.extraAnnexes ?? []),
  ];
}
