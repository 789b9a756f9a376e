import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { cellSpan, headingLevel, safeHref } from './attributes.ts';
import { cellText } from './html.ts';
import { formatDate } from './labels.ts';
import { headingsOf, type ExportModel } from './model.ts';

/** A4 width minus two 1-inch margins, in twentieths of a point (DXA). */
const CONTENT_WIDTH = 11906 - 2 * 1440;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

type Block = Paragraph | Table;
type ListContext = { reference: 'bullets' | 'numbers'; level: number; instance: number };
type Context = { width: number; list?: ListContext; quote?: boolean };

function textRun(text: string, marks: PmMark[], extra: { style?: string } = {}): TextRun {
  const has = (type: string) => marks.some((mark) => mark.type === type);
  return new TextRun({ text, bold: has('bold'), italics: has('italic'), ...(has('underline') ? { underline: {} } : {}), ...extra });
}

function runs(node: PmNode): ParagraphChild[] {
  return (node.content ?? []).flatMap((child): ParagraphChild[] => {
    if (child.type === 'hardBreak') return [new TextRun({ text: '', break: 1 })];
    if (child.type !== 'text') return runs(child);
    const marks = child.marks ?? [];
    const href = safeHref(marks.find((mark) => mark.type === 'link')?.attrs?.['href']);
    if (href) return [new ExternalHyperlink({ link: href, children: [textRun(child.text ?? '', marks, { style: 'Hyperlink' })] })];
    return [textRun(child.text ?? '', marks)];
  });
}

/** Turns ProseMirror nodes into docx blocks; list instances are counted so each list restarts. */
class DocxBuilder {
  private listCount = 0;

  blocks(node: PmNode, context: Context): Block[] {
    switch (node.type) {
      case 'paragraph':
        return [this.paragraph(node, context)];
      case 'heading': {
        return [new Paragraph({ heading: HEADINGS[headingLevel(node) - 1], children: runs(node) })];
      }
      case 'bulletList':
      case 'orderedList': {
        const list: ListContext = {
          reference: node.type === 'bulletList' ? 'bullets' : 'numbers',
          level: Math.min((context.list?.level ?? -1) + 1, 2),
          instance: ++this.listCount,
        };
        return (node.content ?? []).flatMap((item) =>
          (item.content ?? []).flatMap((child, index) =>
            // Only an item's first paragraph carries the bullet; the rest are indented under it.
            this.blocks(child, index === 0 || child.type !== 'paragraph' ? { ...context, list } : { ...context, list: { ...list, instance: -1 } }),
          ),
        );
      }
      case 'blockquote':
        return (node.content ?? []).flatMap((child) => this.blocks(child, { ...context, quote: true }));
      case 'table':
        return [this.table(node, context.width)];
      default:
        return (node.content ?? []).flatMap((child) => this.blocks(child, context));
    }
  }

  private paragraph(node: PmNode, context: Context): Paragraph {
    const { list } = context;
    const numbering = list && list.instance >= 0 ? { reference: list.reference, level: list.level, instance: list.instance } : undefined;
    const indent = list && !numbering ? { left: 720 * (list.level + 1) } : context.quote ? { left: 720 } : undefined;
    return new Paragraph({
      children: runs(node),
      ...(numbering ? { numbering } : {}),
      ...(indent ? { indent } : {}),
      ...(context.quote ? { border: { left: { style: 'single', size: 12, color: 'CBD2D9', space: 8 } } } : {}),
    });
  }

  private table(node: PmNode, width: number): Table {
    const rows = node.content ?? [];
    const columns = Math.max(1, ...rows.map((row) => (row.content ?? []).reduce((sum, cell) => sum + cellSpan(cell.attrs?.['colspan']), 0)));
    const columnWidth = Math.floor(width / columns);
    return new Table({
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      rows: rows.map(
        (row) =>
          new TableRow({
            children: (row.content ?? []).map((cell) => {
              const colspan = cellSpan(cell.attrs?.['colspan']);
              const cellWidth = columnWidth * colspan;
              const children = (cell.content ?? []).flatMap((child) => this.blocks(child, { width: cellWidth - 200 }));
              return new TableCell({
                width: { size: cellWidth, type: WidthType.DXA },
                columnSpan: colspan,
                rowSpan: cellSpan(cell.attrs?.['rowspan']),
                ...(cell.type === 'tableHeader' ? { shading: { type: ShadingType.CLEAR, fill: 'F0F4F8', color: 'auto' } } : {}),
                children: children.length > 0 ? children : [new Paragraph('')],
              });
            }),
          }),
      ),
    });
  }
}

