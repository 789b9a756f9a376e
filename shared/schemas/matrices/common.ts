import { z } from 'zod';
import { issueParams } from '../field-issues.ts';
import { idSchema } from '../workspaces.ts';

// Field helpers shared by the matrix kinds; limits keep one item well under the body limit.

/** The id of another item of the workspace, or of a member. */
export const ref = idSchema;
export const line = (max = 300) => z.string().trim().max(max, `at most ${max} characters`);
export const requiredLine = (what: string, max = 300) => line(max).min(1, `${what} is required`);
export const text = (max = 5000) => z.string().trim().max(max, `at most ${max} characters`);

/** Is `value` a real calendar day written YYYY-MM-DD (no 2026-02-30)? */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
/** Calendar dates as YYYY-MM-DD, or null while unknown. */
export const isoDate = z.string().refine(isCalendarDate, { message: 'use a date written YYYY-MM-DD', params: issueParams('invalidDate') });
export const optionalDate = isoDate.nullable().default(null);
export const refs = z.array(ref).max(50, 'at most 50 links').default([]);

/**
 * A whole number from `min` to `max`. One check for both bounds, so a refusal names the range
 * (`outOfRange`) rather than only the bound crossed.
 */
export const wholeNumberFrom = (min: number, max: number) =>
  z
    .number()
    .int()
    .refine((value) => value >= min && value <= max, { message: `from ${min} to ${max}`, params: issueParams('outOfRange', { min, max }) });

export const SCORE_MIN = 0;
export const SCORE_MAX = 5;
export const score = wholeNumberFrom(SCORE_MIN, SCORE_MAX);
export const MAX_CRITERIA = 12;
export const criterionName = line(60).min(1, 'criterion name is required');
/** Ratings on named criteria, e.g. { cost: 3, mandate: 5 }. */
export const ratings = z
  .record(criterionName, score)
  .refine((value) => Object.keys(value).length <= MAX_CRITERIA, {
    message: `at most ${MAX_CRITERIA} criteria`,
    params: issueParams('tooMany', { max: MAX_CRITERIA }),
  })
  .default({});

/**
 * Ratings as the editor shows them, one row per criterion, turned into `ratings`' shape. Same
 * rules, plus distinct names: two rows named alike would silently become one entry.
 */
export const criterionRowsSchema = z
  .array(z.strictObject({ name: criterionName, score }))
  .max(MAX_CRITERIA, `at most ${MAX_CRITERIA} criteria`)
  .superRefine(
    (rows, context) => {
      const seen = new Set<string>();
      rows.forEach((row: { name?: unknown }, index) => {
        // Also run when another row is wrong (`when`), so every problem shows at once.
        if (typeof row?.name !== 'string' || row.name.trim() === '') return;
        const key = row.name.trim().toLocaleLowerCase();
        if (seen.has(key)) {
          context.addIssue({ code: 'custom', path: [index, 'name'], message: 'this criterion is already listed', params: issueParams('duplicate') });
        }
        seen.add(key);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  )
  .transform((rows) => Object.fromEntries(rows.map((row) => [row.name, row.score])));
export type CriterionRow = { name: string; score: number | null };

/** Every item may name the member who owns it, so "who does what" is never unclear. */
export const owned = { ownerMemberId: ref.nullable().default(null) };

/** A link to a drafting session of the same workspace, or none. */
export const sessionRef = ref.nullable().default(null);
