import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { cellSpan, headingLevel, listStart, safeHref } from './attributes.ts';
import { formatDate } from './labels.ts';
import { headingsOf, type ExportModel } from './model.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function renderMarks(text: string, marks: PmMark[] = []): string {
  let html = escapeHtml(text).replace(/\n/g, '<br>');
  for (const mark of marks) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.['href']);
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

/**
 * HTML built from the ProseMirror JSON, element by element, with every text escaped: nothing
 * from the document is passed through as markup, so no script, handler or style can appear.
 */
export function renderNode(node: PmNode, anchors: { next: number }): string {
  const inner = () => (node.content ?? []).map((child) => renderNode(child, anchors)).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return renderMarks(node.text ?? '', node.marks);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = headingLevel(node) + 1;
      return `<h${level} id="section-${++anchors.next}">${inner()}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${inner()}</ul>`;
    case 'orderedList': {
      const start = listStart(node);
      return `<ol${start !== 1 ? ` start="${start}"` : ''}>${inner()}</ol>`;
    }
    case 'listItem':
      return `<li>${inner()}</li>`;
    case 'blockquote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    case 'tableRow':
      return `<tr>${inner()}</tr>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const colspan = cellSpan(node.attrs?.['colspan']);
      const rowspan = cellSpan(node.attrs?.['rowspan']);
      return `<${tag}${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${inner()}</${tag}>`;
    }
    default:
      // Unknown nodes keep their text, never their markup.
      return inner();
  }
}

const STYLE = `
  body { font-family: "Liberation Serif", "Times New Roman", serif; font-size: 12pt; line-height: 1.45; color: #1f2933; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
  h1 { font-size: 24pt; margin: 0 0 .4em; } h2 { font-size: 17pt; } h3 { font-size: 14pt; } h4 { font-size: 12pt; }
  .cover { page-break-after: always; border-bottom: 1px solid #cbd2d9; padding-bottom: 2em; margin-bottom: 2em; }
  .cover p { margin: .25em 0; } .status { font-weight: bold; }
  .draft-mark { position: fixed; inset-block-start: 0; inset-inline-end: 0; font: bold 14pt sans-serif; letter-spacing: .1em; color: #c81e1e; border: 2px solid #c81e1e; padding: 2pt 8pt; }
  table { border-collapse: collapse; width: 100%; margin: 1em 0; } th, td { border: 1px solid #9aa5b1; padding: 4pt 6pt; vertical-align: top; text-align: start; } th { background: #f0f4f8; }
  td p, th p { margin: 0; } blockquote { border-inline-start: 3px solid #cbd2d9; margin-inline-start: 0; padding-inline-start: 1em; color: #52606d; }
  nav ol { list-style: none; padding-inline-start: 0; } nav .l2 { padding-inline-start: 1.5em; } nav .l3 { padding-inline-start: 3em; }
  .annex { page-break-before: always; }
`;

function coverHtml(model: ExportModel): string {
  const { labels } = model;
  const signatures = model.signatures.length
    ? `<table><thead><tr><th>${escapeHtml(labels.step)}</th><th>${escapeHtml(labels.signedBy)}</th><th>${escapeHtml(labels.signedOn)}</th><th>${escapeHtml(labels.reference)}</th></tr></thead><tbody>${model.signatures
        .map((s) => `<tr><td>${escapeHtml(s.step)}</td><td>${escapeHtml(s.signedBy)}</td><td>${escapeHtml(formatDate(s.signedAt, model.language))}</td><td>${escapeHtml(s.note)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p>${escapeHtml(labels.noSignature)}</p>`;
  return `<section class="cover">
<h1>${escapeHtml(model.title)}</h1>
${model.leadInstitution ? `<p>${escapeHtml(labels.leadInstitution)}: ${escapeHtml(model.leadInstitution)}</p>` : ''}
<p>${escapeHtml(labels.version)}: ${escapeHtml(model.versionName ?? labels.currentDraft)}</p>
<p>${escapeHtml(labels.date)}: ${escapeHtml(formatDate(model.date, model.language))}</p>
<p class="status">${escapeHtml(model.validated ? labels.validated : labels.draftNotice)}</p>
<h2>${escapeHtml(labels.validationSteps)}</h2>
${signatures}
</section>`;
}

function annexesHtml(model: ExportModel): string {
  const annexes = model.matrices.map((matrix, index) => {
    const columns = [...new Set(matrix.rows.flatMap((row) => Object.keys(row)))];
    const head = columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
    const rows = matrix.rows.map((row) => `<tr>${columns.map((column) => `<td>${escapeHtml(cellText(row[column]))}</td>`).join('')}</tr>`).join('');
    return `<section class="annex"><h2>${escapeHtml(`${model.labels.annex} ${String.fromCharCode(65 + index)} — ${matrix.matrix}`)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
  });
  if (model.comments.length > 0) {
    const items = model.comments.map((c) => `<li><strong>${escapeHtml(c.author)}</strong>${c.quote ? ` — « ${escapeHtml(c.quote)} »` : ''}: ${escapeHtml(c.text)}</li>`).join('');
    annexes.push(`<section class="annex"><h2>${escapeHtml(model.labels.comments)}</h2><ul>${items}</ul></section>`);
  }
  return annexes.join('\n');
}

/** A matrix field as text: arrays joined, objects as JSON, nothing for null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A complete, self-contained and sanitized HTML page of the document. */
export function renderHtml(model: ExportModel): string {
  const headings = headingsOf(model.content);
  const toc = headings.length
    ? `<nav><h2>${escapeHtml(model.labels.contents)}</h2><ol>${headings.map((h) => `<li class="l${h.level}"><a href="#${h.anchor}">${escapeHtml(h.text)}</a></li>`).join('')}</ol></nav>`
    : '';
  const lang = escapeHtml(model.language);
  return `<!doctype html>
<html lang="${lang}" dir="${model.language === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${model.validated ? '' : `<div class="draft-mark" aria-hidden="true">${escapeHtml(model.labels.draft)}</div>`}
${coverHtml(model)}
${toc}
<main>${renderNode(model.content, { next: 0 })}</main>
${annexesHtml(model)}
</body>
</html>
`;
}
