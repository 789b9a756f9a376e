import { z } from 'zod';

/**
 * Why a field was refused, as a stable code with its parameters, so the client can say it in the
 * user's language (`errors.field.<code>` in each dictionary) while the English `message` stays for
 * API callers and logs. Every refusal of a field goes through these codes: zod issues of the
 * shared schemas (the same ones the browser checks before sending) and the server's own checks.
 */
export const FIELD_ISSUE_PARAMS = {
  /** Empty, missing or null. */
  required: [],
  /** Text shorter than `min` characters. */
  tooShort: ['min'],
  tooLong: ['max'],
  /** A number below `min` (only that bound declared). */
  tooLow: ['min'],
  tooHigh: ['max'],
  /** A number outside `min`–`max`, from checks that declare both bounds (`wholeNumberFrom`). */
  outOfRange: ['min', 'max'],
  /** A list with fewer than `min` entries. */
  tooFew: ['min'],
  tooMany: ['max'],
  notANumber: [],
  notAWholeNumber: [],
  invalidEmail: [],
  invalidUrl: [],
  invalidDate: [],
  /** Text that does not have the expected shape (a pattern, an id, a domain). */
  invalidFormat: [],
  /** A value that is not one of the allowed options. */
  invalidChoice: [],
  /** Keys the request may not carry; `names` lists them. */
  unknownField: ['names'],
  /** A reference to something that does not exist where it should (an item, an institution). */
  notFound: [],
  /** The same name twice where names must be unique. */
  duplicate: [],
  /** The person is already a member of the workspace. */
  alreadyMember: [],
  /** The member named is not a member of this workspace. */
  notAMember: [],
  /** A value that must stay empty in this case (a measure has no parent measure). */
  mustBeEmpty: [],
  /** The end comes before the start. */
  endBeforeStart: [],
  /** Changed through its own action, not through this form. */
  notEditable: [],
  /** The parent chosen cannot be a parent (a department under a department). */
  invalidParent: [],
  /** What was chosen is archived (an institution, or its ministry): offered to nobody new until restored. */
  archived: [],
  /** The role chosen may not do what the field asks (sign a validation step). */
  roleNotAllowed: [],
  /** The email address is not at a domain this server accepts. */
  domainNotAllowed: [],
  passwordCommon: [],
  passwordPersonal: [],
  /** Anything else: the English message says more. */
  invalid: [],
} as const satisfies Record<string, readonly string[]>;

export type FieldIssueCode = keyof typeof FIELD_ISSUE_PARAMS;
export const FIELD_ISSUE_CODES = Object.keys(FIELD_ISSUE_PARAMS) as [FieldIssueCode, ...FieldIssueCode[]];

export const fieldIssueSchema = z.object({
  code: z.enum(FIELD_ISSUE_CODES),
  /** The values the words need, named as in `FIELD_ISSUE_PARAMS` (e.g. `{ max: 200 }`). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The same in English, for API callers; the client shows the code's words instead. */
  message: z.string(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/** Issues per field, keyed by the field's path in the request (`data.title`, `steps.0.name`); `_` for the whole value. */
export const fieldIssuesSchema = z.record(z.string(), z.array(fieldIssueSchema));
export type FieldIssues = z.infer<typeof fieldIssuesSchema>;

type Params = Record<string, string | number>;

export const fieldIssue = (code: FieldIssueCode, message: string, params?: Params): FieldIssue =>
  params ? { code, params, message } : { code, message };

/**
 * The `params` of a refinement that should be refused with a given code, e.g.
 * `.refine(check, { message: 'ends before it starts', params: issueParams('endBeforeStart') })`.
 */
export const issueParams = (code: FieldIssueCode, params: Params = {}): Params => ({ ...params, code });

const isCode = (value: unknown): value is FieldIssueCode => typeof value === 'string' && Object.hasOwn(FIELD_ISSUE_PARAMS, value);

const NUMBER_TYPES: ReadonlySet<string> = new Set(['number', 'int', 'bigint']);
const DATE_FORMATS: ReadonlySet<string> = new Set(['date', 'datetime', 'time', 'duration']);

function sizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): Pick<FieldIssue, 'code' | 'params'> {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const param: Params = small ? { min: bound } : { max: bound };
  switch (issue.origin) {
    case 'string':
      // A trimmed text that must have one character is a required field.
      return small && bound <= 1 ? { code: 'required' } : { code: small ? 'tooShort' : 'tooLong', params: param };
    case 'number':
    case 'int':
    case 'bigint':
      return { code: small ? 'tooLow' : 'tooHigh', params: param };
    case 'array':
    case 'set':
      return { code: small ? 'tooFew' : 'tooMany', params: param };
    default:
      return { code: 'invalid' };
  }
}

function customIssue(issue: z.core.$ZodIssueCustom): Pick<FieldIssue, 'code' | 'params'> {
  const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
  if (!isCode(code)) return { code: 'invalid' };
  const kept = Object.entries(params).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1]));
  return kept.length > 0 ? { code, params: Object.fromEntries(kept) } : { code };
}

/** The code and parameters of one zod issue (parsed with `reportInput`, so a missing value reads as required). */
export function codeOf(issue: z.core.$ZodIssue): Pick<FieldIssue, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return { code: 'required' };
      if (!NUMBER_TYPES.has(issue.expected)) return { code: 'invalid' };
      return issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)
        ? { code: 'notAWholeNumber' }
        : { code: 'notANumber' };
    }
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue);
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalidEmail' };
      if (issue.format === 'url') return { code: 'invalidUrl' };
      return { code: DATE_FORMATS.has(issue.format) ? 'invalidDate' : 'invalidFormat' };
    case 'not_multiple_of':
      return { code: Number(issue.divisor) === 1 ? 'notAWholeNumber' : 'invalid' };
    case 'unrecognized_keys':
      return { code: 'unknownField', params: { names: issue.keys.join(', ') } };
    case 'invalid_value':
      return { code: 'invalidChoice' };
    case 'invalid_union':
      // A discriminated union names its discriminator when the value matches no option.
      return { code: issue.discriminator === undefined ? 'invalid' : 'invalidChoice' };
    case 'invalid_key':
    case 'invalid_element': {
      // A record's key or a map's element: the first inner issue says what is wrong with it.
      const inner = issue.issues[0];
      return inner ? codeOf(inner) : { code: 'invalid' };
    }
    case 'custom':
      return customIssue(issue);
    default:
      return { code: 'invalid' };
  }
}

/** Field issues of a zod error, keyed by path (`_` for the whole value), in the order zod found them. */
export function fieldIssuesOf(error: z.ZodError): FieldIssues {
  const fields: FieldIssues = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    (fields[key] ??= []).push({ ...codeOf(issue), message: issue.message });
  }
  return fields;
}

export type FieldCheck<T> = { success: true; data: T } | { success: false; fields: FieldIssues };

/**
 * Checks a value with a shared schema and names what is wrong per field. The server answers a
 * 400 with these, and forms run the same check before sending, so both say the same thing.
 */
export function checkFields<T extends z.ZodType>(schema: T, value: unknown): FieldCheck<z.output<T>> {
  // `reportInput` keeps the refused value on each issue: a missing one is "required", not a type error.
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { success: true, data: result.data } : { success: false, fields: fieldIssuesOf(result.error) };
}
