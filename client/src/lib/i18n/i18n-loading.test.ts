import { describe, expect, it } from 'vitest';
import { cycleTextEn } from '../../../../shared/cycle/text-en.ts';
import { cycleTextFr } from '../../../../shared/cycle/text-fr.ts';
import { matrixLabelsAr } from '../../../../shared/matrices/labels-ar.ts';
import { memoryStorage } from '../storage/memory-storage.ts';
import { I18n } from './i18n.svelte.ts';

describe('loading a language', () => {
  it('starts in the stored language once its texts are in', async () => {
    const i18n = new I18n(memoryStorage({ 'cadre.locale': 'fr' }), ['en-GB']);
    await i18n.ready;
    expect(i18n.locale).toBe('fr');
    expect(i18n.t('auth.email')).toBe('Adresse e-mail');
    // The words of the pages after signing in come when a page needs them.
    expect(() => i18n.t('toolbar.heading', { level: 2 })).toThrow(/not loaded/);
    await i18n.need('all');
    expect(i18n.t('toolbar.heading', { level: 2 })).toBe('Titre 2');
    expect(i18n.cycleText).toBe(cycleTextFr);
  });

  it('switches only when the texts have arrived, and remembers the choice', async () => {
    const storage = memoryStorage();
    const i18n = new I18n(storage, ['de']);
    await i18n.ready;
    expect(i18n.locale).toBe('en');
    const switching = i18n.setLocale('ar');
    expect(i18n.locale).toBe('en');
    await switching;
    expect([i18n.locale, i18n.dir, storage.getItem('cadre.locale')]).toEqual(['ar', 'rtl', 'ar']);
    await i18n.need('all');
    expect(i18n.matrixLabels).toBe(matrixLabelsAr);
  });

  it('lets the last choice win when an earlier one arrives later', async () => {
    const storage = memoryStorage();
    const i18n = new I18n(storage, []);
    await i18n.ready;
    await Promise.all([i18n.setLocale('pt'), i18n.setLocale('en')]);
    expect([i18n.locale, storage.getItem('cadre.locale')]).toEqual(['en', 'en']);
  });

  it('starts in English with the shell’s texts only, and brings the rest when a page needs them', async () => {
    const i18n = new I18n(memoryStorage(), ['en-GB']);
    await i18n.ready;
    expect(i18n.t('auth.email')).toBe('Email');
    expect(() => i18n.t('documents.heading')).toThrow(/not loaded/);
    expect(() => i18n.cycleText).toThrow(/not loaded/);
    await i18n.need('all');
    expect(i18n.t('documents.heading')).toBe('Documents');
    expect(i18n.cycleText).toBe(cycleTextEn);
  });

  it('brings the messages without the tables for a page that shows none, then the tables when one does', async () => {
    const i18n = new I18n(memoryStorage({ 'cadre.locale': 'es' }), []);
    await i18n.ready;
    expect(i18n.has('documents.heading')).toBe(false);
    await i18n.need('messages');
    expect(i18n.t('documents.heading')).not.toBe('');
    // Whether a code sent by the server names a text: asked of the texts loaded, not of English.
    expect([i18n.has('documents.heading'), i18n.has('no.such.text')]).toEqual([true, false]);
    expect(() => i18n.cycleText).toThrow(/not loaded/);
    await i18n.setLocale('fr');
    expect(i18n.t('toolbar.heading', { level: 2 })).toBe('Titre 2');
    expect(() => i18n.cycleText).toThrow(/not loaded/);
    await i18n.need('all');
    expect(i18n.cycleText).toBe(cycleTextFr);
  });

  it('keeps every text across language changes once a page has needed them', async () => {
    const i18n = new I18n(memoryStorage({ 'cadre.locale': 'fr' }), []);
    await i18n.ready;
    await i18n.need('all');
    await i18n.setLocale('en');
    expect([i18n.locale, i18n.t('documents.heading')]).toEqual(['en', 'Documents']);
  });
});
