/**
 * Comment ranges become marker characters (Unicode private use) in the text, so the exact
 * anchored text can be found again once the content is in the document. A leaf module: the
 * anchoring side needs these without loading the docx reader (jszip) at start-up.
 */
export const MARKER = { start: '\uE000', startEnd: '\uE001', end: '\uE002', endEnd: '\uE003' } as const;
export const MARKERS = /\uE000(\d+)\uE001|\uE002(\d+)\uE003/g;
