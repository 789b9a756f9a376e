import { z } from 'zod';
import { documentDetailSchema, documentTitleSchema } from './documents.ts';

/** The text fields of an import's multipart body (the file is the `file` field). */
export const importDocumentFieldsSchema = z
  .object({
    /** Defaults to the file's name without its extension. */
    title: documentTitleSchema.optional(),
  })
  .strict();

/** File types an import accepts; .odt and .doc go through LibreOffice first. */
export const IMPORT_EXTENSIONS = ['docx', 'odt', 'doc'] as const;

/**
 * One line of an import's report: how many of a kind of content were kept as they were,
 * converted to what the editor holds, or dropped. The client puts each in words.
 */
export const IMPORT_REPORT_KINDS = [
  'headings',
  'paragraphs',
  'lists',
  'tables',
  'mergedCells',
  'links',
  'comments',
  'footnotes',
  'deepHeadings',
  'trackedChanges',
  'rightToLeft',
  'sourceFormat',
  'images',
  'unsafeLinks',
  'unreadable',
] as const;
export const importReportLineSchema = z.object({
  kind: z.enum(IMPORT_REPORT_KINDS),
  outcome: z.enum(['kept', 'converted', 'dropped']),
  count: z.number().int().min(0),
});
export type ImportReportLine = z.infer<typeof importReportLineSchema>;

export const importedDocumentSchema = z.object({
  document: documentDetailSchema,
  /** The review threads made from the file's comments. */
  threadIds: z.array(z.string()),
  report: z.array(importReportLineSchema),
});
export type ImportedDocument = z.infer<typeof importedDocumentSchema>;
