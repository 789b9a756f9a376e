import type { CriterionRow } from '../../../../shared/schemas/matrices/common.ts';
import type { MatrixItem, MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import { matrixItemTitle } from '../../../../shared/schemas/matrices/index.ts';
import type { FieldSpec } from '../../../../shared/matrices/fields.ts';
import type { MatrixLabels } from '../../../../shared/matrices/labels.ts';
import { formatValue, variantsOf, type Presentation } from '../../../../shared/matrices/presentation.ts';
import type { Member } from '../../../../shared/schemas/workspaces.ts';
import type { VocabularyList } from '../../../../shared/vocabulary/presets.ts';

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
  /** A calendar day (YYYY-MM-DD) in the user's language. */
  formatDay: (day: string) => string;
  /** The workspace's areas and evidence types with their labels (`features/vocabulary`). */
  vocabulary?: { list: (list: VocabularyList) => ReadonlyArray<{ key: string; label: string }>; label: (list: VocabularyList, key: string) => string };
};

/** The name of the item an id refers to, marked when archived; undefined once it is gone. */
function referencedName(lookup: Lookup, kind: MatrixKind, id: string): string | undefined {
  const inUse = lookup.items(kind).find((i) => i.id === id);
  if (inUse) return matrixItemTitle(inUse);
  const archived = lookup.archived(kind).find((i) => i.id === id);
  return archived && lookup.archivedName(matrixItemTitle(archived));
}

/** The screen's side of the shared presentation (`shared/matrices/presentation.ts`). */
export const presentationOf = (lookup: Lookup): Presentation => ({
  labels: lookup.labels,
  itemName: (kind, id) => referencedName(lookup, kind, id),
  memberName: (id) => lookup.members.find((m) => m.id === id)?.name,
  formatDay: lookup.formatDay,
  vocabularyLabel: (list, key) => lookup.vocabulary?.label(list, key),
});

/** The choices of a vocabulary field, with the value held now kept though its entry was removed. */
export function vocabularyChoices(lookup: Lookup, list: VocabularyList, value: unknown): ReadonlyArray<{ key: string; label: string }> {
  const choices = lookup.vocabulary?.list(list) ?? [];
  if (typeof value !== 'string' || value === '' || choices.some((choice) => choice.key === value)) return choices;
  return [...choices, { key: value, label: lookup.vocabulary?.label(list, value) ?? value }];
}

/** A field's value as text for a table cell, as the exports write it; '' when empty. */
export const displayValue = (field: FieldSpec, item: MatrixItem, lookup: Lookup): string =>
  formatValue(item.kind, field, item.data, presentationOf(lookup));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text-area form of lists, and back; what is wrong in them is named by the shared schema. */
export function toText(field: FieldSpec, value: unknown): string {
  if (field.type === 'lines') return Array.isArray(value) ? value.join('\n') : '';
  if (field.type === 'variants') return variantsOf(value).join('\n');
  return typeof value === 'string' ? value : '';
}

export function fromText(field: FieldSpec, text: string): unknown {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (field.type === 'lines') return lines;
  if (field.type === 'variants') {
    return lines.map((line) => {
      const at = line.indexOf(':');
      if (at < 0) return { language: '', term: line };
      const rest = line.slice(at + 1);
      const equals = rest.indexOf('=');
      const wording = equals < 0 ? { term: rest.trim() } : { term: rest.slice(0, equals).trim(), definition: rest.slice(equals + 1).trim() };
      return { language: line.slice(0, at).trim(), ...wording };
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
