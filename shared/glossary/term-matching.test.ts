import { describe, expect, it } from 'vitest';
import { createTermMatcher, type MatchableTerm } from './term-matching.ts';

const found = (terms: MatchableTerm[], text: string) =>
  (createTermMatcher(terms)?.find(text) ?? []).map((m) => ({ id: m.id, text: text.slice(m.from, m.to) }));

describe('glossary term matching', () => {
  it('finds whole words only', () => {
    const terms = [{ id: 'a', term: 'asylum' }];
    expect(found(terms, 'Asylum is granted; asylums and preasylum are not.')).toEqual([{ id: 'a', text: 'Asylum' }]);
    expect(found(terms, 'the right of asylum.')).toEqual([{ id: 'a', text: 'asylum' }]);
    expect(found(terms, 'asylum_seekers, asylum2')).toEqual([]);
  });

  it('ignores letter case, including accented capitals', () => {
    expect(found([{ id: 'r', term: 'réfugié' }], 'RÉFUGIÉ, Réfugié et réfugié')).toHaveLength(3);
  });

  it('counts accents: a word that differs by an accent is another word', () => {
    const terms = [{ id: 't', term: 'traite' }];
    expect(found(terms, 'Le traité sur la traite des êtres humains')).toEqual([{ id: 't', text: 'traite' }]);
    // An accented letter continues the word: "traite" is not found inside "traitée".
    expect(found(terms, 'une personne traitée')).toEqual([]);
  });

  it('matches multiword terms across any white space, the longest first', () => {
    const terms = [
      { id: 'short', term: 'migrant' },
      { id: 'long', term: 'migrant  worker' },
    ];
    expect(found(terms, 'Every migrant\u00a0worker, and every migrant.')).toEqual([
      { id: 'long', text: 'migrant\u00a0worker' },
      { id: 'short', text: 'migrant' },
    ]);
  });

  it('bounds words in Arabic script', () => {
    const terms = [{ id: 'm', term: 'الهجرة' }];
    expect(found(terms, 'سياسة الهجرة الوطنية')).toEqual([{ id: 'm', text: 'الهجرة' }]);
    // Attached to a following letter, it is part of a longer word.
    expect(found(terms, 'الهجرةو')).toEqual([]);
    // Vowel signs (combining marks) continue the word too.
    expect(found(terms, 'الهجرةُ')).toEqual([]);
  });

  it('treats regular-expression characters literally and skips empty or repeated terms', () => {
    expect(found([{ id: 'x', term: 'C++ (v2)' }], 'see C++ (v2) here')).toEqual([{ id: 'x', text: 'C++ (v2)' }]);
    expect(found([{ id: 'x', term: 'e.g' }], 'eng e.g eg')).toEqual([{ id: 'x', text: 'e.g' }]);
    expect(createTermMatcher([{ id: 'x', term: '   ' }])).toBeNull();
    expect(found([{ id: 'first', term: 'Visa' }, { id: 'second', term: 'visa' }], 'a visa')).toEqual([{ id: 'first', text: 'visa' }]);
  });
});
