import { z } from 'zod';
import { idSchema } from './workspaces.ts';

/** `pdfa`: archival PDF (PDF/A-2), only of a text signed at every validation step. */
export const EXPORT_FORMATS = ['docx', 'pdf', 'odt', 'html', 'md', 'pdfa'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `GET /api/documents/:id/export`: the live draft, or one version; comments annexed on request. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  version: z.string().min(1).optional(),
  comments: z.enum(['0', '1']).optional(),
  /** A consultation round of the document's workspace whose report joins the annexes. */
  consultation: idSchema.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
