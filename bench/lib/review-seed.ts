/**
 * Opens review threads on a generated document through Cadre's API, anchored on paragraphs
 * spread evenly over it, as reviewers would leave them.
 */
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { anchorInText, plainText } from '../../shared/review/anchors.ts';

const QUOTE_CHARS = 12;

/** The texts of top-level paragraphs long enough to quote from, in document order. */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const block of doc.getXmlFragment(DOC_CONTENT_FIELD).toArray()) {
    if (!(block instanceof Y.XmlElement) || block.nodeName !== 'paragraph') continue;
    const text = block.get(0);
    if (text instanceof Y.XmlText && text.length > QUOTE_CHARS) texts.push(text);
  }
  return texts;
}

export async function seedThreads(httpBase: string, cookie: string | undefined, documentId: string, doc: Y.Doc, count: number): Promise<void> {
  const texts = paragraphTexts(doc);
  if (texts.length === 0) throw new Error('no paragraph to comment on');
  const bodies = Array.from({ length: count }, (_, i) => {
    const text = texts[Math.floor((i * texts.length) / count)] as Y.XmlText;
    return { kind: 'comment', anchor: anchorInText(text, 0, QUOTE_CHARS), quote: plainText(text).slice(0, QUOTE_CHARS), body: `Review note ${i + 1}` };
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const res = await fetch(`${httpBase}/api/documents/${documentId}/threads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`POST threads → ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}
