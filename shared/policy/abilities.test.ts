import { describe, expect, it } from 'vitest';
import { ACTIONS, ROLES, abilitiesOf, can, documentAccess } from './abilities.ts';
import { expectedAbilities } from './expected-abilities.ts';

describe('the ability table', () => {
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      it(`${role} ${expectedAbilities[action][role] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(expectedAbilities[action][role]);
      });
    }
  }

  it('lets an expert resolve only their own threads', () => {
    expect(can('expert', 'resolve', { ownsThread: true })).toBe(true);
    expect(can('observer', 'resolve', { ownsThread: true })).toBe(false);
  });

  it('grants nothing to non-members', () => {
    expect(Object.values(abilitiesOf(null)).some(Boolean)).toBe(false);
  });

  it('derives document sync access from the same table', () => {
    expect(ROLES.map((role) => documentAccess(role))).toEqual(['edit', 'edit', 'edit', 'read', 'read']);
    expect(documentAccess(null)).toBe('deny');
  });
});
