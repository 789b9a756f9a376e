import { z } from 'zod';
import { idSchema } from '../workspaces.ts';

// Field helpers shared by the matrix kinds; limits keep one item well under the body limit.

/** The id of another item of the workspace, or of a member. */
export const ref = idSchema;
export const line = (max = 300) => z.string().trim().max(max, `at most ${max} characters`);
export const requiredLine = (what: string, max = 300) => line(max).min(1, `${what} is required`);
export const text = (max = 5000) => z.string().trim().max(max, `at most ${max} characters`);
/** Calendar dates as YYYY-MM-DD, or null while unknown. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the format YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a valid date');
export const optionalDate = isoDate.nullable().default(null);
export const refs = z.array(ref).max(50, 'at most 50 links').default([]);
export const score = z.number().int().min(0, 'scores go from 0 to 5').max(5, 'scores go from 0 to 5');
/** Ratings on named criteria, e.g. { cost: 3, mandate: 5 }. */
export const ratings = z
  .record(line(60).min(1, 'criterion name is required'), score)
  .refine((value) => Object.keys(value).length <= 12, 'at most 12 criteria')
  .default({});

/** Every item may name the member who owns it, so "who does what" is never unclear. */
export const owned = { ownerMemberId: ref.nullable().default(null) };

/** A link to a drafting session of the same workspace, or none. */
export const sessionRef = ref.nullable().default(null);
