/**
 * Rules of a policy document's content that need no editor engine: the heading levels it may
 * use and the links it may hold. The editor's extensions and the sync server's allow-list both
 * read them here, so the server checks edits without loading Tiptap and ProseMirror.
 */

/** Heading levels a policy document uses; the sync server refuses any other. */
export const HEADING_LEVELS = [1, 2, 3] as const;

/** Schemes a stored link may use: those Tiptap's link extension accepted (never `javascript:`). */
const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel', 'ftp', 'ftps', 'callto', 'sms', 'cid', 'xmpp'];

/** True for a relative link or one whose scheme is in the allowed list. */
export function isSafeHref(href: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\nscript:").
  const compact = href.replace(/[\s\p{Cc}]/gu, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || LINK_SCHEMES.includes(scheme.toLowerCase());
}
