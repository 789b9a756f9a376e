/**
 * A tree of the HTML mammoth writes. Mammoth's output is generated, well formed and escaped
 * (only `&amp; &lt; &gt; &quot;`), so a small tokenizer reads it exactly; nothing of it is ever
 * rendered as HTML: the tree is only mapped, element by known element, to the editor's schema.
 */
export type HtmlNode = HtmlElement | string;
export type HtmlElement = { tag: string; attrs: Record<string, string>; children: HtmlNode[] };

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-:]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)|</g;
const ATTRIBUTE = /([a-zA-Z-:]+)(?:="([^"]*)")?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity] ?? '';
  });
}

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const open: HtmlElement[] = [root];
  for (const [, closing, name, rawAttrs, selfClosing, text] of html.matchAll(TOKEN)) {
    const parent = open[open.length - 1] ?? root;
    if (text !== undefined) {
      parent.children.push(decodeEntities(text));
    } else if (name === undefined) {
      parent.children.push('<');
    } else if (closing) {
      const tag = name.toLowerCase();
      // Close up to the matching element; a stray end tag closes nothing.
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
    } else {
      const attrs: Record<string, string> = {};
      for (const [, key, value] of (rawAttrs ?? '').matchAll(ATTRIBUTE)) if (key) attrs[key.toLowerCase()] = decodeEntities(value ?? '');
      const element: HtmlElement = { tag: name.toLowerCase(), attrs, children: [] };
      parent.children.push(element);
      if (!selfClosing && !VOID_TAGS.has(element.tag)) open.push(element);
    }
  }
  return root;
}
