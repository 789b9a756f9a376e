import type { CriterionRow } from '../../../../shared/schemas/matrices/common.ts';
import type { MatrixItem, MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import { engagementOf, matrixItemTitle } from '../../../../shared/schemas/matrices/index.ts';
import type { Member } from '../../../../shared/schemas/workspaces.ts';
import type { MatrixLabels } from './labels.ts';
import type { EnumValue, FieldSpec } from './matrix-fields.ts';

/** What the table and dialogs need to turn ids into names. */
export type Lookup = {
  labels: MatrixLabels;
  members: readonly Member[];
  /** Items in use: what the pickers offer. */
  items: (kind: MatrixKind) => readonly MatrixItem[];
  /** Archived items: offered no more, still named where an item refers to them. */
  archived: (kind: MatrixKind) => readonly MatrixItem[];
  /** An archived item's name, marked as archived in the user's language. */
  archivedName: (name: string) => string;
};

/** The name of the item an id refers to, marked when archived; undefined once it is gone. */
function referencedName(lookup: Lookup, kind: MatrixKind, id: unknown): string | undefined {
  const inUse = lookup.items(kind).find((i) => i.id === id);
  if (inUse) return matrixItemTitle(inUse);
  const archived = lookup.archived(kind).find((i) => i.id === id);
  return archived && lookup.archivedName(matrixItemTitle(archived));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's value as text for a table cell; empty values read as an em dash. */
export function displayValue(field: FieldSpec, item: MatrixItem, lookup: Lookup, yesNo: [string, string]): string {
  const value = item.data[field.name];
  const enumLabel = (v: unknown) => (typeof v === 'string' ? (lookup.labels.values[v as EnumValue] ?? v) : '');
  switch (field.type) {
    case 'enum':
      if (field.name === 'engagement' && item.kind === 'stakeholder' && value === null) {
        return enumLabel(engagementOf(item.data as { influence: number; interest: number; engagement: null }));
      }
      return enumLabel(value);
    case 'bool':
      return value === true ? yesNo[0] : yesNo[1];
    case 'scale':
      return typeof value === 'number' ? String(value) : '';
    case 'ref':
      return referencedName(lookup, field.kind, value) ?? '';
    case 'refs':
      return Array.isArray(value) ? value.flatMap((id) => referencedName(lookup, field.kind, id) ?? []).join('; ') : '';
    case 'member':
      return lookup.members.find((m) => m.id === value)?.name ?? '';
    case 'lines':
      return Array.isArray(value) ? value.join('; ') : '';
    case 'ratings':
      return isRecord(value) ? Object.entries(value).map(([k, v]) => `${k} ${String(v)}`).join(', ') : '';
    case 'variants':
      return Array.isArray(value) ? value.filter(isRecord).map((v) => `${String(v['language'])}: ${String(v['term'])}`).join('; ') : '';
    case 'coverage':
      return isRecord(value) ? Object.entries(value).map(([k, v]) => `${lookup.labels.coverage[k as keyof MatrixLabels['coverage']] ?? k}: ${enumLabel(v)}`).join(', ') : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/** Text-area form of lists, and back; what is wrong in them is named by the shared schema. */
export function toText(field: FieldSpec, value: unknown): string {
  if (field.type === 'lines') return Array.isArray(value) ? value.join('\n') : '';
  if (field.type === 'variants') return Array.isArray(value) ? value.filter(isRecord).map((v) => `${String(v['language'])}: ${String(v['term'])}`).join('\n') : '';
  return typeof value === 'string' ? value : '';
}

export function fromText(field: FieldSpec, text: string): unknown {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (field.type === 'lines') return lines;
  if (field.type === 'variants') {
    return lines.map((line) => {
      const at = line.indexOf(':');
      return at < 0 ? { language: '', term: line } : { language: line.slice(0, at).trim(), term: line.slice(at + 1).trim() };
    });
  }
  return text;
}

/** The fields whose value differs between two data objects: what an update sends. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(before[key]) !== JSON.stringify(value)));
}

/** Stored ratings (`{ cost: 3 }`) as the criteria editor's rows, in their stored order. */
export function criterionRows(value: unknown): CriterionRow[] {
  return isRecord(value) ? Object.entries(value).map(([name, score]) => ({ name, score: typeof score === 'number' ? score : null })) : [];
}
