import { describe, expect, it } from 'vitest';
import { ACTIONS, INSTANCE_ACTIONS, ROLES, abilitiesOf, can, canInstance, documentAccess } from './abilities.ts';
import { expectedAbilities, expectedInArchivedWorkspace, expectedOnArchivedDocument } from './expected-abilities.ts';

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
    expect(ROLES.map((role) => documentAccess(role))).toEqual(['edit', 'edit', 'edit', 'read', 'read', 'deny']);
    expect(documentAccess(null)).toBe('deny');
  });

  it('lets a consultee consult only the rounds it was invited to, and nothing of the workspace', () => {
    expect(can('consultee', 'consult', { participant: true })).toBe(true);
    expect(can('consultee', 'consult', { participant: false })).toBe(false);
    expect(can('facilitator', 'consult', { participant: true })).toBe(false);
    expect(ACTIONS.filter((action) => can('consultee', action))).toEqual(['consult']);
  });
});

describe('archived workspaces and documents', () => {
  for (const role of ROLES) {
    it(`${role}: an archived workspace allows only reading, exporting and restoring it`, () => {
      const expected = Object.fromEntries(ACTIONS.map((action) => [action, expectedInArchivedWorkspace[action][role]]));
      expect(abilitiesOf(role, { archived: 'workspace' })).toEqual(expected);
    });
    it(`${role}: an archived document allows only reading, exporting and restoring it`, () => {
      const expected = Object.fromEntries(ACTIONS.map((action) => [action, expectedOnArchivedDocument[action][role]]));
      expect(abilitiesOf(role, { archived: 'document' })).toEqual(expected);
    });
  }

  it('makes every sync connection read-only, and still denies non-members', () => {
    for (const archived of ['workspace', 'document'] as const) {
      expect(ROLES.map((role) => documentAccess(role, { archived }))).toEqual(['read', 'read', 'read', 'read', 'read', 'deny']);
      expect(documentAccess(null, { archived })).toBe('deny');
    }
  });

  it('keeps an expert’s own threads closed too', () => {
    expect(can('expert', 'resolve', { ownsThread: true, archived: 'document' })).toBe(false);
  });
});

describe('instance actions', () => {
  it('lets only administrators administer the instance and delete for good', () => {
    for (const action of INSTANCE_ACTIONS) {
      expect([canInstance('administrator', action), canInstance('member', action), canInstance(null, action)]).toEqual([true, false, false]);
    }
    expect(INSTANCE_ACTIONS).toContain('deleteForGood');
  });
});
