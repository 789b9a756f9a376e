import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats.ts';
import { idSchema } from './workspaces.ts';


/** `GET /api/documents/:id/export`: the live draft, or one version; comments annexed on request. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  version: z.string().min(1).optional(),
  comments: z.enum(['0', '1']).optional(),
  /** A consultation round of the document's workspace whose report joins the annexes. */
  consultation: idSchema.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
