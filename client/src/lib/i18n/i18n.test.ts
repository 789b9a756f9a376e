import { describe, expect, it } from 'vitest';
import { FIELD_ISSUE_CODES, FIELD_ISSUE_PARAMS } from '../../../../shared/schemas/field-issues.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import {
  directionOf,
  interpolate,
  negotiateLocale,
  placeholdersOf,
  translate,
} from './translate.ts';

describe('dictionaries', () => {
  it('English and French have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every French message keeps the placeholders of its English original', () => {
    for (const [key, english] of Object.entries(en)) {
      const french = (fr as Record<string, string>)[key] ?? '';
      expect(placeholdersOf(french), key).toEqual(placeholdersOf(english));
    }
  });

  it('has no empty message', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('field error words', () => {
  it.each(FIELD_ISSUE_CODES)('%s has words in English and French that use its parameters', (code) => {
    const key = `errors.field.${code}`;
    const expected = [...FIELD_ISSUE_PARAMS[code]].sort();
    for (const dictionary of [en, fr] as Record<string, string>[]) {
      expect(dictionary[key]?.trim(), key).toBeTruthy();
      expect(placeholdersOf(dictionary[key] ?? ''), key).toEqual(expected);
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
});

describe('locale helpers', () => {
  it('negotiates the first supported language', () => {
    expect(negotiateLocale(['ar-MA', 'fr-FR', 'en'])).toBe('fr');
    expect(negotiateLocale(['pt-BR'])).toBe('en');
  });

  it('knows Arabic is written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-MA')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});
