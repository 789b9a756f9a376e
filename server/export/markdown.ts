import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { headingLevel, listStart, safeHref } from './attributes.ts';
import { GRID_QUADRANTS } from '../../shared/matrices/presentation.ts';
import { derivedEngagement } from '../../shared/schemas/matrices/index.ts';
import { annexesOf, type AnnexBlock, type AnnexTable, type Detail } from './annexes.ts';
import { coverOf } from './cover.ts';
import { imageMarkdown } from './images.ts';
import { headingsOf, type ExportModel } from './model.ts';

/**
 * Escapes what Markdown would read as syntax or raw HTML: emphasis, code, links, tables and
 * tags anywhere, headings, list and quote markers at the start of a line. Other punctuation
 * stays as written, so the file remains readable as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([#>+-]|\d+[.)])/gm, (_match, space: string, marker: string) => `${space}${marker.replace(/[#>+\-.)]/, '\\$&')}`);
}

function inline(node: PmNode): string {
  return (node.content ?? [])
    .map((child) => {
      if (child.type === 'hardBreak') return '  \n';
      if (child.type !== 'text') return inline(child);
      return withMarks(escapeMarkdown(child.text ?? ''), child.marks);
    })
    .join('');
}

function withMarks(text: string, marks: PmMark[] = []): string {
  let result = text;
  for (const mark of marks) {
    if (mark.type === 'bold') result = `**${result}**`;
    else if (mark.type === 'italic') result = `*${result}*`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.['href']);
      if (href) result = `[${result}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
    }
  }
  return result;
}

const tableCell = (text: string): string => text.replace(/\n+/g, ' ').trim();

type ImagesOf = Pick<ExportModel, 'images' | 'labels'>;

function block(node: PmNode, indent: string, model: ImagesOf): string[] {
  switch (node.type) {
    case 'image':
      return [indent + imageMarkdown(node, model.images, model.labels.image, escapeMarkdown), ''];
    case 'paragraph':
      return [indent + inline(node), ''];
    case 'heading':
      // `#` is the title: document headings start one level below it.
      return [`${'#'.repeat(headingLevel(node) + 1)} ${inline(node)}`, ''];
    case 'bulletList':
    case 'orderedList': {
      const start = listStart(node);
      const lines = (node.content ?? []).flatMap((item, index) => {
        const marker = node.type === 'bulletList' ? '- ' : `${start + index}. `;
        const inner = (item.content ?? []).flatMap((child) => block(child, indent + ' '.repeat(marker.length), model)).filter((l) => l !== '');
        const [first = '', ...rest] = inner;
        return [indent + marker + first.slice(indent.length + marker.length), ...rest];
      });
      return [...lines, ''];
    }
    case 'blockquote': {
      const lines = (node.content ?? []).flatMap((child) => block(child, '', model));
      // The inner blocks' closing blank line is dropped, or each nesting level would add a line.
      while (lines.at(-1) === '') lines.pop();
      return [...lines.map((line) => `${indent}> ${line}`.trimEnd()), ''];
    }
    case 'table': {
      const rows = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => tableCell(cell.content?.map(inline).join(' ') ?? '')));
      const width = Math.max(1, ...rows.map((r) => r.length));
      const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      const [head = [], ...body] = rows;
      return [line(head), line(Array.from({ length: width }, () => '---')), ...body.map(line), ''];
    }
    default:
      return (node.content ?? []).flatMap((child) => block(child, indent, model));
  }
}

/** An annex table; Markdown has no cell styles, so a measure is bold and its activities start with an arrow. */
function annexTable(table: AnnexTable): string[] {
  const cell = (row: AnnexTable['rows'][number], text: string, column: number) => {
    const escaped = escapeMarkdown(text);
    if (column > 0 || !text) return escaped;
    return row.group ? `**${escaped}**` : row.indent ? `↳ ${escaped}` : escaped;
  };
  return [
    `| ${table.head.map((h) => tableCell(escapeMarkdown(h))).join(' | ')} |`,
    `| ${table.head.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.cells.map((text, i) => tableCell(cell(row, text, i))).join(' | ')} |`),
    '',
  ];
}

