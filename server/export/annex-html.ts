import { annexesOf, type AnnexBlock, type AnnexTable, type Detail } from './annexes.ts';
import { escapeHtml } from './escape.ts';
import type { ExportModel } from './model.ts';
import { gridSvg } from './power-interest.ts';

/** Styles of the annexes, added to the page's; landscape annexes print on landscape pages. */
export const ANNEX_STYLE = `
  .annex { break-before: page; } .annex h3 { margin-top: 1.4em; } .annex h4 { margin: 1em 0 .3em; font-size: 12pt; } .annex h5 { margin: 1em 0 .3em; font-size: 11pt; }
  @page landscape { size: A4 landscape; } .annex.landscape { page: landscape; }
  .annex table { font-size: 9.5pt; } .annex tr.group td { background: #f7f9fb; } .annex tr.group td:first-child { font-weight: bold; } .annex td.indent { padding-inline-start: 16pt; }
  .mark { display: inline-block; margin-inline-start: .6em; padding: 0 .5em; border: 1px solid #1f7a3a; color: #1f7a3a; font-size: 9pt; font-weight: bold; text-transform: uppercase; letter-spacing: .04em; }
  .details { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .3em 0 .8em; } .details dt { color: #52606d; } .details dd { margin: 0; white-space: pre-line; }
  .swot { display: grid; grid-template-columns: 1fr 1fr; border: 1px solid #9aa5b1; } .swot section { padding: 6pt 10pt; border: 1px solid #9aa5b1; break-inside: avoid; }
  .swot h3 { margin: 0 0 .4em; font-size: 12pt; } .swot ul { margin: 0; padding-inline-start: 1.2em; } .swot .note { color: #52606d; font-size: 9pt; }
  .glossary dt { font-weight: bold; margin-top: .8em; } .glossary dd { margin-inline-start: 1.2em; } .glossary .note { color: #52606d; font-size: 9.5pt; }
  figure.grid { margin: 1.5em 0; break-inside: avoid; } figure.grid svg { max-width: 100%; height: auto; }
`;

const text = (value: string) => escapeHtml(value).replace(/\n/g, '<br>');
const note = (details: readonly Detail[]) => details.map((d) => `${escapeHtml(d.label)}: ${text(d.value)}`).join(' · ');

function tableHtml(table: AnnexTable): string {
  const cols = table.shares.map((share) => `<col style="width: ${(share * 100).toFixed(1)}%">`).join('');
  const head = table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => {
      const cells = row.cells.map((cell, i) => `<td${i === 0 && row.indent ? ' class="indent"' : ''}>${text(cell)}</td>`).join('');
      return `<tr${row.group ? ' class="group"' : ''}>${cells}</tr>`;
    })
    .join('');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function blockHtml(block: AnnexBlock): string {
  switch (block.type) {
    case 'heading': {
      const level = block.level + 1;
      return `<h${level}>${escapeHtml(block.text)}${block.mark ? `<span class="mark">${escapeHtml(block.mark)}</span>` : ''}</h${level}>`;
    }
    case 'details':
      return block.items.length ? `<dl class="details">${block.items.map((d) => `<dt>${escapeHtml(d.label)}</dt><dd>${text(d.value)}</dd>`).join('')}</dl>` : '';
    case 'table':
      return tableHtml(block.table);
    case 'definitions':
      return `<dl class="glossary">${block.items
        .map((item) => `<dt>${escapeHtml(item.term)}</dt><dd>${text(item.definition)}${item.details.length ? `<div class="note">${note(item.details)}</div>` : ''}</dd>`)
        .join('')}</dl>`;
    case 'swot':
      return `<div class="swot">${block.quadrants
        .map(
          (q) =>
            `<section><h3>${escapeHtml(q.label)}</h3><ul>${q.points
              .map((point) => `<li>${text(point.text)}${point.details.length ? `<div class="note">${note(point.details)}</div>` : ''}</li>`)
              .join('')}</ul></section>`,
        )
        .join('')}</div>`;
    case 'grid':
      // Drawn from escaped text only: the SVG carries no script, link or style from the data.
      return `<figure class="grid"><figcaption><h3>${escapeHtml(block.title)}</h3></figcaption>${gridSvg(block.points, block.labels).svg}</figure>`;
  }
}

/** The matrices' annexes and, when asked, the comments, each starting a page. */
export function annexesHtml(model: ExportModel): string {
  const annexes = annexesOf(model).map(
    (annex, index) =>
      `<section class="annex${annex.landscape ? ' landscape' : ''}"><h2>${escapeHtml(`${model.labels.annex} ${String.fromCharCode(65 + index)} — ${annex.title}`)}</h2>${annex.blocks.map(blockHtml).join('')}</section>`,
  );
  if (model.comments.length > 0) {
    const items = model.comments.map((c) => `<li><strong>${escapeHtml(c.author)}</strong>${c.quote ? ` — « ${escapeHtml(c.quote)} »` : ''}: ${escapeHtml(c.text)}</li>`).join('');
    annexes.push(`<section class="annex"><h2>${escapeHtml(model.labels.comments)}</h2><ul>${items}</ul></section>`);
  }
  return annexes.join('\n');
}
