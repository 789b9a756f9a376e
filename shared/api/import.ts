import { z } from 'zod';
import { importDocumentFieldsSchema, importedDocumentSchema } from '../schemas/import.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint } from './endpoint.ts';

/** Import of existing drafts (`server/routes/import.ts`, conversion in `server/import/`). */
export const importEndpoints = {
  importDocument: endpoint({
    method: 'post',
    path: '/api/workspaces/:id/documents/import',
    summary: 'Create a document from a Word file (.docx; .odt and .doc through LibreOffice), its comments as review threads, with a report of what was kept, converted or dropped (edit)',
    tag: 'documents',
    auth: 'session',
    params: z.object({ id: idSchema }),
    upload: { fields: importDocumentFieldsSchema, files: { file: 'The .docx, .odt or .doc file' } },
    answers: { 201: importedDocumentSchema },
    failures: {
      413: 'The file is larger than the import limit (`file_too_large`, `CADRE_MAX_IMPORT_BYTES`)',
      422:
        'The file cannot be imported: not a document (`not_a_document`), another type (`unsupported_format`), a zip bomb (`unsafe_archive`), ' +
        'XML with entity declarations (`unsafe_xml`), a conversion past its time (`import_timeout`) or memory (`import_too_complex`) limit',
      429: 'Too many imports by this user: wait `Retry-After` seconds (`rate_limited`)',
      503: 'Imports already running on this instance (`import_busy`, with `Retry-After`), or LibreOffice missing for .odt/.doc (`converter_missing`)',
    },
  }),
};
