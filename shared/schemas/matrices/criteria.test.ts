import { describe, expect, it } from 'vitest';
import { checkFields, type FieldIssues } from '../field-issues.ts';
import { criterionRowsSchema, isoDate, MAX_CRITERIA } from './common.ts';
import { actionSchema, optionSchema } from './index.ts';

const codes = (fields: FieldIssues) => Object.fromEntries(Object.entries(fields).map(([path, issues]) => [path, issues.map((i) => i.params ? { code: i.code, params: i.params } : { code: i.code })]));
const refusal = (schema: Parameters<typeof checkFields>[0], value: unknown) => {
  const checked = checkFields(schema, value);
  return checked.success ? null : codes(checked.fields);
};
const option = (scores: unknown) => ({ objectiveId: 'objective-1', title: 'One-stop offices', scores });

describe('option scores (stored as { criterion: score })', () => {
  it('accepts whole scores from 0 to 5 on named criteria, trimming names', () => {
    const checked = checkFields(optionSchema, option({ ' Cost ': 4, Mandate: 0, Ownership: 5 }));
    expect(checked.success && checked.data.scores).toEqual({ Cost: 4, Mandate: 0, Ownership: 5 });
  });

  it('refuses text, fractions, out-of-range scores and empty names, each with its code', () => {
    expect(refusal(optionSchema, option({ Cost: 'four', Mandate: 2.5, Ownership: 6, Reach: -1, '  ': 3, Time: null }))).toEqual({
      'scores.Cost': [{ code: 'notANumber' }],
      'scores.Mandate': [{ code: 'notAWholeNumber' }],
      'scores.Ownership': [{ code: 'outOfRange', params: { min: 0, max: 5 } }],
      'scores.Reach': [{ code: 'outOfRange', params: { min: 0, max: 5 } }],
      'scores.  ': [{ code: 'required' }],
      'scores.Time': [{ code: 'required' }],
    });
  });

  it(`keeps at most ${MAX_CRITERIA} criteria`, () => {
    const many = Object.fromEntries(Array.from({ length: MAX_CRITERIA + 1 }, (_, i) => [`criterion ${i}`, 3]));
    expect(refusal(optionSchema, option(many))).toEqual({ scores: [{ code: 'tooMany', params: { max: MAX_CRITERIA } }] });
  });
});

describe('criteria editor rows', () => {
  it('become the stored shape when valid', () => {
    expect(criterionRowsSchema.parse([{ name: 'Cost', score: 4 }, { name: ' Mandate ', score: 0 }])).toEqual({ Cost: 4, Mandate: 0 });
  });

  it('name each wrong cell by row, including a score not chosen and a name listed twice', () => {
    const rows = [
      { name: 'Cost', score: 4 },
      { name: '', score: 3 },
      { name: 'Mandate', score: null },
      { name: 'cost ', score: 2 },
      { name: 'Reach', score: 7 },
    ];
    expect(refusal(criterionRowsSchema, rows)).toEqual({
      '1.name': [{ code: 'required' }],
      '2.score': [{ code: 'required' }],
      '3.name': [{ code: 'duplicate' }],
      '4.score': [{ code: 'outOfRange', params: { min: 0, max: 5 } }],
    });
  });

  it(`refuse more than ${MAX_CRITERIA} rows`, () => {
    const rows = Array.from({ length: MAX_CRITERIA + 1 }, (_, i) => ({ name: `criterion ${i}`, score: 1 }));
    expect(refusal(criterionRowsSchema, rows)).toEqual({ _: [{ code: 'tooMany', params: { max: MAX_CRITERIA } }] });
  });
});

describe('other matrix checks with codes', () => {
  it('refuses dates that do not exist', () => {
    expect(refusal(isoDate, '2026-02-30')).toEqual({ _: [{ code: 'invalidDate' }] });
    expect(refusal(isoDate, '15/03/2026')).toEqual({ _: [{ code: 'invalidDate' }] });
    expect(refusal(isoDate, '2028-02-29')).toBeNull();
  });

  it('names a missing parent, a measure with a parent and an end before the start', () => {
    const action = { objectiveId: 'objective-1', title: 'Train staff' };
    expect(refusal(actionSchema, { ...action, level: 'activity' })).toEqual({ parentId: [{ code: 'required' }] });
    expect(refusal(actionSchema, { ...action, parentId: 'measure-01' })).toEqual({ parentId: [{ code: 'mustBeEmpty' }] });
    expect(refusal(actionSchema, { ...action, start: '2026-06-01', end: '2026-01-01' })).toEqual({ end: [{ code: 'endBeforeStart' }] });
  });
});
