import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signupBodySchema, signupPolicySchema } from './auth.ts';
import { checkFields, FIELD_ISSUE_CODES, FIELD_ISSUE_PARAMS, fieldIssueSchema, issueParams, type FieldIssue, type FieldIssueCode } from './field-issues.ts';

/** The code and parameters of the single issue `schema` finds in `value`. */
function issueOf(schema: z.ZodType, value: unknown): Omit<FieldIssue, 'message'> {
  const checked = checkFields(schema, value);
  if (checked.success) throw new Error(`${JSON.stringify(value)} was accepted`);
  const issues = Object.values(checked.fields).flat();
  expect(issues).toHaveLength(1);
  const [{ code, params }] = issues as [FieldIssue];
  return params ? { code, params } : { code };
}

/** One schema and value per code that a zod issue maps to. */
const ZOD_CASES: ReadonlyArray<[FieldIssueCode, z.ZodType, unknown, Record<string, string | number>?]> = [
  ['required', z.object({ title: z.string() }), {}],
  ['required', z.object({ id: z.string() }), { id: null }],
  ['required', z.string().trim().min(1), '   '],
  ['tooShort', z.string().min(10), 'short', { min: 10 }],
  ['tooLong', z.string().max(3), 'long', { max: 3 }],
  ['tooLow', z.number().min(2), 1, { min: 2 }],
  ['tooHigh', z.number().max(2), 3, { max: 2 }],
  ['outOfRange', z.number().refine((n) => n <= 5, { params: issueParams('outOfRange', { min: 0, max: 5 }) }), 9, { min: 0, max: 5 }],
  ['tooFew', z.array(z.string()).min(1), [], { min: 1 }],
  ['tooMany', z.array(z.string()).max(1), ['a', 'b'], { max: 1 }],
  ['notANumber', z.number(), 'four'],
  ['notANumber', z.number(), Number.NaN],
  ['notAWholeNumber', z.number().int(), 2.5],
  ['notAWholeNumber', z.number().multipleOf(1), 2.5],
  ['invalidEmail', z.email(), 'not-an-email'],
  ['invalidUrl', z.url(), 'not a url'],
  ['invalidDate', z.iso.date(), '2026-13-45'],
  ['invalidFormat', z.string().regex(/^[a-z]+$/), 'ABC'],
  ['invalidChoice', z.enum(['a', 'b']), 'c'],
  ['invalidChoice', signupPolicySchema, { mode: 'closed' }],
  ['unknownField', z.strictObject({ a: z.string() }), { a: 'x', admin: true, b: 1 }, { names: 'admin, b' }],
  ['invalid', z.union([z.string(), z.number()]), true],
  ['invalid', z.object({ a: z.string() }), { a: 1 }],
  ['invalid', z.string().refine(() => false, 'no reason given'), 'x'],
];

describe('field issues from zod issues', () => {
  it.each(ZOD_CASES)('%s', (code, schema, value, params) => {
    expect(issueOf(schema, value)).toEqual(params ? { code, params } : { code });
  });

  it('gives a refinement the code it names, with its parameters', () => {
    const schema = z.string().refine(() => false, { message: 'ends before it starts', params: issueParams('endBeforeStart') });
    expect(issueOf(schema, 'x')).toEqual({ code: 'endBeforeStart' });
  });

  it.each(FIELD_ISSUE_CODES)('a check the schema cannot express refuses with %s and its parameters', (code) => {
    const params = Object.fromEntries(FIELD_ISSUE_PARAMS[code].map((name, index) => [name, index + 1]));
    const schema = z.string().refine(() => false, { message: 'refused', params: issueParams(code, params) });
    expect(issueOf(schema, 'x')).toEqual(FIELD_ISSUE_PARAMS[code].length > 0 ? { code, params } : { code });
  });

  it('answers "invalid" for a refinement naming no known code', () => {
    expect(issueOf(z.string().refine(() => false, { params: { code: 'noSuchCode' } }), 'x')).toEqual({ code: 'invalid' });
  });

  it('names a record key by its own problem', () => {
    expect(issueOf(z.record(z.string().trim().min(1), z.number()), { ' ': 1 })).toEqual({ code: 'required' });
  });

  it('keys issues by path, `_` for the whole value, keeping the English message', () => {
    const checked = checkFields(signupBodySchema, { email: 'x', password: 'short', name: '', extra: 1 });
    expect(checked).toEqual({
      success: false,
      fields: {
        email: [{ code: 'invalidEmail', message: 'enter a valid email address' }],
        password: [{ code: 'tooShort', params: { min: 10 }, message: 'use at least 10 characters' }],
        name: [{ code: 'required', message: 'name is required' }],
        _: [{ code: 'unknownField', params: { names: 'extra' }, message: 'Unrecognized key: "extra"' }],
      },
    });
    const nested = checkFields(z.object({ steps: z.array(z.object({ name: z.string().min(1) })) }), { steps: [{ name: 'a' }, { name: '' }] });
    expect(nested.success ? {} : Object.keys(nested.fields)).toEqual(['steps.1.name']);
  });

  it('refuses a password made of the email address with its own code', () => {
    expect(issueOf(signupBodySchema, { email: 'maria.tavares@gov.cv', password: 'MariaTavares2026', name: 'Maria' })).toEqual({ code: 'passwordPersonal' });
  });

  it('returns the parsed value when nothing is wrong', () => {
    expect(checkFields(z.object({ a: z.string().trim() }), { a: ' x ' })).toEqual({ success: true, data: { a: 'x' } });
  });

  it('only produces issues the API contract accepts, and every code declares its parameters', () => {
    for (const [code, schema, value] of ZOD_CASES) {
      const checked = checkFields(schema, value);
      for (const issue of checked.success ? [] : Object.values(checked.fields).flat()) {
        expect(fieldIssueSchema.safeParse(issue).success, code).toBe(true);
        expect(Object.keys(issue.params ?? {}).sort(), code).toEqual([...FIELD_ISSUE_PARAMS[issue.code]].sort());
      }
    }
    expect(new Set(FIELD_ISSUE_CODES).size).toBe(FIELD_ISSUE_CODES.length);
  });
});
