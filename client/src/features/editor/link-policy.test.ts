import { describe, expect, it } from 'vitest';
import { isAllowedLink, normalizeLinkInput } from './link-policy.ts';

describe('isAllowedLink', () => {
  it('allows http, https and mailto', () => {
    expect(isAllowedLink('https://example.org/a?b=c')).toBe(true);
    expect(isAllowedLink('http://example.org')).toBe(true);
    expect(isAllowedLink('mailto:unit@ministere.gouv.fr')).toBe(true);
  });

  it('refuses executable and local schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
    ]) {
      expect(isAllowedLink(url), JSON.stringify(url)).toBe(false);
    }
  });
});

describe('normalizeLinkInput', () => {
  it('adds https:// to bare domains and mailto: to e-mail addresses', () => {
    expect(normalizeLinkInput('example.org/page')).toBe('https://example.org/page');
    expect(normalizeLinkInput('a.b@gouv.fr')).toBe('mailto:a.b@gouv.fr');
    expect(normalizeLinkInput('intranet.gouv:8443/x')).toBe('https://intranet.gouv:8443/x');
  });

  it('returns null for empty or refused input', () => {
    expect(normalizeLinkInput('  ')).toBeNull();
    expect(normalizeLinkInput('javascript:alert(1)')).toBeNull();
  });
});
