import { describe, expect, it } from 'vitest';
import { agreedTermsIn, reopenIfReworded } from './agreement.ts';

const agreed = { term: 'Integration', definition: 'Two-way process', source: '', status: 'agreed', agreedBy: { id: 'u', name: 'Chair' }, agreedAt: '2026-01-01T00:00:00Z', variants: [] };

describe('glossary agreement', () => {
  it('returns a reworded agreed term to proposed, and keeps it agreed otherwise', () => {
    expect(reopenIfReworded(agreed, { ...agreed, definition: 'Mutual accommodation' })).toMatchObject({ status: 'proposed', agreedBy: null, agreedAt: null });
    expect(reopenIfReworded(agreed, { ...agreed, variants: [{ language: 'fr', term: 'Intégration', definition: '' }] })).toMatchObject({ status: 'proposed' });
    expect(reopenIfReworded(agreed, { ...agreed, source: 'IOM' })).toMatchObject({ status: 'agreed', agreedBy: { name: 'Chair' } });
    const proposed = { ...agreed, status: 'proposed' };
    expect(reopenIfReworded(proposed, { ...proposed, term: 'Inclusion' })).toEqual({ ...proposed, term: 'Inclusion' });
  });

  it('reads agreed terms in a language: the main wording in the workspace’s, variants in the others', () => {
    const items = [
      { id: 'a', data: { ...agreed, variants: [{ language: 'fr', term: 'Intégration', definition: 'Processus' }, { language: 'pt', term: 'Integração', definition: '' }] } },
      { id: 'p', data: { ...agreed, term: 'Diaspora', status: 'proposed' } },
    ];
    expect(agreedTermsIn(items, 'en', 'en')).toEqual([{ id: 'a', term: 'Integration', definition: 'Two-way process' }]);
    expect(agreedTermsIn(items, 'fr', 'en')).toEqual([{ id: 'a', term: 'Intégration', definition: 'Processus' }]);
    expect(agreedTermsIn(items, 'pt', 'en')).toEqual([{ id: 'a', term: 'Integração', definition: 'Two-way process' }]);
    expect(agreedTermsIn(items, 'ar', 'en')).toEqual([]);
  });
});
