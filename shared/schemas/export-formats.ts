/**
 * The formats a document exports to (`exportQuerySchema` in `export.ts`), in a module without
 * zod so that the browser's export menu can list them. `pdfa`: archival PDF (PDF/A-2), only of
 * a text signed at every validation step.
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'odt', 'html', 'md', 'pdfa'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
