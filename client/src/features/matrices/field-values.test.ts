import { describe, expect, it } from 'vitest';
import { changedFields, fromText, toText } from './field-values.ts';
import type { FieldSpec } from './matrix-fields.ts';

describe('matrix field text forms', () => {
  it.each<[FieldSpec, unknown]>([
    [{ name: 'sections', type: 'lines' }, ['Rationale', 'Vision']],
    [{ name: 'scores', type: 'ratings' }, { cost: 3, mandate: 5 }],
    [{ name: 'variants', type: 'variants' }, [{ language: 'pt', term: 'Integração' }]],
  ])('%o round-trips through text', (field, value) => {
    expect(fromText(field, toText(field, value))).toEqual(value);
  });

  it('sends only the fields that changed', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [1, 2], c: 'y' })).toEqual({ b: [1, 2], c: 'y' });
  });
});
