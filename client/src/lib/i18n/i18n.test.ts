import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_CODES, FIELD_ISSUE_PARAMS } from '../../../../shared/schemas/field-issues.ts';
import { en } from './en.ts';
import { DICTIONARIES, translate } from './dictionaries.ts';
import { directionOf, interpolate, placeholdersOf } from './translate.ts';
import { formatNumber } from '../../../../shared/i18n/interpolate.ts';
import { negotiateLocale, startingLocale } from './locales.ts';

describe('field error words', () => {
  it.each(FIELD_ISSUE_CODES)('%s has words in every language that use its parameters', (code) => {
    const key = `errors.field.${code}`;
    const expected = [...FIELD_ISSUE_PARAMS[code]].sort();
    for (const dictionary of Object.values(DICTIONARIES) as Readonly<Record<string, unknown>>[]) {
      const words = dictionary[key];
      expect(typeof words === 'string' && words.trim(), key).toBeTruthy();
      expect(placeholdersOf(typeof words === 'string' ? words : ''), key).toEqual(expected);
    }
  });

  it('has no words for a code that does not exist', () => {
    const codes: ReadonlySet<string> = new Set(FIELD_ISSUE_CODES);
    const stray = Object.keys(en).filter((key) => key.startsWith('errors.field.') && !codes.has(key.slice('errors.field.'.length)));
    expect(stray).toEqual([]);
  });
});

describe('interpolate', () => {
  it('replaces every occurrence of named placeholders', () => {
    expect(interpolate('{a} and {b} and {a}', { a: 'x', b: 2 })).toBe('x and 2 and x');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
  });

  it('translates with parameters', () => {
    expect(translate('fr', 'toolbar.heading', { level: 2 })).toBe('Titre 2');
    expect(translate('en', 'workspaces.stage', { stage: 3 })).toBe('Stage 3 of 8');
  });

  it('writes small counts as Intl.NumberFormat does, without making one', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'fr', 'pt', 'es', 'ar', 'fr-FR'), fc.oneof(fc.integer({ min: -20_000, max: 20_000 }), fc.constant(-0), fc.double({ noNaN: true })), (locale, value) => {
        expect(formatNumber(value, locale)).toBe(new Intl.NumberFormat(locale, { useGrouping: 'min2' }).format(value));
      }),
    );
  });

  it('writes numbers as the language does, years left ungrouped', () => {
    expect(interpolate('{n} · {year}', { n: 12345, year: 2026 }, 'fr')).toBe('12\u202f345 · 2026');
    expect(interpolate('{n}', { n: 12345 }, 'en')).toBe('12,345');
  });
});

describe('plural messages', () => {
  it('pick the form the language calls for', () => {
    expect(translate('en', 'review.openCount', { count: 1 })).toBe('1 open');
    expect(translate('fr', 'review.openCount', { count: 1 })).toBe('1 ouvert');
    expect(translate('fr', 'review.openCount', { count: 2 })).toBe('2 ouverts');
    expect(translate('en', 'matrices.swot.votes', { count: 1 })).toBe('1 vote');
    expect(translate('en', 'matrices.swot.votes', { count: 0 })).toBe('0 votes');
  });

  it('give Arabic its six forms', () => {
    // Digits removed, so that only the wording tells the six forms apart.
    const forms = [0, 1, 2, 3, 11, 100].map((count) => translate('ar', 'matrices.swot.votes', { count }).replace(/[\d٠-٩]/g, ''));
    expect(new Set(forms).size).toBe(6);
  });
});

describe('locale helpers', () => {
  it('negotiates the first supported language', () => {
    expect(negotiateLocale(['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(negotiateLocale(['ar-MA', 'fr-FR'])).toBe('ar');
    expect(negotiateLocale(['de'])).toBe('en');
  });

  it('starts in the language chosen on this browser, else in the browser’s', () => {
    const storage = (stored: string | null) => ({ getItem: () => stored }) as unknown as Storage;
    expect(startingLocale(storage('pt'), ['fr-FR'])).toBe('pt');
    expect(startingLocale(storage('klingon'), ['fr-FR'])).toBe('fr');
    expect(startingLocale(storage(null), ['de'])).toBe('en');
    expect(startingLocale(null, ['ar-MA'])).toBe('ar');
  });

  it('knows Arabic is written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-MA')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
