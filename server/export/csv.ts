/**
 * CSV in the dialect spreadsheets open without asking (RFC 4180, CRLF, UTF-8 with BOM).
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe: comment
 * text is written by members and must not become code on the reader's machine.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV answer the browser saves as `filename` rather than shows. */
export const csvAttachment = (rows: Parameters<typeof toCsv>[0], filename: string): Response =>
  new Response(toCsv(rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  });
