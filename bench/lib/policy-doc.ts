/**
 * Generates realistic policy documents as Y.Docs shaped exactly like Tiptap (StarterKit +
 * table) writes them through y-prosemirror: an XmlFragment `content` of Y.XmlElements named
 * after ProseMirror nodes, text in Y.XmlText. The result is returned as a list of update
 * chunks (each well under the server's message limit) so it can be pushed through an
 * ordinary client the way a long editing session would.
 */
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';

const WORDS = ('migration policy framework national strategy ministry coordination stakeholders consultation ' +
  'implementation monitoring evaluation regional cooperation protection asylum labour mobility diaspora ' +
  'remittances integration border management trafficking prevention data capacity institutions budget ' +
  'timeline objectives measures indicators review partners civil society local authorities gender youth').split(' ');

/** Deterministic pseudo-random numbers so every run builds the same documents. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)] ?? 'policy');
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

/** Attributes as the editor stores them: a heading's level is a number, as Cadre's server requires. */
function el(name: string, children: (Y.XmlElement | Y.XmlText)[], attrs?: Record<string, number>): Y.XmlElement {
  const e = new Y.XmlElement(name);
  // Yjs types attributes as strings by default; the editor's are numbers where the schema says so.
  const numeric = e as unknown as Y.XmlElement<Record<string, number>>;
  for (const [k, v] of Object.entries(attrs ?? {})) numeric.setAttribute(k, v);
  e.insert(0, children);
  return e;
}
const text = (s: string): Y.XmlText => new Y.XmlText(s);
const para = (s: string): Y.XmlElement => el('paragraph', [text(s)]);

/** One section: heading, paragraphs, a list, sometimes a table and a quote (~3–6 KB). */
function section(rand: () => number, n: number): Y.XmlElement[] {
  const blocks: Y.XmlElement[] = [el('heading', [text(`${n}. ${sentence(rand, 4)}`)], { level: n % 5 === 1 ? 1 : 2 })];
  const paragraphs = 2 + Math.floor(rand() * 3);
  for (let i = 0; i < paragraphs; i++) {
    blocks.push(para(Array.from({ length: 3 + Math.floor(rand() * 4) }, () => sentence(rand, 8 + Math.floor(rand() * 12))).join(' ')));
  }
  const items = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => el('listItem', [para(sentence(rand, 6 + Math.floor(rand() * 10)))]));
  blocks.push(el(rand() < 0.5 ? 'bulletList' : 'orderedList', items));
  if (n % 3 === 0) {
    const header = el('tableRow', ['Measure', 'Lead', 'Deadline', 'Indicator'].map((h) => el('tableHeader', [para(h)])));
    const rows = Array.from({ length: 3 + Math.floor(rand() * 5) }, () =>
      el('tableRow', Array.from({ length: 4 }, () => el('tableCell', [para(sentence(rand, 3 + Math.floor(rand() * 6)))]))));
    blocks.push(el('table', [header, ...rows]));
  }
  if (n % 4 === 0) blocks.push(el('blockquote', [para(sentence(rand, 20))]));
  return blocks;
}

export interface GeneratedDoc {
  doc: Y.Doc;
  chunks: Uint8Array[];
  bytes: number;
  /** Text of the first heading, to recognise the document in the browser. */
  firstHeading: string;
}

const CHUNK_BYTES = 512 * 1024;

/** A document whose encoded state is about `targetBytes`, written section by section. */
export function generatePolicyDoc(targetBytes: number, seed = 1): GeneratedDoc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DOC_CONTENT_FIELD);
  const rand = rng(seed);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let sv = Y.encodeStateVector(doc);
  let pending = 0;
  for (let n = 1; bytes + pending < targetBytes; n++) {
    const blocks = section(rand, n);
    fragment.push(blocks); // read only after integration: prelim Yjs types have no content yet
    pending += blocks.reduce((s, b) => s + b.toString().length, 0); // cheap size estimate
    if (pending >= CHUNK_BYTES) {
      const chunk = Y.encodeStateAsUpdate(doc, sv);
      chunks.push(chunk);
      bytes += chunk.length;
      sv = Y.encodeStateVector(doc);
      pending = 0;
    }
  }
  const last = Y.encodeStateAsUpdate(doc, sv);
  if (last.length > 2) chunks.push(last);
  bytes = Y.encodeStateAsUpdate(doc).length;
  return { doc, chunks, bytes, firstHeading: firstHeadingOf(doc) };
}

/** The text the browser shows in the document's first heading (its edits included). */
function firstHeadingOf(doc: Y.Doc): string {
  return doc.getXmlFragment(DOC_CONTENT_FIELD).get(0).toString().replace(/<[^>]*>/g, '');
}

/**
 * A document with heavy edit history: a base document, then `edits` small typing and
 * deletion transactions spread over its paragraphs (like weeks of drafting), which leave
 * tombstones and many small items in the encoded state.
 */
export function generateHistoryDoc(baseBytes: number, edits: number, seed = 7): GeneratedDoc {
  const base = generatePolicyDoc(baseBytes, seed);
  const { doc } = base;
  const rand = rng(seed + 1);
  const texts: Y.XmlText[] = [];
  const collect = (node: Y.XmlElement | Y.XmlFragment): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) collect(child);
    }
  };
  collect(doc.getXmlFragment(DOC_CONTENT_FIELD));
  const chunks = [...base.chunks];
  let sv = Y.encodeStateVector(doc);
  for (let i = 1; i <= edits; i++) {
    const t = texts[Math.floor(rand() * texts.length)];
    if (!t) continue;
    const at = Math.floor(rand() * (t.length + 1));
    // 60 % typing a word, 40 % deleting a few characters: drafts get rewritten.
    if (rand() < 0.6 || t.length < 10) t.insert(at, ` ${WORDS[Math.floor(rand() * WORDS.length)] ?? 'x'}`);
    else t.delete(Math.min(at, t.length - 5), 1 + Math.floor(rand() * 4));
    if (i % 5000 === 0 || i === edits) {
      const chunk = Y.encodeStateAsUpdate(doc, sv);
      chunks.push(chunk);
      sv = Y.encodeStateVector(doc);
    }
  }
  // The edits may have changed the first heading, which the browser's timing waits for.
  return { ...base, chunks, bytes: Y.encodeStateAsUpdate(doc).length, firstHeading: firstHeadingOf(doc) };
}
