import { Resvg } from '@resvg/resvg-js';
import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { annexesOf, type Annex, type AnnexBlock, type AnnexTable, type Detail } from './annexes.ts';
import { cleanText } from './attributes.ts';
import type { ExportModel } from './model.ts';
import { gridSvg } from './power-interest.ts';

/** A4 in twentieths of a point (DXA), and the width between two 1-inch margins in each orientation. */
export const A4 = { width: 11906, height: 16838, margin: 1440 };
export const PORTRAIT_WIDTH = A4.width - 2 * A4.margin;
const LANDSCAPE_WIDTH = A4.height - 2 * A4.margin;
const MUTED = '52606D';
const HEAD_FILL = 'F0F4F8';

/** The power–interest grid as a PNG at twice its size, sharp in print; fonts from the system (Debian's fonts-liberation). */
export function gridPng(svg: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng();
}

type Block = Paragraph | Table;
export type TableRowSpec = { cells: string[]; group?: boolean; indent?: boolean };
type TableOptions = {
  width: number;
  /** Each column's share of the width; equal shares by default. */
  shares?: readonly number[];
  /** Tints a cell's text. */
  color?: (row: number, column: number) => string | undefined;
  size?: number;
};

const lines = (text: string, run: { bold?: boolean; color?: string; size?: number } = {}): TextRun[] =>
  cleanText(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...run }));

/** A table of strings with a repeated header row; rows are never split across pages. */
export function docxTable(head: readonly string[], rows: readonly TableRowSpec[], { width, shares, color, size }: TableOptions): Table {
  const widths = head.map((_, i) => Math.floor(width * (shares?.[i] ?? 1 / Math.max(1, head.length))));
  const row = (spec: TableRowSpec, header: boolean, index: number) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: head.map((_, i) => {
        const tint = header ? undefined : color?.(index, i);
        const fill = header ? HEAD_FILL : spec.group ? 'F7F9FB' : undefined;
        return new TableCell({
          width: { size: widths[i] ?? 0, type: WidthType.DXA },
          ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
          children: [
            new Paragraph({
              ...(i === 0 && spec.indent ? { indent: { left: 284 } } : {}),
              // A group row (a measure) is named in bold; its other cells read as any row's.
              children: lines(spec.cells[i] ?? '', { bold: header || (spec.group === true && i === 0) || tint !== undefined, ...(tint ? { color: tint } : {}), ...(size ? { size } : {}) }),
            }),
          ],
        });
      }),
    });
  return new Table({
    width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [row({ cells: [...head] }, true, -1), ...rows.map((spec, index) => row(spec, false, index))],
  });
}

const subheading = (text: string, level: 2 | 3 | 4, mark?: string) =>
  new Paragraph({
    keepNext: true,
    spacing: { before: level === 2 ? 360 : 240, after: 120 },
    children: [
      new TextRun({ text: cleanText(text), bold: true, size: { 2: 28, 3: 24, 4: 22 }[level] }),
      ...(mark ? [new TextRun({ text: ` — ${cleanText(mark)}`, bold: true, color: '1F7A3A', size: 20 })] : []),
    ],
  });

