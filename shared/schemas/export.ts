import { z } from 'zod';

export const EXPORT_FORMATS = ['docx', 'pdf', 'odt', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `GET /api/documents/:id/export`: the live draft, or one version; comments annexed on request. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  version: z.string().min(1).optional(),
  comments: z.enum(['0', '1']).optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;
