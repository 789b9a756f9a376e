/**
 * Links in a policy document may only point to web pages or e-mail addresses. Anything else
 * (javascript:, data:, vbscript:, file:) is refused, whether typed, pasted or auto-linked.
 */
const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** C0 controls, space, DEL and C1 controls. */
function isIgnoredInScheme(code: number): boolean {
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function isAllowedLink(raw: string): boolean {
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"),
  // so strip them before looking at the scheme, exactly as the browser would.
  const url = [...raw].filter((char) => !isIgnoredInScheme(char.codePointAt(0) ?? 0)).join('');
  if (url === '') return false;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Relative or protocol-less ("example.org/page"): harmless, Link adds https://.
    return !url.startsWith('//') || /^\/\/[^/]/.test(url);
  }
  return (ALLOWED_LINK_PROTOCOLS as readonly string[]).includes(scheme);
}

/** What the link form stores: adds https:// to bare domains so they do not become relative. */
export function normalizeLinkInput(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  // "host:8443/path" looks like a scheme to a URL parser but is a host with a port.
  const hasScheme = SCHEME.test(trimmed) && !/^[^:/]+:\d+(\/|$)/.test(trimmed);
  let url = trimmed;
  if (!hasScheme) {
    url = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed) ? `mailto:${trimmed}` : `https://${trimmed}`;
  }
  return isAllowedLink(url) ? url : null;
}

/** Web addresses as people write them in running text: with http(s):// or starting "www.". */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** Sentence punctuation after an address belongs to the sentence ("see www.gouv.cv."). */
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/;

const count = (text: string, char: string): number => text.split(char).length - 1;

export interface FoundAddress {
  /** Where the address starts in the text, and its text as written. */
  index: number;
  text: string;
  href: string;
}

/** The allowed web addresses in `text`, for the editor to make links of as they are typed or pasted. */
export function webAddressesIn(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  for (const match of text.matchAll(WEB_ADDRESS)) {
    let written = match[0].replace(TRAILING_PUNCTUATION, '');
    // A closing parenthesis the address did not open is the sentence's: "(see https://x.org)".
    while (written.endsWith(')') && count(written, ')') > count(written, '(')) written = written.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
    const href = /^www\./i.test(written) ? normalizeLinkInput(written) : isAllowedLink(written) ? written : null;
    if (href !== null && /\.[^./]/.test(written)) found.push({ index: match.index, text: written, href });
  }
  return found;
}

/** The link a whole pasted text stands for (an address alone, as a link form accepts it), or null. */
export function pastedAddress(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  // A word without a dot or a scheme ("budget") is text, not a relative link.
  if (!/^(?:https?:|mailto:)/i.test(trimmed) && !/\.[^.]/.test(trimmed)) return null;
  return normalizeLinkInput(trimmed);
}