/** A simple grid table of strings, for the cover's signatures and the annexes. */
function gridTable(head: string[], body: string[][]): Table {
  const columnWidth = Math.floor(CONTENT_WIDTH / Math.max(1, head.length));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      children: head.map(
        (_, i) =>
          new TableCell({
            width: { size: columnWidth, type: WidthType.DXA },
            ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F0F4F8', color: 'auto' } } : {}),
            children: [new Paragraph({ children: [new TextRun({ text: cells[i] ?? '', bold: header })] })],
          }),
      ),
    });
  return new Table({
    width: { size: columnWidth * head.length, type: WidthType.DXA },
    columnWidths: head.map(() => columnWidth),
    rows: [row(head, true), ...body.map((cells) => row(cells, false))],
  });
}

const listLevels = (format: 'bullet' | 'decimal') =>
  [0, 1, 2].map((level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level] : `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const { labels } = model;
  const plain = (text: string, options: { bold?: boolean; size?: number } = {}) =>
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...options })] });
  const cover: Block[] = [
    // The title sits a third of the way down the cover page, as official documents do.
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 3600, after: 480 }, children: [new TextRun(model.title)] }),
    ...(model.leadInstitution ? [plain(`${labels.leadInstitution}: ${model.leadInstitution}`)] : []),
    plain(`${labels.version}: ${model.versionName ?? labels.currentDraft}`),
    plain(`${labels.date}: ${formatDate(model.date, model.language)}`),
    plain(model.validated ? labels.validated : labels.draftNotice, { bold: true }),
    new Paragraph({ spacing: { before: 480, after: 160 }, children: [new TextRun({ text: labels.validationSteps, bold: true, size: 28 })] }),
    model.signatures.length
      ? gridTable(
          [labels.step, labels.signedBy, labels.signedOn, labels.reference],
          model.signatures.map((s) => [s.step, s.signedBy, formatDate(s.signedAt, model.language), s.note]),
        )
      : plain(labels.noSignature),
  ];
  const headings = headingsOf(model.content);
  const toc: Block[] = headings.length
    ? [
        new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: labels.contents, bold: true, size: 28 })] }),
        ...headings.map((h) => new Paragraph({ indent: { left: 360 * (h.level - 1) }, children: [new TextRun(h.text)] })),
      ]
    : [];
  const builder = new DocxBuilder();
  const body = (model.content.content ?? []).flatMap((node) => builder.blocks(node, { width: CONTENT_WIDTH }));
  const [firstBody] = body;
  const bodyStart = new Paragraph({ pageBreakBefore: true, children: [] });
  const annexes: Block[] = model.matrices.flatMap((matrix, index) => {
    const columns = [...new Set(matrix.rows.flatMap((row) => Object.keys(row)))];
    return [
      new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, children: [new TextRun(`${labels.annex} ${String.fromCharCode(65 + index)} — ${matrix.matrix}`)] }),
      gridTable(columns, matrix.rows.map((row) => columns.map((c) => cellText(row[c])))),
    ];
  });
  if (model.comments.length) {
    annexes.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, children: [new TextRun(labels.comments)] }));
    for (const c of model.comments) annexes.push(plain(`${c.author}${c.quote ? ` — « ${c.quote} »` : ''}: ${c.text}`));
  }
  const draftHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.END, children: [new TextRun({ text: labels.draft, bold: true, color: 'C81E1E', size: 28 })] })],
  });
  const document = new Document({
    title: model.title,
    creator: 'Cadre',
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels('bullet') },
        { reference: 'numbers', levels: listLevels('decimal') },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        ...(model.validated ? {} : { headers: { default: draftHeader } }),
        children: [...cover, ...toc, ...(firstBody ? [bodyStart, ...body] : []), ...annexes],
      },
    ],
  });
  return Packer.toBuffer(document);
}
