import { z } from 'zod';

/** A ProseMirror mark as JSON (bold, italic, underline, link{href}). */
export type PmMark = { type: string; attrs?: Record<string, unknown> | undefined };
/** A ProseMirror node as JSON, the editor's own document format. */
export type PmNode = {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: PmNode[] | undefined;
  text?: string | undefined;
  marks?: PmMark[] | undefined;
};

const pmMarkSchema = z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() });
export const pmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(pmMarkSchema).optional(),
  }),
);

/** How a version came to exist. */
export const VERSION_KINDS = ['named', 'checkpoint', 'validation', 'restore'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const versionNameSchema = z.string().trim().min(1, 'name is required').max(120, 'name is at most 120 characters');

export const versionSummarySchema = z.object({
  id: z.string(),
  documentId: z.string(),
  name: z.string(),
  kind: z.enum(VERSION_KINDS),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
  /** Validation steps signed on this version (their names), so the list can mark them. */
  signedSteps: z.array(z.string()),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionDetailSchema = versionSummarySchema.extend({ content: pmNodeSchema });
export type VersionDetail = z.infer<typeof versionDetailSchema>;

export const createVersionBodySchema = z.object({ name: versionNameSchema }).strict();

/** `GET …/versions/compare?from=&to=`; `to` may be `current` for the live draft. */
export const compareQuerySchema = z.object({ from: z.string().min(1), to: z.string().min(1) });

export const diffPartSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffPart = z.infer<typeof diffPartSchema>;

/** One text block (heading, paragraph, list item, table cell…) of a comparison. */
export const diffBlockSchema = z.object({
  /** The block's node type, with the heading level when one: `heading:2`, `paragraph`. */
  kind: z.string(),
  status: z.enum(['equal', 'inserted', 'deleted', 'changed']),
  parts: z.array(diffPartSchema),
});
export type DiffBlock = z.infer<typeof diffBlockSchema>;

export const compareResultSchema = z.object({
  from: z.object({ id: z.string(), name: z.string() }),
  to: z.object({ id: z.string(), name: z.string() }),
  blocks: z.array(diffBlockSchema),
  /** Counts of inserted and deleted words, for a one-line summary. */
  insertedWords: z.number().int(),
  deletedWords: z.number().int(),
});
export type CompareResult = z.infer<typeof compareResultSchema>;
