import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { cellSpan, headingLevel, safeHref, shownDirection } from './attributes.ts';
import { A4, annexSections, docxTable, PORTRAIT_WIDTH } from './annex-docx.ts';
import { coverOf } from './cover.ts';
import { imageDocx } from './image-docx.ts';
import type { ExportImages } from './images.ts';
import { headingsOf, plainText, type CoverStep, type ExportModel } from './model.ts';

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

  constructor(private readonly images: { images?: ExportImages | undefined; label: string }) {}

  blocks(node: PmNode, context: Context): Block[] {
    switch (node.type) {
      case 'paragraph':
        return [this.paragraph(node, context)];
      case 'heading': {
        // The outline level is what the contents field collects, in Word and LibreOffice alike.
        const level = headingLevel(node);
        return [new Paragraph({ heading: HEADINGS[level - 1], outlineLevel: level - 1, children: runs(node), ...bidirectional(node) })];
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
      case 'image':
        return [imageDocx(node, this.images.images, context.width, this.images.label)];
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
      ...bidirectional(node),
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

/** Right-to-left paragraphs (set so, or starting with an Arabic letter) read so in Word too. */
const bidirectional = (node: PmNode): { bidirectional?: true } => (shownDirection(node, plainText(node)) === 'rtl' ? { bidirectional: true } : {});

const listLevels = (format: 'bullet' | 'decimal') =>
  [0, 1, 2].map((level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? ['•', '◦', '▪'][level] : `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

const RED = 'C81E1E';
const GREEN = '1F7A3A';
const STATE_COLORS: Record<CoverStep['status'], string> = { signed: GREEN, needsRevalidation: 'B45309', pending: '52606D' };
const SANS = 'Liberation Sans';
/** Widths of the ladder's columns (step, state, signed by, signed on, reference), in shares of the page. */
const LADDER_SHARES = [0.22, 0.22, 0.18, 0.19, 0.19];

/** The cover page: workspace, title, facts, the validation status and the ladder as the screen shows it. */
function coverBlocks(model: ExportModel): Block[] {
  const cover = coverOf(model);
  const statusColor = model.validated ? GREEN : RED;
  const border = { style: BorderStyle.SINGLE, size: 16, color: statusColor, space: 6 };
  return [
    // The title sits a fifth of the way down the cover page, as official documents do.
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 480 }, children: [new TextRun(model.title)] }),
    ...cover.facts.map(
      (fact) =>
        new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${fact.label}: `, color: '52606D' }), new TextRun(fact.value)] }),
    ),
    new Paragraph({
      spacing: { before: 360 },
      border: { top: border, left: border, right: border },
      children: [new TextRun({ text: cover.status, bold: true, size: 28, color: statusColor })],
    }),
    new Paragraph({ spacing: { after: 360 }, border: { bottom: border, left: border, right: border }, children: [new TextRun(cover.statusDetail)] }),
    new Paragraph({ spacing: { before: 240, after: 160 }, keepNext: true, children: [new TextRun({ text: model.labels.validationSteps, bold: true, size: 28 })] }),
    ...(cover.rows.length
      ? [
          docxTable(cover.head, cover.rows, {
            width: PORTRAIT_WIDTH,
            shares: LADDER_SHARES,
            color: (row, column) => (column === 1 ? STATE_COLORS[cover.rows[row]?.status ?? 'pending'] : undefined),
          }),
        ]
      : []),
  ];
}

/**
 * Every page but the cover carries the title (and the draft mark) at the top and its number at
 * the bottom; the cover carries only the draft mark. The contents field is filled with page
 * numbers by LibreOffice for ODT and PDF (`converters.ts`) and by Word when it opens the file.
 */
function pageFurniture(model: ExportModel, width: number) {
  const { labels } = model;
  const mark = model.validated ? [] : [new TextRun({ children: [new Tab(), labels.draft], bold: true, color: RED, size: 24 })];
  const small = { font: SANS, size: 18, color: '52606D' };
  // The draft mark sits at the right margin, which a landscape page moves.
  const tabStops = [{ type: TabStopType.RIGHT, position: width }];
  return {
    headers: {
      first: new Header({ children: [new Paragraph({ tabStops, children: mark })] }),
      default: new Header({ children: [new Paragraph({ tabStops, children: [new TextRun({ text: model.title, ...small }), ...mark] })] }),
    },
    footers: {
      first: new Footer({ children: [] }),
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [`${labels.page} `, PageNumber.CURRENT, ` ${labels.of} `, PageNumber.TOTAL_PAGES], ...small })],
          }),
        ],
      }),
    },
  };
}

export async function renderDocx(model: ExportModel): Promise<Buffer> {
  const { labels } = model;
  const hasHeadings = headingsOf(model.content).length > 0 || model.matrices.length > 0 || model.comments.length > 0 || Boolean(model.extraAnnexes?.length);
  const toc: Array<Block | TableOfContents> = hasHeadings
    ? [
        new Paragraph({ pageBreakBefore: true, spacing: { after: 240 }, children: [new TextRun({ text: labels.contents, bold: true, size: 28 })] }),
        new TableOfContents(labels.contents, { headingStyleRange: '1-3' }),
      ]
    : [];
  const builder = new DocxBuilder({ images: model.images, label: labels.image });
  const body = (model.content.content ?? []).flatMap((node) => builder.blocks(node, { width: PORTRAIT_WIDTH }));
  const [firstBody] = body;
  const bodyStart = new Paragraph({ pageBreakBefore: true, children: [] });
  const furniture = pageFurniture(model, PORTRAIT_WIDTH);
  const document = new Document({
    title: model.title,
    creator: 'Cadre',
    // Word fills the contents' page numbers on opening (it asks first).
    features: { updateFields: true },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels('bullet') },
        { reference: 'numbers', levels: listLevels('decimal') },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: A4.width, height: A4.height }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } },
        },
        ...furniture,
        children: [...coverBlocks(model), ...toc, ...(firstBody ? [bodyStart, ...body] : [])],
      },
      // The annexes' sections have no title page: only the cover goes without header and number.
      ...annexSections(model, (width) => {
        const { headers, footers } = pageFurniture(model, width);
        return { headers: { default: headers.default }, footers: { default: footers.default } };
      }),
    ],
  });
  return Packer.toBuffer(document);
}
