import { z } from 'zod';
import { fieldIssuesSchema } from './field-issues.ts';

/**
 * Every API error has this shape: a machine-readable code, a message, and per-field issues, each
 * a code the client puts in the user's language with an English message (`field-issues.ts`).
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: fieldIssuesSchema.optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
