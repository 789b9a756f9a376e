import { describe, expect, it } from 'vitest';
import { FormErrors } from './form-errors.svelte.ts';

describe('a form’s check', () => {
  it('gives the value as the shared schema reads it, or null with each field’s issues', async () => {
    const errors = new FormErrors();
    await expect(errors.check((forms) => forms.createVariantBodySchema, { title: '  Regional plan ' }, null)).resolves.toEqual({ title: 'Regional plan' });
    await expect(errors.check((forms) => forms.createVariantBodySchema, { title: ' ' }, null)).resolves.toBeNull();
    expect(errors.of('title')?.map((issue) => issue.code)).toEqual(['required']);
  });

  it('drops a second submit made while the first is being checked, so a double click sends once', async () => {
    const errors = new FormErrors();
    const pick = (forms: typeof import('./form-schemas.ts')) => forms.createVariantBodySchema;
    const [first, second] = await Promise.all([errors.check(pick, { title: 'Plan' }, null), errors.check(pick, { title: 'Plan' }, null)]);
    expect([first, second]).toEqual([{ title: 'Plan' }, null]);
    await expect(errors.check(pick, { title: 'Plan' }, null)).resolves.toEqual({ title: 'Plan' });
  });
});
