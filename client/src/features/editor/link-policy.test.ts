import { describe, expect, it } from 'vitest';
import { isAllowedLink, normalizeLinkInput, pastedAddress, webAddressesIn } from './link-policy.ts';

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

describe('webAddressesIn', () => {
  it('finds addresses with a scheme or starting www., without the sentence punctuation after them', () => {
    expect(webAddressesIn('See https://gouv.cv/plan, then www.ine.cv.')).toEqual([
      { index: 4, text: 'https://gouv.cv/plan', href: 'https://gouv.cv/plan' },
      { index: 31, text: 'www.ine.cv', href: 'https://www.ine.cv' },
    ]);
    expect(webAddressesIn('(source: https://example.org/a_(b))').map((found) => found.text)).toEqual(['https://example.org/a_(b)']);
    expect(webAddressesIn('(source: https://example.org/a)').map((found) => found.text)).toEqual(['https://example.org/a']);
  });

  it('ignores words that only look like the start of an address', () => {
    expect(webAddressesIn('the www. prefix and http:// alone')).toEqual([]);
  });
});

describe('pastedAddress', () => {
  it('accepts one address, with or without a scheme', () => {
    expect(pastedAddress(' https://example.org/x ')).toBe('https://example.org/x');
    expect(pastedAddress('example.org')).toBe('https://example.org');
    expect(pastedAddress('a.b@gouv.fr')).toBe('mailto:a.b@gouv.fr');
  });

  it('refuses running text, plain words and refused schemes', () => {
    expect(pastedAddress('see example.org')).toBeNull();
    expect(pastedAddress('budget')).toBeNull();
    expect(pastedAddress('javascript:alert(1)')).toBeNull();
  });
});
