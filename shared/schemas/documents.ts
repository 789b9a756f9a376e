import { z } from 'zod';
import { TEMPLATE_IDS } from '../templates/structures.ts';
import { TEMPLATE_LANGUAGES } from '../templates/template-types.ts';
import { abilitiesSchema } from './abilities.ts';
import { ID_PATTERN } from './id-pattern.ts';
import { workingLanguageSchema } from './languages.ts';

/** Document ids are server-generated, URL-safe and short enough to log. */
export const documentIdSchema = z.string().regex(ID_PATTERN, 'invalid document id');

export const documentTitleSchema = z
  .string()
  .trim()
  .min(1, 'title is required')
  .max(200, 'title is at most 200 characters');

export const documentSchema = z.object({
  id: documentIdSchema,
  workspaceId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it was archived: read-only and out of the workspace's list until restored. */
  archivedAt: z.string().nullable(),
  /** Its own language (labels and dates of its exports); null: its workspace's working language. */
  language: workingLanguageSchema.nullable(),
});
export type DocumentSummary = z.infer<typeof documentSchema>;

/** A template's id (`shared/templates/structures.ts`). */
export const templateIdSchema = z.enum(TEMPLATE_IDS);

export const createDocumentBodySchema = z
  .object({
    title: documentTitleSchema,
    /** Start from one of `shared/templates` (headings and drafting guidance). */
    templateId: templateIdSchema.optional(),
    /** Language of the template's text; defaults to the workspace's working language. */
    templateLanguage: z.enum(TEMPLATE_LANGUAGES).optional(),
  })
  .strict();
export const renameDocumentBodySchema = z.object({ title: documentTitleSchema }).strict();
/** `null` makes the document follow its workspace's working language again. */
export const documentLanguageBodySchema = z.object({ language: workingLanguageSchema.nullable() }).strict();

export const documentListSchema = z.object({ documents: z.array(documentSchema) });

/** A document as its API returns it: with what the caller may do to it. */
export const documentDetailSchema = documentSchema.extend({
  abilities: abilitiesSchema,
  /** Its workspace is archived, which makes the document read-only too. */
  workspaceArchived: z.boolean(),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

const count = z.number().int().min(0);
/** What deleting a document for good destroys, for the confirmation that names it. */
export const documentDeletionPreviewSchema = z.object({ title: z.string(), versions: count, threads: count, comments: count });
export type DocumentDeletionPreview = z.infer<typeof documentDeletionPreviewSchema>;
