import { z } from 'zod';
import { workingLanguageSchema } from './languages.ts';

/**
 * The glossary's agreement workflow and what the editor reads of it. Terms themselves are items
 * of the `glossary` matrix (`shared/schemas/matrices/planning.ts`); agreeing one has its own
 * route, because it needs its own ability (`agreeTerm`).
 */
export const agreeTermBodySchema = z.strictObject({
  /** The version the chair read: a term reworded since is not agreed unseen (409). */
  version: z.number().int().min(1),
});

/** An agreed term as written in one working language. */
export const agreedTermSchema = z.object({ id: z.string(), term: z.string(), definition: z.string() });
export type AgreedTerm = z.infer<typeof agreedTermSchema>;

/** Without a language: the workspace's working language (a document that follows its workspace). */
export const agreedTermsQuerySchema = z.strictObject({ language: workingLanguageSchema.optional() });
export const agreedTermsSchema = z.object({ language: workingLanguageSchema, terms: z.array(agreedTermSchema) });
export type AgreedTerms = z.infer<typeof agreedTermsSchema>;
