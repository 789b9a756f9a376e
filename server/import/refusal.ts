/**
 * Why a file was refused, as the API's machine-readable code. Thrown inside the conversion
 * worker too, where only `code` and `message` cross back to the server.
 */
export const IMPORT_REFUSALS = {
  /** Not a Word document (nor an .odt or .doc LibreOffice could read). */
  not_a_document: 422,
  /** A file type other than .docx, .odt and .doc. */
  unsupported_format: 422,
  /** A zip that inflates beyond the limits (a zip bomb) or lies about its sizes. */
  unsafe_archive: 422,
  /** XML with a document type declaration: entity expansion bombs live there. */
  unsafe_xml: 422,
  /** The conversion took longer than its time limit. */
  import_timeout: 422,
  /** The conversion needed more memory than its limit, or the result more elements. */
  import_too_complex: 422,
  /** Larger than `CADRE_MAX_IMPORT_BYTES`. */
  file_too_large: 413,
  /** .odt or .doc, but LibreOffice is not installed. */
  converter_missing: 503,
} as const;

export type ImportRefusalCode = keyof typeof IMPORT_REFUSALS;

export class ImportRefusal extends Error {
  constructor(
    readonly code: ImportRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export const isRefusalCode = (code: unknown): code is ImportRefusalCode => typeof code === 'string' && code in IMPORT_REFUSALS;
