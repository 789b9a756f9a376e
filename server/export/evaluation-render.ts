import { Document, HeadingLevel, Packer, Paragraph, TextRun, type Table } from 'docx';
import { A4, docxTable, PORTRAIT_WIDTH } from './annex-docx.ts';
import { cleanText } from './attributes.ts';
import { escapeHtml } from './escape.ts';
import type { EvaluationBlock } from './evaluation.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** The evaluation report as a Word file (A4, portrait), which LibreOffice also turns into the PDF. */
export async function evaluationDocx(title: string, blocks: readonly EvaluationBlock[]): Promise<Buffer> {
  const children = blocks.flatMap((block): Array<Paragraph | Table> => {
    switch (block.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [new TextRun(cleanText(block.text))] })];
      case 'paragraph':
        return [new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: cleanText(block.text), ...(block.muted ? { color: '52606D' } : {}) })] })];
      case 'table':
        return [docxTable(block.head, block.rows, { width: PORTRAIT_WIDTH, ...(block.shares ? { shares: block.shares } : {}), size: 18 }), new Paragraph({ children: [] })];
      case 'list':
        return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(cleanText(item))] }));
    }
  });
  const document = new Document({
    title,
    creator: 'Cadre',
    sections: [{ properties: { page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } }, children }],
  });
  return Packer.toBuffer(document);
}

const lines = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

/** The same report as one self-contained web page, to read or print from the browser. */
export function evaluationHtml(title: string, language: string, blocks: readonly EvaluationBlock[]): string {
  const body = blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph':
          return `<p${block.muted ? ' class="muted"' : ''}>${lines(block.text)}</p>`;
        case 'table': {
          const head = block.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
          const rows = block.rows.map((row) => `<tr${row.indent ? ' class="sub"' : ''}>${row.cells.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`).join('');
          return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
        }
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</ul>`;
      }
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1f2933;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-top:2rem;border-bottom:1px solid #cbd2d9}h2{font-size:1.2rem;margin-top:1.5rem}h3{font-size:1rem}
div.table{overflow-x:auto;margin:.5rem 0 1rem}table{border-collapse:collapse;width:100%}td{overflow-wrap:break-word}th,td{border:1px solid #cbd2d9;padding:.35rem .5rem;text-align:start;vertical-align:top}
th{background:#f0f4f8}tr.sub td:first-child{padding-inline-start:1.5rem;color:#52606d}.muted{color:#52606d}
@media print{body{margin:0}}
</style></head><body>
${body}
</body></html>`;
}
