import type { PmMark, PmNode } from '../../shared/schemas/versions.ts';
import { IMAGE_NODE, MAX_IMAGE_ALT } from '../../shared/editor/image-rules.ts';
import type { HtmlElement, HtmlNode } from './html-tree.ts';
import { isImportedImageSrc } from './images.ts';

/** What the mapping kept, changed or left out, counted for the import report. */
export type MappingCounts = {
  headings: number;
  paragraphs: number;
  lists: number;
  tables: number;
  mergedCells: number;
  links: number;
  /** Links to other schemes (`javascript:`, `file:`…): their text is kept without the link. */
  unsafeLinks: number;
  /** Heading levels 4–6, made level 3 (the editor has three). */
  deepHeadings: number;
  images: number;
  footnotes: number;
  elements: number;
};

/** Table spans beyond this are clamped, as the export does. */
const MAX_SPAN = 50;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const NOTE_ID = /^(footnote|endnote)-/;

/**
 * Maps mammoth's HTML to ProseMirror JSON of the editor's schema, allowing only what the
 * schema holds: an unknown element gives its text, never itself. Footnotes and endnotes are
 * gathered into a "Notes" section at the end, their references kept as `[n]` in the text.
 */
export function htmlToDoc(root: HtmlElement): { doc: PmNode; counts: MappingCounts } {
  const counts: MappingCounts = { headings: 0, paragraphs: 0, lists: 0, tables: 0, mergedCells: 0, links: 0, unsafeLinks: 0, deepHeadings: 0, images: 0, footnotes: 0, elements: 0 };
  const notes: PmNode[] = [];
  const node = (type: string, content?: PmNode[], attrs?: Record<string, unknown>): PmNode => {
    counts.elements++;
    return { type, ...(attrs ? { attrs } : {}), ...(content && content.length > 0 ? { content } : {}) };
  };

  function inlines(children: readonly HtmlNode[], marks: PmMark[]): PmNode[] {
    return children.flatMap((child): PmNode[] => {
      if (typeof child === 'string') {
        if (child === '') return [];
        counts.elements++;
        return [{ type: 'text', text: child, ...(marks.length ? { marks } : {}) }];
      }
      const inner = (mark?: PmMark) => inlines(child.children, mark && !marks.some((m) => m.type === mark.type) ? [...marks, mark] : marks);
      switch (child.tag) {
        case 'strong':
        case 'b':
          return inner({ type: 'bold' });
        case 'em':
        case 'i':
          return inner({ type: 'italic' });
        case 'u':
          return inner({ type: 'underline' });
        case 'br':
          return [node('hardBreak')];
        case 'img': {
          // Kept in the run for now; `paragraphs` lifts it out, the image being a block.
          counts.images++;
          const src = child.attrs['src'] ?? '';
          return isImportedImageSrc(src) ? [node(IMAGE_NODE, undefined, { src, alt: (child.attrs['alt'] ?? '').slice(0, MAX_IMAGE_ALT), width: null })] : [];
        }
        case 'a':
          return link(child, inner);
        default:
          return inner();
      }
    });
  }

  function link(a: HtmlElement, inner: (mark?: PmMark) => PmNode[]): PmNode[] {
    const href = (a.attrs['href'] ?? '').trim();
    // Note references and bookmarks point inside the document: their text stays, as text.
    if (href === '' || href.startsWith('#')) return inner();
    if (!SAFE_LINK.test(href) || href.length > 2048) {
      counts.unsafeLinks++;
      return inner();
    }
    counts.links++;
    return inner({ type: 'link', attrs: { href } });
  }

  const isImage = (child: PmNode) => child.type === IMAGE_NODE;
  /** A paragraph holds text only: where an image cannot be lifted out (a heading, a note), it is left out. */
  const textOnly = (content: PmNode[]) => content.filter((child) => !isImage(child));
  const paragraph = (content: PmNode[]) => {
    counts.paragraphs++;
    return node('paragraph', textOnly(content));
  };
  /** A Word paragraph holding images: its text before and after each, the images between. */
  const paragraphs = (content: PmNode[]): PmNode[] => {
    if (!content.some(isImage)) return [paragraph(content)];
    const out: PmNode[] = [];
    let run: PmNode[] = [];
    const flush = () => {
      if (run.length) out.push(paragraph(run));
      run = [];
    };
    for (const child of content) {
      if (!isImage(child)) run.push(child);
      else {
        flush();
        out.push(child);
      }
    }
    flush();
    return out;
  };

  function listItem(li: HtmlElement): PmNode {
    const content: PmNode[] = [];
    let pending: HtmlNode[] = [];
    const flush = () => {
      const text = inlines(pending, []);
      if (text.length > 0) content.push(...paragraphs(text));
      pending = [];
    };
    for (const child of li.children) {
      if (typeof child !== 'string' && ['ul', 'ol', 'p', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(child.tag)) {
        flush();
        content.push(...block(child));
      } else {
        pending.push(child);
      }
    }
    flush();
    // A list item starts with a paragraph: one holding only a sub-list gets an empty one.
    if (content[0]?.type !== 'paragraph') content.unshift(paragraph([]));
    return node('listItem', content);
  }

  function table(element: HtmlElement): PmNode[] {
    const rows = collect(element, 'tr').flatMap((tr): PmNode[] => {
      const cells = tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
      if (cells.length === 0) return [];
      return [
        node(
          'tableRow',
          cells.map((cell) => {
            const colspan = span(cell.attrs['colspan']);
            const rowspan = span(cell.attrs['rowspan']);
            if (colspan > 1 || rowspan > 1) counts.mergedCells++;
            const content = blocks(cell.children);
            return node(cell.tag === 'th' ? 'tableHeader' : 'tableCell', content.length > 0 ? content : [paragraph([])], { colspan, rowspan });
          }),
        ),
      ];
    });
    if (rows.length === 0) return [];
    counts.tables++;
    return [node('table', rows)];
  }

  function block(element: HtmlElement): PmNode[] {
    const heading = /^h([1-6])$/.exec(element.tag);
    if (heading) {
      const level = Number(heading[1]);
      if (level > 3) counts.deepHeadings++;
      counts.headings++;
      return [node('heading', textOnly(inlines(element.children, [])), { level: Math.min(level, 3) })];
    }
    switch (element.tag) {
      case 'p':
        return paragraphs(inlines(element.children, []));
      case 'ul':
      case 'ol': {
        const items = element.children.filter((c): c is HtmlElement => typeof c !== 'string' && c.tag === 'li');
        if (items.length > 0 && items.every((li) => NOTE_ID.test(li.attrs['id'] ?? ''))) {
          notes.push(...items.map(note));
          return [];
        }
        if (items.length === 0) return [];
        counts.lists++;
        return [node(element.tag === 'ol' ? 'orderedList' : 'bulletList', items.map(listItem))];
      }
      case 'table':
        return table(element);
      case 'dl':
        // Mammoth's list of comments: comments become review threads instead.
        return [];
      default:
        return blocks(element.children);
    }
  }

  /** A footnote as a paragraph "[n] text", without mammoth's "↑" link back. */
  function note(li: HtmlElement, index: number): PmNode {
    counts.footnotes++;
    const withoutBacklinks = (children: HtmlNode[]): HtmlNode[] =>
      children.flatMap((c): HtmlNode[] => (typeof c === 'string' ? [c] : c.tag === 'a' && (c.attrs['href'] ?? '').startsWith('#') ? [] : [{ ...c, children: withoutBacklinks(c.children) }]));
    const text = inlines(withoutBacklinks(li.children), []);
    const last = text[text.length - 1];
    // Mammoth leaves a space before the link back.
    if (last?.text !== undefined) last.text = last.text.trimEnd();
    return paragraph([{ type: 'text', text: `[${index + 1}] ` }, ...text.filter((t) => t.text !== '')]);
  }

  function blocks(children: readonly HtmlNode[]): PmNode[] {
    const out: PmNode[] = [];
    let loose: HtmlNode[] = [];
    const flush = () => {
      if (loose.some((c) => typeof c !== 'string' || c.trim() !== '')) out.push(...paragraphs(inlines(loose, [])));
      loose = [];
    };
    for (const child of children) {
      if (typeof child === 'string' || isInline(child)) loose.push(child);
      else {
        flush();
        out.push(...block(child));
      }
    }
    flush();
    return out;
  }

  const content = blocks(root.children);
  if (notes.length > 0) {
    counts.headings++;
    content.push(node('heading', [{ type: 'text', text: 'Notes' }], { level: 2 }), ...notes);
  }
  if (content.length === 0) content.push(paragraph([]));
  return { doc: { type: 'doc', content }, counts };
}

const INLINE_TAGS = new Set(['strong', 'b', 'em', 'i', 'u', 's', 'sup', 'sub', 'a', 'br', 'img', 'span']);
const isInline = (element: HtmlElement) => INLINE_TAGS.has(element.tag);

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_SPAN) : 1;
}

/** Descendants named `tag`, not looking inside nested tables. */
function collect(element: HtmlElement, tag: string): HtmlElement[] {
  return element.children.flatMap((c): HtmlElement[] => {
    if (typeof c === 'string') return [];
    if (c.tag === tag) return [c];
    return c.tag === 'table' ? [] : collect(c, tag);
  });
}
