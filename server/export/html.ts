import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { blockDirection, cellSpan, headingLevel, listStart, safeHref } from './attributes.ts';
import { ANNEX_STYLE, annexesHtml } from './annex-html.ts';
import { coverOf } from './cover.ts';
import { escapeHtml } from './escape.ts';
import { imageHtml, type ExportImages } from './images.ts';
import { headingsOf, type ExportModel } from './model.ts';


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
/** The direction a writer set on a block; without one, the style sheet's `unicode-bidi: plaintext` follows its text. */
const dirAttribute = (node: PmNode): string => {
  const dir = blockDirection(node);
  return dir ? ` dir="${dir}"` : '';
};

export function renderNode(node: PmNode, anchors: { next: number; images?: ExportImages; imageLabel?: string }): string {
  const inner = () => (node.content ?? []).map((child) => renderNode(child, anchors)).join('');
  switch (node.type) {
    case 'doc':
      return inner();
    case 'text':
      return renderMarks(node.text ?? '', node.marks);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p${dirAttribute(node)}>${inner()}</p>`;
    case 'heading': {
      const level = headingLevel(node) + 1;
      return `<h${level} id="section-${++anchors.next}"${dirAttribute(node)}>${inner()}</h${level}>`;
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
    case 'image':
      return imageHtml(node, anchors.images, anchors.imageLabel ?? 'Image');
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
  .cover { break-after: page; padding-bottom: 2em; margin-bottom: 2em; }
  .cover h1 { margin-bottom: 1em; } .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0 0 1.5em; } .cover dt { color: #52606d; } .cover dd { margin: 0; }
  .status { border: 2px solid #c81e1e; color: #c81e1e; padding: .5em .8em; margin: 1.5em 0; } .status.validated { border-color: #1f7a3a; color: #1f7a3a; }
  .status strong { display: block; font-size: 14pt; } .status span { color: #1f2933; }
  .ladder td.state { font-weight: bold; } .ladder .signed td.state { color: #1f7a3a; } .ladder .needsRevalidation td.state { color: #b45309; } .ladder .pending td.state { color: #52606d; }
  .draft-mark { position: fixed; inset-block-start: 0; inset-inline-end: 0; font: bold 14pt sans-serif; letter-spacing: .1em; color: #c81e1e; border: 2px solid #c81e1e; padding: 2pt 8pt; }
  table { border-collapse: collapse; width: 100%; margin: 1em 0; } th, td { border: 1px solid #9aa5b1; padding: 4pt 6pt; vertical-align: top; text-align: start; } th { background: #f0f4f8; }
  figure.image { margin: 1em 0; } figure.image img { max-width: 100%; height: auto; } .missing-image { font-style: italic; color: #52606d; }
  p:not([dir]), h1:not([dir]), h2:not([dir]), h3:not([dir]), h4:not([dir]) { unicode-bidi: plaintext; }
  td p, th p { margin: 0; } blockquote { border-inline-start: 3px solid #cbd2d9; margin-inline-start: 0; padding-inline-start: 1em; color: #52606d; }
  nav ol { list-style: none; padding-inline-start: 0; } nav .l2 { padding-inline-start: 1.5em; } nav .l3 { padding-inline-start: 3em; }
  @media print { body { max-width: none; margin: 0; padding: 0; } .draft-mark { position: static; float: inline-end; } }
`;

/** Text as a CSS string literal: every character but letters, digits and spaces escaped by code point. */
const cssString = (text: string): string => `"${[...text].map((c) => (/[\p{L}\p{N} ]/u.test(c) ? c : `\\${c.codePointAt(0)?.toString(16)} `)).join('')}"`;

/** Printed from a browser: the title runs at the top of every page but the cover, page numbers at the bottom. */
function pageStyle(model: ExportModel): string {
  const { labels } = model;
  return `@page { size: A4; margin: 22mm 20mm;
    @top-center { content: ${cssString(model.title)}; font: 9pt "Liberation Sans", Arial, sans-serif; color: #52606d; }
    @bottom-center { content: ${cssString(`${labels.page} `)} counter(page) ${cssString(` ${labels.of} `)} counter(pages); font: 9pt "Liberation Sans", Arial, sans-serif; } }
  @page :first { @top-center { content: none; } }`;
}

function coverHtml(model: ExportModel): string {
  const cover = coverOf(model);
  const facts = cover.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('');
  const ladder = cover.rows.length
    ? `<table class="ladder"><thead><tr>${cover.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${cover.rows
        .map(
          (row) =>
            `<tr class="${row.status}" data-step-status="${row.status}">${row.cells
              .map((cell, i) => `<td${i === 1 ? ' class="state"' : ''}>${escapeHtml(cell)}</td>`)
              .join('')}</tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return `<section class="cover">
<h1>${escapeHtml(model.title)}</h1>
<dl>${facts}</dl>
<p class="status${model.validated ? ' validated' : ''}" data-validated="${model.validated}"><strong>${escapeHtml(cover.status)}</strong><span>${escapeHtml(cover.statusDetail)}</span></p>
<h2>${escapeHtml(model.labels.validationSteps)}</h2>
${ladder}
</section>`;
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
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}${ANNEX_STYLE}${pageStyle(model)}</style>
</head>
<body>
${model.validated ? '' : `<div class="draft-mark" aria-hidden="true">${escapeHtml(model.labels.draft)}</div>`}
${coverHtml(model)}
${toc}
<main>${renderNode(model.content, { next: 0, images: model.images, imageLabel: model.labels.image })}</main>
${annexesHtml(model)}
</body>
</html>
`;
}
