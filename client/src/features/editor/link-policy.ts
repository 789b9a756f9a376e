/**
 * Links in a policy document may only point to web pages or e-mail addresses. Anything else
 * (javascript:, data:, vbscript:, file:) is refused, whether typed, pasted or auto-linked.
 */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

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
