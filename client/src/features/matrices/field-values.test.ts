import { describe, expect, it } from 'vitest';
import { changedFields, criterionRows, fromText, toText } from './field-values.ts';
import type { FieldSpec } from './matrix-fields.ts';

describe('matrix field text forms', () => {
  it.each<[FieldSpec, unknown]>([
    [{ name: 'sections', type: 'lines' }, ['Rationale', 'Vision']],
    [{ name: 'variants', type: 'variants' }, [{ language: 'pt', term: 'Integração' }]],
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
