import { describe, expect, it } from 'vitest';
import type { MatrixItem, MatrixKind } from '../../../../shared/schemas/matrices/index.ts';
import { translate } from '../../lib/i18n/dictionaries.ts';
import type { Locale } from '../../lib/i18n/translate.ts';
import { changedFields, criterionRows, displayValue, fromText, toText, type Lookup } from './field-values.ts';
import { matrixLabels } from '../../../../shared/matrices/labels.ts';
import type { FieldSpec } from '../../../../shared/matrices/fields.ts';

describe('matrix field text forms', () => {
  it.each<[FieldSpec, unknown]>([
    [{ name: 'sections', type: 'lines' }, ['Rationale', 'Vision']],
    [{ name: 'variants', type: 'variants' }, [{ language: 'pt', term: 'Integração' }]],
    [{ name: 'variants', type: 'variants' }, [{ language: 'fr', term: 'Intégration', definition: 'Processus dans les deux sens' }]],
  ])('%o round-trips through text', (field, value) => {
    expect(fromText(field, toText(field, value))).toEqual(value);
  });

  it('shows stored ratings as the criteria editor’s rows, in order', () => {
    expect(criterionRows({ Cost: 4, Mandate: 0 })).toEqual([{ name: 'Cost', score: 4 }, { name: 'Mandate', score: 0 }]);
    expect(criterionRows(undefined)).toEqual([]);
  });

  it('sends only the fields that changed', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [1, 2], c: 'y' })).toEqual({ b: [1, 2], c: 'y' });
  });
});

describe('references to other items in a table cell', () => {
  const actor = { id: 'u1', name: 'Fatou' };
  const item = (id: string, kind: MatrixKind, data: Record<string, unknown>, archivedAt: string | null = null): MatrixItem => ({
    id, workspaceId: 'w1', kind, data, version: 1, createdBy: actor, createdAt: '2025-01-01T00:00:00Z',
    updatedBy: actor, updatedAt: '2025-01-01T00:00:00Z', deletedAt: null, archivedAt,
  });
  const archivedAt = '2025-02-01T00:00:00Z';
  const others = [
    item('o1', 'objective', { title: 'Protect migrant workers' }),
    item('o2', 'objective', { title: 'Map the diaspora' }, archivedAt),
    item('e1', 'evidence', { source: 'Labour force survey' }),
    item('e2', 'evidence', { source: 'Census 2014' }, archivedAt),
  ];
  const lookupIn = (locale: Locale): Lookup => ({
    labels: matrixLabels(locale),
    members: [],
    items: (kind) => others.filter((i) => i.kind === kind && i.archivedAt === null),
    archived: (kind) => others.filter((i) => i.kind === kind && i.archivedAt !== null),
    archivedName: (name) => translate(locale, 'matrices.archivedItem', { name }),
    formatDay: (day) => day,
  });
  const ref: FieldSpec = { name: 'objectiveId', type: 'ref', kind: 'objective' };
  const refs: FieldSpec = { name: 'evidenceIds', type: 'refs', kind: 'evidence' };
  const show = (field: FieldSpec, value: unknown, locale: Locale = 'en') =>
    displayValue(field, item('m1', 'action', { [field.name]: value }), lookupIn(locale));

  it('names an archived item, marked as archived, in English and French', () => {
    expect(show(ref, 'o1')).toBe('Protect migrant workers');
    expect(show(ref, 'o2')).toBe('Map the diaspora (archived)');
    expect(show(ref, 'o2', 'fr')).toBe('Map the diaspora (archivé)');
    expect(show(refs, ['e1', 'e2'])).toBe('Labour force survey; Census 2014 (archived)');
  });

  it('leaves out what no longer exists', () => {
    expect(show(ref, 'gone')).toBe('');
    expect(show(refs, ['gone', 'e1'])).toBe('Labour force survey');
  });
});
