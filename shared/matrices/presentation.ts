import type { MatrixKind } from '../schemas/matrices/index.ts';
import { derivedEngagement, ENGAGEMENT_STRATEGIES, STAKEHOLDER_POSITIONS, type EngagementStrategy } from '../schemas/matrices/index.ts';
import { MATRIX_FIELDS, type EnumValue, type FieldName, type FieldSpec } from './fields.ts';
import type { MatrixLabels } from './labels.ts';
import type { VocabularyList } from '../vocabulary/presets.ts';

/**
 * How a matrix item reads, for the screens (`client/src/features/matrices`) and the exports'
 * annexes (`server/export/annexes.ts`) alike: the fields in `MATRIX_FIELDS` order, enum values
 * in words, references as names, dates as the reader's language writes them. Values are read
 * defensively: a version keeps items as they were stored, whatever they hold.
 */
export type Presentation = {
  labels: MatrixLabels;
  /** The name of the item of `kind` an id refers to; undefined once it is gone. */
  itemName: (kind: MatrixKind, id: string) => string | undefined;
  /** The name of the member an id refers to; undefined once they left. */
  memberName: (id: string) => string | undefined;
  /** A calendar day (YYYY-MM-DD) as the reader's language writes it. */
  formatDay: (day: string) => string;
  /** The workspace's own label of a vocabulary key, where it gave one (else the preset's, from `labels`). */
  vocabularyLabel?: (list: VocabularyList, key: string) => string | undefined;
};

export type Data = Readonly<Record<string, unknown>>;
type Coverage = keyof MatrixLabels['coverage'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The field spec of `name` in `kind`, if the kind has that field. */
export const fieldOf = (kind: MatrixKind, name: FieldName): FieldSpec | undefined => MATRIX_FIELDS[kind].find((f) => f.name === name);

/** The stakeholder's engagement: chosen by the group, or following the power–interest quadrant. */
export function engagementIn(data: Data): EngagementStrategy {
  const chosen = ENGAGEMENT_STRATEGIES.find((e) => e === data['engagement']);
  return chosen ?? derivedEngagement(scaleOf(data['influence']), scaleOf(data['interest']));
}

/** A 1–5 scale value; anything else reads as the middle of the scale, as the schema's default. */
export function scaleOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : 3;
}

export const positionIn = (data: Data): (typeof STAKEHOLDER_POSITIONS)[number] =>
  STAKEHOLDER_POSITIONS.find((p) => p === data['position']) ?? 'neutral';

/** Stored ratings (`{ Cost: 3 }`) as named scores, in their stored order; wrong entries left out. */
export function scoresOf(value: unknown): Array<{ name: string; score: number }> {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([name, score]) => (typeof score === 'number' ? [{ name, score }] : []));
}

/** Glossary variants as `language: term = definition` (no `=` without one); wrong entries left out. */
export function variantsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((v) => {
    if (typeof v['language'] !== 'string' || typeof v['term'] !== 'string') return [];
    const definition = typeof v['definition'] === 'string' && v['definition'] !== '' ? ` = ${v['definition']}` : '';
    return [`${v['language']}: ${v['term']}${definition}`];
  });
}

/** A field's value as text; '' for an empty value (the caller leaves it out or marks it). */
export function formatValue(kind: MatrixKind, field: FieldSpec, data: Data, p: Presentation): string {
  const value = data[field.name];
  const word = (v: unknown) => (typeof v === 'string' ? (p.labels.values[v as EnumValue] ?? '') : '');
  switch (field.type) {
    case 'enum':
      return kind === 'stakeholder' && field.name === 'engagement' ? p.labels.values[engagementIn(data)] : word(value);
    case 'bool':
      return value === true ? p.labels.words.yes : p.labels.words.no;
    case 'scale':
      return typeof value === 'number' ? String(value) : '';
    case 'date':
      return typeof value === 'string' ? (isDay(value) ? p.formatDay(value) : value) : '';
    case 'ref':
      return typeof value === 'string' ? (p.itemName(field.kind, value) ?? '') : '';
    case 'refs':
      return Array.isArray(value) ? value.flatMap((id) => (typeof id === 'string' ? (p.itemName(field.kind, id) ?? []) : [])).join('; ') : '';
    case 'member':
      return typeof value === 'string' ? (p.memberName(value) ?? '') : '';
    case 'lines':
      return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && v !== '').join('; ') : '';
    case 'ratings':
      return scoresOf(value).map((s) => `${s.name} ${s.score}`).join(', ');
    case 'variants':
      return variantsOf(value).join('; ');
    case 'vocabulary':
      return typeof value === 'string' ? (p.vocabularyLabel?.(field.list, value) ?? p.labels.values[value as EnumValue] ?? value) : '';
    case 'coverage':
      return isRecord(value)
        ? Object.entries(value)
            .flatMap(([k, v]) => (k in p.labels.coverage && word(v) ? [`${p.labels.coverage[k as Coverage]}: ${word(v)}`] : []))
            .join(', ')
        : '';
    case 'text':
    case 'longText':
      return typeof value === 'string' ? value : '';
  }
}

/** A named field's value as text ('' when empty or when the kind has no such field). */
export function valueOf(kind: MatrixKind, name: FieldName, data: Data, p: Presentation): string {
  const field = fieldOf(kind, name);
  return field ? formatValue(kind, field, data, p) : '';
}

/**
 * The fields of an item that say something, in order, as label and text, less `omit` (what a
 * presentation shows otherwise, e.g. the SWOT quadrant). A "no" says nothing in a list of
 * details, so unset booleans are left out along with empty values.
 */
export function detailsOf(kind: MatrixKind, data: Data, p: Presentation, omit: readonly FieldName[] = []): Array<{ name: FieldName; label: string; value: string }> {
  return MATRIX_FIELDS[kind].flatMap((field) => {
    if (omit.includes(field.name) || (field.type === 'bool' && data[field.name] !== true)) return [];
    const value = formatValue(kind, field, data, p);
    return value ? [{ name: field.name, label: p.labels.fields[field.name], value }] : [];
  });
}

/**
 * The power–interest grid's quadrants as the screen draws them: high influence at the top,
 * high interest towards the inline end; influence and interest 4–5 count as high
 * (`derivedEngagement`).
 */
export const GRID_QUADRANTS: ReadonlyArray<{ strategy: EngagementStrategy; top: boolean; end: boolean }> = [
  { strategy: 'keepSatisfied', top: true, end: false },
  { strategy: 'manageClosely', top: true, end: true },
  { strategy: 'monitor', top: false, end: false },
  { strategy: 'keepInformed', top: false, end: true },
];

/**
 * A stakeholder's position drawn as a shape (24 × 24 path), so it reads without colour: a plus
 * for supportive, a ring for neutral, a minus for opposed; with the colour of each.
 */
export const POSITION_MARKS: Readonly<Record<(typeof STAKEHOLDER_POSITIONS)[number], { path: string; color: string }>> = {
  supportive: { path: 'M12 6v12M6 12h12', color: '#1f7a3a' },
  neutral: { path: 'M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z', color: '#52606d' },
  opposed: { path: 'M6 12h12', color: '#c81e1e' },
};
