import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../schemas/vocabulary.ts';
import { TEMPLATES } from '../templates/index.ts';
import { templatesFor } from './template-order.ts';
import { isPresetKey, keysOf, labelIn, presetVocabulary, vocabularyOf, type Vocabulary } from './presets.ts';

const translate = (key: string) => `«${key}»`;

describe('policy-area presets', () => {
  it('starts a workspace from its preset, translated labels for every key', () => {
    const general = presetVocabulary('general');
    expect(general.areas.map((a) => a.key)).toContain('serviceDelivery');
    expect(general.evidenceTypes.map((e) => e.key)).toContain('budgetAndExpenditure');
    expect([...general.areas, ...general.evidenceTypes].every((entry) => entry.label === '' && isPresetKey(entry.key))).toBe(true);
    expect(vocabularySchema.safeParse(general).success).toBe(true);
    expect(vocabularySchema.safeParse(presetVocabulary('migration')).success).toBe(true);
  });

  it('gives workspaces without a stored vocabulary the migration preset they were created under', () => {
    const vocabulary = vocabularyOf(undefined);
    expect(vocabulary.preset).toBe('migration');
    expect(keysOf(vocabulary, 'areas').has('protectionAndAsylum')).toBe(true);
    expect(keysOf(vocabulary, 'evidenceTypes').has('consularRegisters')).toBe(true);
  });

  it('labels an entry by its own label, else the preset translation, else its key', () => {
    const vocabulary: Vocabulary = {
      preset: 'general',
      areas: [{ key: 'financing', label: '' }, { key: 'financing2', label: 'Health financing' }],
      evidenceTypes: [{ key: 'census', label: 'Population census 2020' }],
    };
    expect(labelIn(vocabulary, 'areas', 'financing', translate)).toBe('«financing»');
    expect(labelIn(vocabulary, 'areas', 'financing2', translate)).toBe('Health financing');
    expect(labelIn(vocabulary, 'evidenceTypes', 'census', translate)).toBe('Population census 2020');
    // A preset key removed from the list still reads its translation; a removed custom one, its key.
    expect(labelIn(vocabulary, 'areas', 'serviceDelivery', translate)).toBe('«serviceDelivery»');
    expect(labelIn(vocabulary, 'areas', 'gone', translate)).toBe('gone');
  });

  it('refuses custom entries without a label, repeated keys and oversized lists', () => {
    const base = presetVocabulary('general');
    const refused = (changes: Partial<Vocabulary>) => vocabularySchema.safeParse({ ...base, ...changes }).success === false;
    expect(refused({ areas: [{ key: 'mine', label: '' }] })).toBe(true);
    expect(refused({ areas: [{ key: 'financing', label: '' }, { key: 'financing', label: 'Again' }] })).toBe(true);
    expect(refused({ areas: Array.from({ length: 21 }, (_, i) => ({ key: `area${i}`, label: `Area ${i}` })) })).toBe(true);
    expect(refused({ areas: [] })).toBe(true);
    expect(refused({ areas: [{ key: 'bad key', label: 'Bad' }] })).toBe(true);
    expect(refused({ areas: [{ key: 'mine', label: 'Mine' }] })).toBe(false);
  });
});

describe('templates by preset', () => {
  it('lists the templates fitting the preset first, keeping their order', () => {
    const general = templatesFor(TEMPLATES, 'general').map((t) => t.id);
    expect(general.slice(0, 2)).toEqual(['general-national-policy', 'general-national-strategy']);
    expect(templatesFor(TEMPLATES, 'migration').map((t) => t.id)[0]).toBe('national-migration-policy');
    expect(new Set(general)).toEqual(new Set(TEMPLATES.map((t) => t.id)));
  });
});