const detailParagraph = (detail: Detail) =>
  new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${cleanText(detail.label)}: `, color: MUTED }), ...lines(detail.value)] });

const note = (details: readonly Detail[]) =>
  new Paragraph({ spacing: { after: 120 }, children: lines(details.map((d) => `${d.label}: ${d.value}`).join(' · '), { color: MUTED, size: 18 }) });

/** SWOT as a 2 × 2 table: strengths and weaknesses above, opportunities and threats below. */
function swotTable(block: Extract<AnnexBlock, { type: 'swot' }>, width: number): Table {
  const half = Math.floor(width / 2);
  const border = { style: BorderStyle.SINGLE, size: 6, color: '9AA5B1' };
  const cell = (q: (typeof block.quadrants)[number] | undefined) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      margins: { top: 120, bottom: 120, left: 160, right: 160 },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: cleanText(q?.label ?? ''), bold: true, size: 24 })] }),
        ...(q?.points ?? []).flatMap((point) => [
          new Paragraph({ bullet: { level: 0 }, children: lines(point.text) }),
          ...(point.details.length ? [note(point.details)] : []),
        ]),
      ],
    });
  const [a, b, c, d] = block.quadrants;
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    rows: [new TableRow({ children: [cell(a), cell(b)] }), new TableRow({ children: [cell(c), cell(d)] })],
  });
}

function gridImage(block: Extract<AnnexBlock, { type: 'grid' }>, width: number): Paragraph[] {
  const { svg, width: w, height: h } = gridSvg(block.points, block.labels);
  // DXA to pixels at 96 dpi, kept within the page's width and, on a landscape page, its height.
  const maxWidth = Math.round(width / 15);
  const maxHeight = width > PORTRAIT_WIDTH ? 560 : 900;
  const scale = Math.min(maxWidth / w, maxHeight / h, 1.2);
  return [
    subheading(block.title, 3),
    new Paragraph({
      children: [new ImageRun({ type: 'png', data: gridPng(svg), transformation: { width: Math.round(w * scale), height: Math.round(h * scale) }, altText: { name: block.title, title: block.title, description: block.title } })],
    }),
  ];
}

function blocksOf(block: AnnexBlock, width: number): Block[] {
  switch (block.type) {
    case 'heading':
      return [subheading(block.text, block.level, block.mark)];
    case 'details':
      return block.items.map(detailParagraph);
    case 'table':
      return [annexTable(block.table, width), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'definitions':
      return block.items.flatMap((item) => [
        new Paragraph({ keepNext: true, spacing: { before: 200, after: 60 }, children: [new TextRun({ text: cleanText(item.term), bold: true })] }),
        new Paragraph({ indent: { left: 360 }, spacing: { after: item.details.length ? 40 : 120 }, children: lines(item.definition) }),
        ...(item.details.length ? [new Paragraph({ indent: { left: 360 }, spacing: { after: 120 }, children: lines(item.details.map((d) => `${d.label}: ${d.value}`).join(' · '), { color: MUTED, size: 18 }) })] : []),
      ]);
    case 'swot':
      return [swotTable(block, width)];
    case 'grid':
      return gridImage(block, width);
  }
}

/** A small table (an option's scores) keeps to its content; the others take the page's width. */
const annexTable = (table: AnnexTable, width: number): Table =>
  docxTable(table.head, table.rows, { width: table.head.length <= 2 ? Math.min(width, 5000) : width, shares: table.shares, size: 18 });

type Furniture = Pick<ISectionOptions, 'headers' | 'footers'>;

/**
 * One section per annex, so that a wide one turns its pages to landscape without turning the
 * others; every section starts a page and carries the running header and page numbers.
 */
export function annexSections(model: ExportModel, furniture: (width: number) => Furniture): ISectionOptions[] {
  const { labels } = model;
  const section = (title: string, landscape: boolean, children: Block[]): ISectionOptions => ({
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, ...(landscape ? { orientation: 'landscape' as const } : {}) },
        margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
      },
    },
    ...furniture(landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH),
    children: [new Paragraph({ heading: HeadingLevel.HEADING_1, outlineLevel: 0, children: [new TextRun(cleanText(title))] }), ...children],
  });
  const sections = annexesOf(model).map((annex: Annex, index) => {
    const width = annex.landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
    return section(`${labels.annex} ${String.fromCharCode(65 + index)} — ${annex.title}`, annex.landscape, annex.blocks.flatMap((b) => blocksOf(b, width)));
  });
  if (model.comments.length) {
    const comments = model.comments.map(
      (c) => new Paragraph({ spacing: { after: 120 }, children: lines(`${c.author}${c.quote ? ` — « ${c.quote} »` : ''}: ${c.text}`) }),
    );
    sections.push(section(labels.comments, false, comments));
  }
  return sections;
}
