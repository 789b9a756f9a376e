import { describe, expect, it } from 'vitest';
import { ROLES, can } from './abilities.ts';

describe('signing a validation step', () => {
  it('is for the role the step names, and never widens the table', () => {
    expect(can('chair', 'signValidation', { signerRole: 'chair' })).toBe(true);
    expect(can('chair', 'signValidation', { signerRole: 'facilitator' })).toBe(false);
    expect(ROLES.filter((role) => can(role, 'signValidation', { signerRole: role }))).toEqual(['chair']);
  });
});
