import { z } from 'zod';
import { documentDetailSchema, documentIdSchema, documentTitleSchema } from './documents.ts';
import { diffBlockSchema } from './versions.ts';

export const createVariantBodySchema = z.object({ title: documentTitleSchema }).strict();

/** A variant just tailored: a new document of the workspace, with the parent it was copied from. */
export const tailoredVariantSchema = documentDetailSchema.extend({ parentId: documentIdSchema });
export type TailoredVariant = z.infer<typeof tailoredVariantSchema>;

export const variantSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  /** When the variant last took in the parent's text (tailoring or "mark as reviewed"). */
  baselineAt: z.string(),
});
export type VariantSummary = z.infer<typeof variantSummarySchema>;
export const variantListSchema = z.object({ variants: z.array(variantSummarySchema) });

/** A section is a top-level heading and what follows it; text before any heading is `null`. */
export const sectionChangeSchema = z.object({
  heading: z.string().nullable(),
  status: z.enum(['unchanged', 'changed', 'added', 'removed']),
  blocks: z.array(diffBlockSchema),
  insertedWords: z.number().int(),
  deletedWords: z.number().int(),
});
export type SectionChange = z.infer<typeof sectionChangeSchema>;

/** What changed in a variant's parent since the variant last took it in; `parent` null if not a variant. */
export const parentChangesSchema = z.object({
  parent: z.object({ id: z.string(), title: z.string() }).nullable(),
  baselineAt: z.string().nullable(),
  sections: z.array(sectionChangeSchema),
  changedSections: z.number().int(),
});
export type ParentChanges = z.infer<typeof parentChangesSchema>;