const noteOf = (details: readonly Detail[]) => details.map((d) => `${d.label}: ${d.value}`).join(' · ');

function annexBlock(block: AnnexBlock): string[] {
  switch (block.type) {
    case 'heading':
      return [`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}${block.mark ? ` — **${escapeMarkdown(block.mark)}**` : ''}`, ''];
    case 'details':
      return block.items.length ? [...block.items.map((d) => `${escapeMarkdown(d.label)}: ${escapeMarkdown(tableCell(d.value))}  `), ''] : [];
    case 'table':
      return annexTable(block.table);
    case 'definitions':
      return block.items.flatMap((item) => [
        `**${escapeMarkdown(item.term)}**  `,
        `${escapeMarkdown(tableCell(item.definition))}${item.details.length ? `  \n*${escapeMarkdown(noteOf(item.details))}*` : ''}`,
        '',
      ]);
    case 'swot':
      return block.quadrants.flatMap((q) => [
        `### ${escapeMarkdown(q.label)}`,
        '',
        ...q.points.map((point) => `- ${escapeMarkdown(tableCell(point.text))}${point.details.length ? ` (${escapeMarkdown(noteOf(point.details))})` : ''}`),
        '',
      ]);
    case 'grid':
      // Markdown holds no picture: the grid's quadrants as lists of names.
      return [`### ${escapeMarkdown(block.title)}`, '', ...gridLines(block)];
  }
}

function gridLines(block: Extract<AnnexBlock, { type: 'grid' }>): string[] {
  return GRID_QUADRANTS.flatMap(({ strategy }) => {
    const names = block.points.filter((p) => derivedEngagement(p.influence, p.interest) === strategy).map((p) => `${p.name} (${block.labels.positions[p.position]})`);
    return names.length ? [`- **${escapeMarkdown(block.labels.quadrants[strategy])}**: ${escapeMarkdown(names.join('; '))}`] : [];
  });
}

/** CommonMark with GitHub tables; text escaped, links limited to web and mail. */
export function renderMarkdown(model: ExportModel): string {
  const { labels } = model;
  const cover = coverOf(model);
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  lines.push(`**${escapeMarkdown(cover.status)}** — ${escapeMarkdown(cover.statusDetail)}`, '');
  for (const fact of cover.facts) lines.push(`${escapeMarkdown(fact.label)}: ${escapeMarkdown(fact.value)}  `);
  lines.push('', `## ${labels.validationSteps}`, '');
  if (cover.rows.length) {
    lines.push(`| ${cover.head.map(escapeMarkdown).join(' | ')} |`, `| ${cover.head.map(() => '---').join(' | ')} |`);
    for (const row of cover.rows) lines.push(`| ${row.cells.map((cell) => tableCell(escapeMarkdown(cell))).join(' | ')} |`);
  }
  const headings = headingsOf(model.content);
  if (headings.length) {
    lines.push('', `## ${labels.contents}`, '');
    for (const h of headings) lines.push(`${'  '.repeat(h.level - 1)}- ${escapeMarkdown(h.text)}`);
  }
  lines.push('', ...(model.content.content ?? []).flatMap((node) => block(node, '', model)));
  annexesOf(model).forEach((annex, index) => {
    lines.push(`## ${labels.annex} ${String.fromCharCode(65 + index)} — ${escapeMarkdown(annex.title)}`, '', ...annex.blocks.flatMap(annexBlock));
  });
  if (model.comments.length) {
    lines.push(`## ${labels.comments}`, '');
    for (const c of model.comments) lines.push(`- **${escapeMarkdown(c.author)}**: ${escapeMarkdown(c.text)}${c.quote ? ` (${escapeMarkdown(c.quote)})` : ''}`);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
