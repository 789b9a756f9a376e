import { z } from 'zod';
import { documentIdSchema } from '../schemas/documents.ts';
import { exportQuerySchema } from '../schemas/export.ts';
import { endpoint } from './endpoint.ts';

/** Downloads of a document (`server/routes/export.ts`); links use `hrefOf`, so the browser saves the file. */
export const exportEndpoints = {
  download: endpoint({
    method: 'get',
    path: '/api/documents/:id/export',
    summary: 'The draft or one version as DOCX, PDF, ODT, HTML or Markdown, with cover, validation ladder, contents and matrix annexes, or a validated text as archival PDF/A (export)',
    tag: 'export',
    auth: 'session',
    params: z.object({ id: documentIdSchema }),
    query: exportQuerySchema,
    answers: {
      200: {
        mediaType: 'application/octet-stream',
        description: 'The file as an attachment, typed by its format (e.g. `application/pdf`, `text/markdown`)',
      },
    },
    failures: {
      409: 'Archival PDF (`pdfa`) of a text not signed at every validation step (`not_validated`)',
      413: 'The document, or the file it makes, is past the export limits',
      429: 'Too many PDF or ODT exports in progress, or one of the caller’s own: `Retry-After` says when to try again',
      503: 'LibreOffice, which PDF and ODT exports need, is not installed, or did not finish in time',
    },
  }),
};
