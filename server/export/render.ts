import type { ExportFormat } from '../../shared/schemas/export-formats.ts';
import { HttpError } from '../http/errors.ts';
import { convertDocx, type ConverterPrograms } from './converters.ts';
import { renderHtml } from './html.ts';
import { checkOutputSize, DEFAULT_MAX_EXPORT_BYTES } from './limits.ts';
import { renderMarkdown } from './markdown.ts';
import type { ExportModel } from './model.ts';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  pdfa: 'application/pdf',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** Formats made by an external program (LibreOffice), which the export gate bounds. */
export const usesConverter = (format: ExportFormat): boolean => format === 'pdf' || format === 'pdfa' || format === 'odt';

/**
 * Renders a model in one format; a file larger than `maxBytes` is a 413, checked before it is
 * copied into the answer (text) or read from the converter's output (PDF, ODT).
 */
export async function renderExport(
  model: ExportModel,
  format: ExportFormat,
  programs: ConverterPrograms,
  maxBytes: number = DEFAULT_MAX_EXPORT_BYTES,
): Promise<Buffer> {
  // The converters' input is checked too: past the limit, it is not worth a browser or an office suite.
  const sized = <T extends string | Buffer>(file: T): T => {
    checkOutputSize(Buffer.byteLength(file), maxBytes);
    return file;
  };
  // The DOCX renderer (the docx library, the grid's PNG renderer) loads with the first export
  // that needs it, not with the server: most processes serve editing and never export.
  const docx = async () => {
    const { renderDocx } = await import('./docx.ts');
    return sized(await renderDocx(model));
  };
  switch (format) {
    case 'docx':
      return docx();
    case 'odt':
    case 'pdf':
      return convertDocx(await docx(), format, programs.libreOffice, { maxBytes });
    case 'pdfa':
      // An archive copy vouches for the text: only a version every step signed is one.
      if (!model.validated) throw new HttpError(409, 'not_validated', 'archival PDF is for versions signed at every validation step');
      return convertDocx(await docx(), 'pdfa', programs.libreOffice, { maxBytes });
    case 'html':
      return Buffer.from(sized(renderHtml(model)));
    case 'md':
      return Buffer.from(sized(renderMarkdown(model)));
  }
}

/** A file name safe in every browser and file system, e.g. `draft-policy-core-group.docx`. */
export function exportFileName(model: ExportModel, format: ExportFormat): string {
  const slug = [model.title, model.versionName ?? '']
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 80);
  return `${slug || 'document'}${format === 'pdfa' ? '-archive.pdf' : `.${format}`}`;
}
