import JSZip from 'jszip';
import { MARKER } from './comment-markers.ts';
import { decodeEntities } from './html-tree.ts';
import { ImportRefusal } from './refusal.ts';

/** A Word comment as read from `word/comments.xml`. */
export type WordComment = { id: string; author: string; text: string };

/** What mammoth does not tell: read from the document's XML before it converts it. */
export type DocxFacts = { comments: WordComment[]; rightToLeft: number; trackedChanges: number };

const MARKER_CHARACTERS = /[\uE000-\uE003]|&#(?:x[eE]00[0-3]|5734[4-7]);/g;

const markerRun = (open: string, id: string, close: string) => `<w:r><w:t xml:space="preserve">${open}${id}${close}</w:t></w:r>`;

/**
 * Checks every XML part, reads the facts mammoth drops (comment authors, right-to-left
 * paragraphs, tracked changes) and marks comment ranges. Returns the docx to convert.
 */
export async function prepareDocx(file: Uint8Array): Promise<{ docx: Uint8Array; facts: DocxFacts }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(file, { checkCRC32: true });
  } catch (error) {
    throw new ImportRefusal('not_a_document', `the file is not a Word document: ${String(error)}`);
  }
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/i.test(name)) continue;
    const xml = await entry.async('string');
    // No part of a Word document has a DTD; entity expansion bombs need one.
    if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new ImportRefusal('unsafe_xml', `${name} declares a document type or entities: refused`);
  }
  const documentPart = zip.file('word/document.xml');
  if (!documentPart) throw new ImportRefusal('not_a_document', 'the file is not a Word document (no word/document.xml)');
  const original = await documentPart.async('string');
  const comments = readComments(await zip.file('word/comments.xml')?.async('string'));
  const facts: DocxFacts = {
    comments,
    rightToLeft: count(original, /<w:bidi(?:\s+w:val="(?:1|true|on)")?\s*\/>/g),
    trackedChanges: count(original, /<w:(?:ins|del|moveFrom|moveTo)\b[^>]*>/g),
  };
  zip.file('word/document.xml', markCommentRanges(original.replace(MARKER_CHARACTERS, '')));
  // Stored, not deflated again: mammoth reads it at once.
  return { docx: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }), facts };
}

const RANGE_TOKENS = /<w:p\b[^>]*?\/>|<w:p\b[^>]*>|<\/w:p>|<w:commentRange(Start|End)\b[^>]*?w:id="(\d+)"[^>]*\/>/g;

/**
 * Replaces comment range boundaries by marker runs. Word may put a boundary between
 * paragraphs (a comment on whole paragraphs); a run there would become a paragraph of its own,
 * left empty once the markers are taken out. Such a start goes to the beginning of the next
 * paragraph, such an end to the end of the previous one.
 */
export function markCommentRanges(xml: string): string {
  let out = '';
  let at = 0;
  let depth = 0;
  let pendingStarts = '';
  for (const match of xml.matchAll(RANGE_TOKENS)) {
    const [token, boundary, id = ''] = match;
    const index = match.index ?? 0;
    out += xml.slice(at, index);
    at = index + token.length;
    if (boundary === 'Start' || boundary === 'End') {
      const marker = boundary === 'Start' ? markerRun(MARKER.start, id, MARKER.startEnd) : markerRun(MARKER.end, id, MARKER.endEnd);
      if (depth > 0) out += marker;
      else if (boundary === 'Start') pendingStarts += marker;
      else {
        // Into the previous paragraph, before its end tag; with none before, the comment keeps its start.
        const close = out.lastIndexOf('</w:p>');
        if (close >= 0) out = out.slice(0, close) + marker + out.slice(close);
      }
    } else if (token === '</w:p>') {
      depth = Math.max(0, depth - 1);
      out += token;
    } else if (token.endsWith('/>')) {
      out += token;
    } else {
      // Mammoth reads a paragraph's properties wherever they are among its children.
      out += depth === 0 ? token + pendingStarts : token;
      if (depth === 0) pendingStarts = '';
      depth++;
    }
  }
  return out + xml.slice(at);
}

function readComments(xml: string | undefined): WordComment[] {
  if (!xml) return [];
  return [...xml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map(([, attrs = '', body = '']) => ({
    id: /\bw:id="(\d+)"/.exec(attrs)?.[1] ?? '',
    author: decodeEntities(/\bw:author="([^"]*)"/.exec(attrs)?.[1] ?? ''),
    text: [...body.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)]
      .map(([paragraph]) => [...paragraph.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, t = '']) => decodeEntities(t)).join(''))
      .join('\n')
      .trim(),
  }));
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
