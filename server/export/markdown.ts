import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { headingLevel, listStart, safeHref } from './attributes.ts';
import { cellText } from './html.ts';
import { formatDate } from './labels.ts';
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

function block(node: PmNode, indent: string): string[] {
  switch (node.type) {
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
        const inner = (item.content ?? []).flatMap((child) => block(child, indent + ' '.repeat(marker.length))).filter((l) => l !== '');
        const [first = '', ...rest] = inner;
        return [indent + marker + first.slice(indent.length + marker.length), ...rest];
      });
      return [...lines, ''];
    }
    case 'blockquote': {
      const lines = (node.content ?? []).flatMap((child) => block(child, ''));
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
      return (node.content ?? []).flatMap((child) => block(child, indent));
  }
}

/** CommonMark with GitHub tables; text escaped, links limited to web and mail. */
export function renderMarkdown(model: ExportModel): string {
  const { labels } = model;
  const lines: string[] = [`# ${escapeMarkdown(model.title)}`, ''];
  if (!model.validated) lines.push(`**${escapeMarkdown(labels.draftNotice)}**`, '');
  if (model.leadInstitution) lines.push(`${labels.leadInstitution}: ${escapeMarkdown(model.leadInstitution)}  `);
  lines.push(`${labels.version}: ${escapeMarkdown(model.versionName ?? labels.currentDraft)}  `, `${labels.date}: ${formatDate(model.date, model.language)}`, '');
  lines.push(`## ${labels.validationSteps}`, '');
  if (model.signatures.length === 0) lines.push(labels.noSignature, '');
  for (const s of model.signatures) {
    lines.push(`- ${escapeMarkdown(s.step)}: ${escapeMarkdown(s.signedBy)}, ${formatDate(s.signedAt, model.language)}${s.note ? ` (${escapeMarkdown(s.note)})` : ''}`);
  }
  const headings = headingsOf(model.content);
  if (headings.length) {
    lines.push('', `## ${labels.contents}`, '');
    for (const h of headings) lines.push(`${'  '.repeat(h.level - 1)}- ${escapeMarkdown(h.text)}`);
  }
  lines.push('', ...(model.content.content ?? []).flatMap((node) => block(node, '')));
  model.matrices.forEach((matrix, index) => {
    const columns = [...new Set(matrix.rows.flatMap((row) => Object.keys(row)))];
    lines.push(`## ${labels.annex} ${String.fromCharCode(65 + index)} — ${escapeMarkdown(matrix.matrix)}`, '');
    lines.push(`| ${columns.map(escapeMarkdown).join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of matrix.rows) lines.push(`| ${columns.map((c) => tableCell(escapeMarkdown(cellText(row[c])))).join(' | ')} |`);
    lines.push('');
  });
  if (model.comments.length) {
    lines.push(`## ${labels.comments}`, '');
    for (const c of model.comments) lines.push(`- **${escapeMarkdown(c.author)}**: ${escapeMarkdown(c.text)}${c.quote ? ` (${escapeMarkdown(c.quote)})` : ''}`);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
